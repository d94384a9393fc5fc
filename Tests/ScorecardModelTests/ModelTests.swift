import Foundation
import ScorecardLanguage
import ScorecardTestSupport
import Testing

@testable import ScorecardModel

@Suite struct ModelTests {
    private func model(_ text: String, extraFiles: [SourceFile] = []) throws -> MetricsModel {
        let files =
            [SourceFile(path: "prelude.kpi", text: CheckerFixture.prelude), SourceFile(path: "case.kpi", text: text)]
            + extraFiles
        let result = Checker.check(files.map(Parser.parse))
        let errors = result.diagnostics.filter { $0.severity == .error }
        try #require(errors.isEmpty, "\(errors.map(DiagnosticRenderer.text).joined())")
        return try #require(result.model)
    }

    @Test func joinsChainAcrossSources() throws {
        let model = try model("")
        let orders = try #require(model.sources["orders"])
        #expect(orders.joins["regions"]?.steps.map(\.column) == ["customer_id", "region_id"])
        #expect(orders.joins["regions"]?.steps.map(\.fromAlias) == ["orders", "customers"])
        #expect(model.sources["tickets"]?.time == TimeColumn(alias: nil, column: "opened_at", format: .unix))
    }

    @Test func measureRunsAtTheGrainOfTheSourceThatJoinsEverythingItReads() throws {
        let model = try model(
            "measure north: money = sum(orders.net_amount) where regions.name = 'North'\n"
                + CheckerFixture.kpi("k", value: "north"))
        #expect(model.measures["north"]?.source == "orders")
        #expect(model.measures["north"]?.text == "sum(orders.net_amount) where regions.name = 'North'")
        #expect(model.measures["ticket_count"]?.aggregate.argument == nil)
    }

    @Test func unitsAreInferredFromTheValue() throws {
        let model = try model(
            [
                CheckerFixture.kpi("rpc", value: "revenue / buyers"),
                CheckerFixture.kpi("per_ticket", value: "ticket_count / buyers"),
                CheckerFixture.kpi("doubled", value: "rpc * 2"),
                CheckerFixture.kpi("yoy", value: "growth(revenue)"),
            ].joined(separator: "\n"))
        #expect(model.kpi("rpc")?.unit == .money)
        #expect(model.kpi("per_ticket")?.unit == .ratio)
        #expect(model.kpi("doubled")?.unit == .money)
        #expect(model.kpi("yoy")?.unit == .ratio)
    }

    @Test func growthYearsAreFoundThroughTheKPIsAKPIUses() throws {
        let model = try model(
            CheckerFixture.kpi("yoy", value: "growth(revenue)") + CheckerFixture.kpi("twice", value: "yoy * 2")
                + CheckerFixture.kpi("plain", value: "revenue / buyers")
                + CheckerFixture.kpi("my_growth", value: "revenue")
                + CheckerFixture.kpi("yoy_of_yoy", value: "growth(twice) + yoy")
                + CheckerFixture.kpi("nested", value: "growth(growth(revenue))"))
        let years = model.yearsBack
        #expect(years == ["yoy": 1, "twice": 1, "plain": 0, "my_growth": 0, "yoy_of_yoy": 2, "nested": 2])
    }

    @Test func kpisComeAfterTheKPIsTheyUse() throws {
        let model = try model(
            CheckerFixture.kpi("c", value: "b + a") + CheckerFixture.kpi("b", value: "a * 2")
                + CheckerFixture.kpi("a", value: "revenue"))
        #expect(model.kpis.map(\.id) == ["a", "b", "c"])
        #expect(model.measures(of: try #require(model.kpi("c"))) == ["revenue"])
    }

    @Test func settingsAreRead() throws {
        let model = try model(
            "scorecard \"Acme\" {\n  organisation \"Acme Ltd\"\n  currency \"GBP\"\n  fiscal_year_start april\n  min_group_size 10\n  missing zero\n}\n"
        )
        #expect(model.settings.title == "Acme")
        #expect(model.settings.currency == "GBP")
        #expect(model.settings.fiscalYearStart == 4)
        #expect(model.settings.minGroupSize == 10)
        #expect(model.settings.missing == .zero)
        #expect(model.settings.badRows == .stop)
        #expect(model.settings.restatementTolerance == 0.0001)
    }

    @Test func badRowAndRestatementSettingsAreRead() throws {
        let model = try model("scorecard \"Acme\" {\n  bad_rows skip\n  restatement_tolerance 0.5%\n}\n")
        #expect(model.settings.badRows == .skip)
        #expect(model.settings.restatementTolerance == 0.005)
        for wrong in ["bad_rows ignore", "restatement_tolerance 100%", "restatement_tolerance -1"] {
            let result = CheckerFixture.check(MarkedSource("scorecard \"Acme\" {\n  \(wrong)\n}\n"), withPrelude: false)
            #expect(result.diagnostics.map(\.code) == [.E0218], "\(wrong)")
        }
    }

    @Test func targetSchedulesAreSortedAndPercentsScaled() throws {
        let model = try model(
            CheckerFixture.kpi("k", value: "revenue / revenue", "target 95% from 2026-07", "target 90% from 2026-01")
                .replacingOccurrences(of: "  target 100\n", with: "  target 80%\n"))
        guard case .schedule(let steps)? = model.kpi("k")?.targets else {
            Issue.record("no schedule")
            return
        }
        #expect(steps.map(\.value) == [0.8, 0.9, 0.95])
        #expect(steps.map(\.from) == [nil, PeriodLiteral("2026-01"), PeriodLiteral("2026-07")])
    }

    @Test func budgetFilesAreReadRelativeToTheMetricsFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("budget-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "kpi,period,target\nk,2026-01,100.5\n\"k\",2026-02,200\nother,2026-01,1\n".write(
            to: folder.appendingPathComponent("budget.csv"), atomically: true, encoding: .utf8)
        let text = CheckerFixture.kpi("k", value: "revenue", "target from \"budget.csv\"").replacingOccurrences(
            of: "  target 100\n", with: "")
        let model = try model(
            "", extraFiles: [SourceFile(path: folder.appendingPathComponent("k.kpi").path, text: text)])
        #expect(
            model.kpi("k")?.targets
                == .csv(
                    path: folder.appendingPathComponent("budget.csv").path, values: ["2026-01": 100.5, "2026-02": 200]))
    }

    @Test func thresholdsAreRelativeFractionsOrAbsoluteValues() throws {
        let model = try model(
            CheckerFixture.kpi("k", value: "revenue", "better lower", "amber above 105%", "red above 1200"))
        #expect(model.kpi("k")?.thresholds.amber == Threshold(direction: .above, value: 1.05, isRelative: true))
        #expect(model.kpi("k")?.thresholds.red == Threshold(direction: .above, value: 1200, isRelative: false))
    }

    @Test func theShippedLibraryChecksCleanAndCoversEveryStage() throws {
        let result = Checker.check(ShippedMetrics.files().map(Parser.parse))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(DiagnosticRenderer.text).joined())")
        let model = try #require(result.model)
        #expect(Set(model.kpis.map(\.stage)) == Set(Stage.allCases))
        #expect(Set(model.kpis.map(\.focus)) == [.internal, .external])
        for kpi in model.kpis {
            #expect(kpi.owner != nil && kpi.description != nil && kpi.targets != nil, "\(kpi.id)")
        }
    }
}
