import Testing

@testable import ScorecardSQL

@Suite struct SQLRenderingTests {
    var select: SQLSelect {
        var select = SQLSelect(from: .table("orders", as: "o"))
        select.columns = [SQLResultColumn(.function(.sum, [.column("o", "net_amount")]), as: "revenue")]
        select.filter = .binary(.equal, .column("o", "status"), .value(.text("it's \"done\"")))
        return select
    }

    @Test func sqliteQuotesIdentifiersAndBindsValues() {
        let rendered = SQLiteDialect().render(select)
        #expect(
            rendered.text
                == "SELECT SUM(\"o\".\"net_amount\") AS \"revenue\"\nFROM \"orders\" AS \"o\"\nWHERE (\"o\".\"status\" = ?)"
        )
        #expect(rendered.bindings == [.text("it's \"done\"")])
    }

    @Test func postgreSQLNumbersItsParameters() {
        var select = select
        select.filter = .binary(.and, select.filter!, .binary(.greater, .column("o", "id"), .value(.integer(3))))
        let rendered = PostgreSQLDialect().render(select)
        #expect(rendered.text.hasSuffix("WHERE ((\"o\".\"status\" = $1) AND (\"o\".\"id\" > $2))"))
        #expect(rendered.bindings == [.text("it's \"done\""), .integer(3)])
    }

    @Test func identifiersWithQuotesCannotEscape() {
        let rendered = SQLiteDialect().render(SQLSelect(from: .table("weird\"; DROP TABLE x; --", as: nil)))
        #expect(rendered.text == "SELECT \nFROM \"weird\"\"; DROP TABLE x; --\"")
    }

    @Test func dialectsDifferOnlyWhereTheyMust() {
        var select = SQLSelect(from: .table("t", as: nil))
        select.columns = [
            SQLResultColumn(.percentile(.column(table: nil, name: "x"), fraction: 0.9)),
            SQLResultColumn(
                .hoursBetween(start: .column(table: nil, name: "a"), end: .column(table: nil, name: "b"), format: .iso)),
        ]
        #expect(
            SQLiteDialect().render(select).text
                == "SELECT percentile_cont(\"x\", ?), ((julianday(\"b\") - julianday(\"a\")) * 24.0)\nFROM \"t\"")
        #expect(
            PostgreSQLDialect().render(select).text.hasPrefix(
                "SELECT PERCENTILE_CONT($1) WITHIN GROUP (ORDER BY \"x\")"))
    }

    @Test func epochDaysBecomeBoundsInEveryFormat() {
        let day = 19_782  // 2024-02-29
        #expect(EpochDay.value(day, format: .iso) == .text("2024-02-29"))
        #expect(EpochDay.value(day, format: .unix) == .integer(1_709_164_800))
        #expect(EpochDay.value(day, format: .julian) == .real(2_460_369.5))
        #expect(EpochDay.isoDate(0) == "1970-01-01")
        #expect(EpochDay.isoDate(-1) == "1969-12-31")
    }
}
