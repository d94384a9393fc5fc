import ScorecardLanguage
import ScorecardTestSupport
import Testing

@testable import ScorecardModel

/// One case per semantic diagnostic code; the marker shows where the error must point.
@Suite struct CheckerDiagnosticTests {
    typealias Case = (code: DiagnosticCode, source: String)

    static let errorCases: [Case] = [
        (.E0201, "measure ‸revenue: money = sum(orders.net_amount)\n" + CheckerFixture.kpi("k", value: "revenue")),
        (.E0202, "measure m = sum(‸ordrs.net_amount)\n" + CheckerFixture.kpi("k", value: "m")),
        (.E0203, CheckerFixture.kpi("k", value: "‸revnue / buyers")),
        (.E0204, CheckerFixture.kpi("k", value: "revenue", "breakdown ‸regin")),
        (
            .E0205,
            CheckerFixture.kpi("k", value: "revenue", "‸stage product").replacingOccurrences(
                of: "‸stage", with: "stage customer_revenue\n  ‸stage")
        ),
        (.E0206, "kpi ‸k {\n  stage product\n  focus internal\n  target 1\n  owner \"x\"\n  description \"y\"\n}\n"),
        (.E0207, CheckerFixture.kpi("a", value: "‸b + 1") + CheckerFixture.kpi("b", value: "a * 2")),
        (.E0208, CheckerFixture.kpi("k", value: "‸revenue + buyers")),
        (.E0209, CheckerFixture.kpi("k", value: "revenue", "stage ‸produkt")),
        (.E0210, CheckerFixture.kpi("k", value: "revenue", "focus ‸externl")),
        (.E0211, CheckerFixture.kpi("k", value: "revenue", "better higher", "‸red above 110%")),
        (.E0212, CheckerFixture.kpi("k", value: "ticket_count", "breakdown ‸region")),
        (.E0214, CheckerFixture.kpi("k", value: "‸grwth(revenue)")),
        (.E0215, "measure m: ‸dollars = sum(orders.net_amount)\n" + CheckerFixture.kpi("k", value: "m")),
        (.E0216, "measure m = ‸orders.net_amount\n" + CheckerFixture.kpi("k", value: "revenue")),
        (.E0217, "measure m = ‸count(orders) where tickets.channel = 'x'\n" + CheckerFixture.kpi("k", value: "m")),
        (.E0219, CheckerFixture.kpi("k", value: "revenue", "‸target 120")),
        (.E0220, "source s {\n  table s\n  key id\n  time t\n  join regions via ‸customers.region_id\n}\n"),
        (.E0221, "measure m: money = percentile(orders.net_amount, ‸1.5)\n" + CheckerFixture.kpi("k", value: "m")),
    ]

    @Test(arguments: errorCases)
    func reportsTheErrorAtTheMarker(_ testCase: Case) {
        let marked = MarkedSource(testCase.source)
        let result = CheckerFixture.check(marked)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [testCase.code], "\(errors.map(DiagnosticRenderer.text))")
        #expect(errors.first?.file?.path == "case.kpi")
        #expect(errors.first?.range.start == marked.marker)
        #expect(result.model == nil)
    }

    @Test func settingsErrorsAreReportedWithSuggestions() {
        let marked = MarkedSource("scorecard \"S\" {\n  fiscal_year_start ‸aprill\n  currency ‸\"euro\"\n}\n")
        let result = CheckerFixture.check(marked, withPrelude: false)
        #expect(result.diagnostics.map(\.code) == [.E0218, .E0218])
        #expect(result.diagnostics.map(\.range.start) == marked.markers)
        #expect(result.diagnostics.first?.help == "did you mean 'april'?")
    }

    @Test func aSourceLagIsDaysOrMonthsWithinBounds() {
        let valid = MarkedSource(
            "source spend {\n  table spend\n  key id\n  time spent_on\n  lag 1 month\n}\n"
                + "source visits {\n  table visits\n  key id\n  time at\n  lag 3 days\n}\n")
        let checked = CheckerFixture.check(valid, withPrelude: false)
        #expect(checked.diagnostics.isEmpty)
        #expect(checked.model?.sources["spend"]?.lag == DataLag(count: 1, unit: .months))
        #expect(checked.model?.sources["visits"]?.lag == DataLag(count: 3, unit: .days))
        #expect(checked.model?.sources["visits"]?.lag?.description == "3 days")

        let marked = MarkedSource(
            "source a {\n  table a\n  key id\n  time t\n  ‸lag 3 weeks\n}\n"
                + "source b {\n  table b\n  key id\n  time t\n  ‸lag 13 months\n}\n")
        let result = CheckerFixture.check(marked, withPrelude: false)
        #expect(result.diagnostics.map(\.code) == [.E0218, .E0218])
        #expect(result.diagnostics.map(\.range.start) == marked.markers)
        #expect(result.diagnostics.first?.help == "write `lag 3 days` or `lag 1 month`")

        let unparsed = CheckerFixture.check(
            MarkedSource("source c {\n  table c\n  key id\n  time t\n  lag ‸soon\n}\n"), withPrelude: false)
        #expect(unparsed.diagnostics.first?.message.contains("a number of days or months, e.g. `lag 3 days`") == true)

        let undated = MarkedSource("source d {\n  table d\n  key id\n  ‸lag 3 days\n}\n")
        let noTime = CheckerFixture.check(undated, withPrelude: false)
        #expect(noTime.diagnostics.map(\.code) == [.E0206])
        #expect(noTime.diagnostics.first?.range.start == undated.marker)
    }

    @Test func aTableNameIsKeptWithItsSchemaAndNoPartHoldsADot() throws {
        let qualified = CheckerFixture.check(
            MarkedSource("source s {\n  table crm.`Orders`\n  key id\n}\n"), withPrelude: false)
        #expect(qualified.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(qualified.model?.sources["s"]?.table == "crm.Orders")
        let marked = MarkedSource(
            "source s {\n  table ‸`crm.orders`\n  key id\n}\n"
                + "kpi k {\n  stage product\n  focus internal\n  value revenue\n  owner \"CFO\"\n"
                + "  description \"A KPI.\"\n  target from table crm.‸`plan.2026`\n}\n")
        let result = CheckerFixture.check(marked)
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.code) == [.E0218, .E0218])
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.range.start) == marked.markers)
    }

    @Test func aTimeZoneIsAnIANANameNotAnAbbreviationOrAnOffset() {
        let valid = CheckerFixture.check(
            MarkedSource("scorecard \"S\" {\n  time_zone \"Europe/Berlin\"\n}\n"), withPrelude: false)
        #expect(valid.diagnostics.isEmpty)
        #expect(valid.model?.settings.timeZone == "Europe/Berlin")
        #expect(valid.model?.settings.timeZoneLocation?.description == "case.kpi:2:13")
        #expect(
            CheckerFixture.check(MarkedSource("scorecard \"S\" {\n}\n"), withPrelude: false).model?.settings.timeZone
                == "UTC")
        for name in ["Mars/Olympus", "PST", "GMT+1", "UTC+3", "europe/berlin", ""] {
            let marked = MarkedSource("scorecard \"S\" {\n  time_zone ‸\"\(name)\"\n}\n")
            let result = CheckerFixture.check(marked, withPrelude: false)
            #expect(result.diagnostics.map(\.code) == [.E0218], "\(name)")
            #expect(result.diagnostics.first?.range.start == marked.marker)
        }
    }

    @Test func aSecondSettingsBlockIsAnError() {
        let marked = MarkedSource("scorecard \"A\" {\n}\n‸scorecard \"B\" {\n}\n")
        let result = CheckerFixture.check(marked, withPrelude: false)
        #expect(result.diagnostics.map(\.code) == [.E0222])
        #expect(result.diagnostics.first?.range.start == marked.marker)
    }

    @Test func ambiguousInheritedJoinIsAnErrorWhereUsed() {
        let marked = MarkedSource(
            """
            source shipments {
              table shipments
              key id
              time shipped_at
              join orders on order_id
              join tickets on ticket_id
            }
            source ticket_regions {
              table x
              key id
            }
            measure shipped = ‸count_distinct(shipments.id) where regions.name = 'North'
            """.replacingOccurrences(of: "join tickets on ticket_id", with: "join stores on store_id") + """

                source stores {
                  table stores
                  key id
                  join regions on region_id
                }
                """ + CheckerFixture.kpi("k", value: "shipped"))
        let result = CheckerFixture.check(marked)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [.E0213])
        #expect(errors.first?.range.start == marked.marker)
    }

    @Test func aSourceJoiningTheSameAliasTwiceIsAnError() {
        let marked = MarkedSource(
            "source s {\n  table s\n  key id\n  time t\n  join regions on a_id\n  ‸join regions on b_id\n}\n")
        let errors = CheckerFixture.check(marked).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [.E0213])
        #expect(errors.first?.range.start == marked.marker)
    }

    @Test(arguments: [
        (
            "measure m: ‸count = sum(orders.net_amount)\n" + CheckerFixture.kpi("k", value: "m"),
            "kpi is fine, measure unit is fine"
        )
    ])
    func sumTakesItsDeclaredUnit(_ source: String, _ note: String) {
        let result = CheckerFixture.check(MarkedSource(source))
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(note)")
        #expect(result.model?.measures["m"]?.unit == .count)
    }

    @Test func countCannotBeDeclaredMoney() {
        let marked = MarkedSource("measure m: ‸money = count(orders)\n" + CheckerFixture.kpi("k", value: "m"))
        let errors = CheckerFixture.check(marked).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [.E0208])
        #expect(errors.first?.range.start == marked.marker)
    }

    @Test func percentOfMoneyIsAUnitMismatch() {
        let marked = MarkedSource(CheckerFixture.kpi("k", value: "revenue", "unit ‸percent"))
        let errors = CheckerFixture.check(marked).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [.E0208])
        #expect(errors.first?.message == "kpi 'k' is declared percent but its value is money")
    }

    @Test func redBandInsideAmberBandIsAnError() {
        let marked = MarkedSource(CheckerFixture.kpi("k", value: "revenue", "amber below 90%", "‸red below 95%"))
        let errors = CheckerFixture.check(marked).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [.E0211])
        #expect(errors.first?.range.start == marked.marker)
    }

    @Test func missingBudgetFileIsAnError() {
        let marked = MarkedSource(
            CheckerFixture.kpi("k", value: "revenue", "target from ‸\"no-such-budget.csv\"")
                .replacingOccurrences(of: "  target 100\n", with: ""))
        let errors = CheckerFixture.check(marked).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [.E0219])
        #expect(errors.first?.range.start == marked.marker)
    }

    @Test func aggregateInsideAggregateAndColumnInKPIAreAggregateMisuse() {
        let marked = MarkedSource(
            "measure m: money = sum(‸sum(orders.net_amount))\n" + CheckerFixture.kpi("k", value: "‸orders.net_amount"))
        let errors = CheckerFixture.check(marked).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [.E0216, .E0216])
        #expect(errors.map(\.range.start) == marked.markers)
    }

    @Test func wrongNumberOfArgumentsIsReported() {
        let marked = MarkedSource(
            "measure m: money = ‸sum(orders.net_amount, orders.cost)\n" + CheckerFixture.kpi("k", value: "m"))
        let errors = CheckerFixture.check(marked).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [.E0214])
        #expect(errors.first?.message == "'sum' takes 1 argument, not 2")
    }

    @Test func warningsDoNotStopTheModel() {
        let marked = MarkedSource(
            "measure ‸unused = count(orders)\nkpi ‸‸k {\n  stage product\n  focus internal\n  value revenue\n}\n")
        let result = CheckerFixture.check(marked)
        let mine = result.diagnostics.filter { $0.file?.path == "case.kpi" }
        #expect(Set(mine.map(\.code)) == [.W0301, .W0302, .W0303])
        #expect(Set(mine.map(\.range.start)) == Set(marked.markers))
        #expect(result.model != nil)
    }

    @Test func everyCodeInTheCatalogueIsCovered() {
        let tested = Set(Self.errorCases.map(\.code)).union([.E0218, .E0222, .E0213, .W0301, .W0302, .W0303])
        // E04xx come from evaluating against a database: ScorecardEngineTests' EvaluationDiagnosticTests cover them.
        let semantic = DiagnosticCode.allCases.filter { !$0.rawValue.hasPrefix("E01") && !$0.rawValue.hasPrefix("E04") }
        #expect(semantic.filter { !tested.contains($0) } == [])
    }
}
