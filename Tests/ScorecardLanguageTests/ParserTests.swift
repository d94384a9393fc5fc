import ScorecardTestSupport
import Testing

@testable import ScorecardLanguage

@Suite struct ParserTests {
    private func parse(_ text: String) -> SyntaxTree { Parser.parse(SourceFile(path: "t.kpi", text: text)) }

    @Test func parsesEveryDeclarationAndPropertyForm() throws {
        let tree = parse(
            """
            scorecard "Acme" {
              currency "EUR"
              fiscal_year_start april
              min_group_size 5
            }
            source orders {
              table orders
              key id
              time ordered_at unix
              where status != 'cancelled' and channel not in ('x', 'y')
              join customers as buyer on customer_id
              join regions via buyer.region_id
              opt_out buyer.opted_out
            }
            dimension region "Region" = regions.name
            measure revenue: money = sum(orders.net_amount) where orders.net_amount is not null
            measure p90 = percentile(orders.net_amount, 0.9)
            kpi rpc "Revenue per customer" {
              value -(revenue / buyers) * 2 + 5%
              target 120.00
              target 130 from 2026-04
              target from "budget.csv"
              target from table plan(kpi_id, month, amount)
              amber below 100%
              red below -5
              breakdown region, segment
            }
            """)
        #expect(tree.diagnostics.isEmpty)
        #expect(tree.declarations.count == 6)
        guard case .source(let source) = tree.declarations[1] else {
            Issue.record("not a source")
            return
        }
        #expect(source.properties.map(\.keyword.name) == ["table", "key", "time", "where", "join", "join", "opt_out"])
        guard case .time(let column, let format) = source.properties[2].value else {
            Issue.record("time")
            return
        }
        #expect(column.map(\.name) == ["ordered_at"] && format?.name == "unix")
        guard case .join(let join) = source.properties[4].value else {
            Issue.record("join")
            return
        }
        #expect(join.target.name == "customers" && join.alias?.name == "buyer" && join.onColumn?.name == "customer_id")
        guard case .join(let via) = source.properties[5].value else {
            Issue.record("via")
            return
        }
        #expect(via.via?.source.name == "buyer" && via.via?.column.name == "region_id")
        guard case .measure(let measure) = tree.declarations[3] else {
            Issue.record("measure")
            return
        }
        #expect(measure.unit?.name == "money" && measure.filter != nil)
        guard case .kpi(let kpi) = tree.declarations[5] else {
            Issue.record("kpi")
            return
        }
        #expect(kpi.label?.value == "Revenue per customer")
        let targets = kpi.properties.filter { $0.keyword.name == "target" }
        #expect(targets.count == 4)
        guard case .target(.constant(let amount, false, let from)) = targets[1].value else {
            Issue.record("schedule")
            return
        }
        #expect(amount.text == "130" && from?.period == PeriodLiteral("2026-04"))
        guard case .target(.table(let table, let columns)) = targets[3].value else {
            Issue.record("table")
            return
        }
        #expect(table.name == "plan" && columns.map(\.name) == ["kpi_id", "month", "amount"])
        guard case .threshold(_, let red, false) = kpi.properties[6].value else {
            Issue.record("threshold")
            return
        }
        #expect(red.text == "-5")
    }

    @Test func aTableNameMayBeQualifiedByItsSchema() throws {
        let tree = parse(
            """
            source orders {
              table crm.`Order Book`
            }
            source regions {
              table regions
            }
            kpi k {
              target from table finance.plan(kpi_id, month, amount)
            }
            """)
        #expect(tree.diagnostics.isEmpty)
        let tables = tree.declarations.compactMap { declaration -> TableNameSyntax? in
            guard case .source(let source) = declaration, case .tableName(let name) = source.properties[0].value
            else { return nil }
            return name
        }
        #expect(tables.map { $0.schema?.name } == ["crm", nil])
        #expect(tables.map(\.table.name) == ["Order Book", "regions"])
        #expect(tables.map(\.name) == ["crm.Order Book", "regions"])
        #expect(tree.file.text(in: tables[0].range) == "crm.`Order Book`")
        guard case .kpi(let kpi) = tree.declarations[2],
            case .target(.table(let plan, let columns)) = kpi.properties[0].value
        else {
            Issue.record("target table")
            return
        }
        #expect(plan.name == "finance.plan" && columns.count == 3)
    }

    @Test func aTableNameHasAtMostOneSchema() {
        let marked = MarkedSource("source s {\n  table a.b‸.c\n  key id\n}\nsource t {\n  table a.\n‸}\n")
        let diagnostics = Parser.parse(marked.file).diagnostics
        #expect(diagnostics.map(\.code) == [.E0110, .E0105])
        #expect(diagnostics.map(\.range.start) == marked.markers)
    }

    @Test func respectsOperatorPrecedence() throws {
        let tree = parse("measure m = sum(a.b + a.c * a.d) where a.x = 1 or a.y = 2 and not a.z = 3")
        guard case .measure(let measure) = tree.declarations.first,
            case .call(_, let arguments) = measure.expression.kind,
            case .binary("+", _, let product) = arguments[0].kind,
            case .binary("*", _, _) = product.kind,
            case .binary("or", _, let conjunction) = measure.filter?.kind,
            case .binary("and", _, let negation) = conjunction.kind,
            case .unary("not", _) = negation.kind
        else {
            Issue.record("unexpected tree: \(tree.declarations)")
            return
        }
    }

    @Test func reportsEveryErrorInOnePassAndKeepsGoodDeclarations() {
        let marked = MarkedSource(
            """
            kpi a {
              stage‸
              ‸colour red
              value x ‸y
            }
            ‸kpii b { }
            kpi c {
              stage product
            }
            """)
        let tree = Parser.parse(marked.file)
        #expect(tree.diagnostics.map(\.code) == [.E0105, .E0107, .E0110, .E0106])
        #expect(tree.diagnostics.map(\.range.start) == marked.markers)
        #expect(tree.diagnostics[1].help?.contains("known properties") == true)
        #expect(tree.diagnostics[3].help == "did you mean 'kpi'?")
        let names = tree.declarations.compactMap { if case .kpi(let k) = $0 { k.name.name } else { nil } }
        #expect(names == ["a", "c"])
    }

    @Test func unknownPropertySuggestsTheClosestOne() {
        let marked = MarkedSource("kpi a {\n  ‸ownr \"x\"\n}")
        let diagnostics = Parser.parse(marked.file).diagnostics
        #expect(diagnostics.map(\.code) == [.E0107])
        #expect(diagnostics.first?.help == "did you mean 'owner'?")
        #expect(diagnostics.first?.range.start == marked.marker)
    }

    @Test func missingClosingBraceIsReportedAtTheNextDeclaration() {
        let marked = MarkedSource("kpi a {\n  stage product\n‸kpi b {\n}\n")
        let tree = Parser.parse(marked.file)
        #expect(tree.diagnostics.map(\.code) == [.E0108])
        #expect(tree.diagnostics.first?.range.start == marked.marker)
        #expect(tree.declarations.count == 2)
    }

    @Test func truncatedFileReportsTheUnclosedBlock() {
        let tree = parse("kpi a {\n  stage product\n  value (a + ")
        #expect(tree.diagnostics.map(\.code) == [.E0105, .E0108])
        #expect(tree.diagnostics.first?.message == "expected an expression, found end of file")
    }

    @Test(arguments: ["(", "-", "not "])
    func deepNestingIsADiagnosticNotACrash(opener: String) {
        let depth = 100_000
        let text = "kpi a {\n  value " + String(repeating: opener, count: depth) + "x\n}\n"
        let tree = parse(text)
        #expect(tree.diagnostics.map(\.code) == [.E0109])
    }

    @Test func nestingWithinTheLimitIsAccepted() {
        let depth = Parser.maxDepth - 2
        let tree = parse(
            "kpi a {\n  value " + String(repeating: "(", count: depth) + "x" + String(repeating: ")", count: depth)
                + "\n}\n")
        #expect(tree.diagnostics.isEmpty)
    }

    @Test func emptyAndCommentOnlyFilesAreValid() {
        #expect(parse("").diagnostics.isEmpty)
        #expect(parse("# only a comment\n\n").diagnostics.isEmpty)
        #expect(parse("# only a comment\n\n").comments.count == 1)
    }

    @Test func aStrayClosingBraceIsReported() {
        let marked = MarkedSource("‸}\nkpi a {\n}\n")
        let tree = Parser.parse(marked.file)
        #expect(tree.diagnostics.map(\.code) == [.E0105])
        #expect(tree.diagnostics.first?.range.start == marked.marker)
        #expect(tree.declarations.count == 1)
    }
}
