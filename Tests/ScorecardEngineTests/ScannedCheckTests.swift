import ScorecardSQL
import ScorecardSQLite
import Testing

@testable import ScorecardEngine

/// A row scan's reader tells failing rows exactly as the checks' SQL conditions in SQLite's
/// dialect do (the reference), value by value: numbers, text that reads as a number or not,
/// blobs, NULL, amounts around the limit, ISO times good and bad, unix times.
@Suite struct ScannedCheckTests {
    /// Every value stored as is in a column without a type.
    static let values: [SQLiteValue] = [
        .null, .integer(0), .integer(42), .integer(-7), .integer(9_999_999_999_999), .integer(10_000_000_000_000),
        .integer(-10_000_000_000_000), .integer(Int64.max), .real(12.5), .real(-0.25), .real(9_999_999_999_999.99),
        .real(1e13), .real(-1e13), .real(1e300), .text("12.5"), .text(" 12.5 "), .text("+3"), .text("-.5"),
        .text("1e14"), .text("1e3x"), .text("n/a"), .text(""), .text(" "), .text("0x10"), .text("1,5"),
        .text("inf"), .text("NaN"), .text("2e13"), .blob([0x31, 0x32]), .blob([]), .text("2024-10-05"),
        .text("2024-10"), .text("2024-1"), .text("2024-13-01"), .text("2024-00-01"), .text("2024-12-31 23:59"),
        .text("24-10-05"), .text("2024/10/05"), .text("x024-10-05"), .blob(Array("2024-10-05".utf8)),
        .integer(202_410), .text("1700000000"), .text(" 1.7e9 "), .real(1_700_000_000.5),
    ]

    static let checks: [(ScannedCheck, SQLExpression)] = {
        let x = SQLExpression.column(table: nil, name: "x")
        return [
            (.notANumber, .notANumber(x)),
            (.unreadableTime(.iso), .unreadableTime(x, format: .iso)),
            (.unreadableTime(.unix), .unreadableTime(x, format: .unix)),
            (
                .tooLarge,
                .binary(
                    .and, .isNull(x, negated: true),
                    .binary(.greaterOrEqual, .function(.abs, [x]), .value(.real(RowCheck.largestAmount))))
            ),
        ]
    }()

    @Test(arguments: 0..<4)
    func theReaderFailsTheRowsTheSQLConditionFails(check index: Int) throws {
        let (test, condition) = Self.checks[index]
        let fixture = try EvaluationFixture(schema: "CREATE TABLE v (id INTEGER PRIMARY KEY, x);") { database in
            let insert = try database.prepare("INSERT INTO v (x) VALUES (?)")
            for value in Self.values { try insert.run([value]) }
        }
        let database = try SQLiteDatabase.openForReading(path: fixture.databasePath)
        defer { database.close() }
        var select = SQLSelect(from: .table("v", as: nil))
        select.columns = [
            SQLResultColumn(.column(table: nil, name: "x"), as: "x"),
            SQLResultColumn(
                .caseWhen([SQLCase(condition, .value(.integer(1)))], otherwise: .value(.integer(0))), as: "bad"),
        ]
        select.orderBy = [.column(table: nil, name: "id")]
        let rows = try database.query(select)
        var failing = 0
        var seen = 0
        while try rows.next() {
            let expected = rows.integer(1) == 1
            #expect(test.fails(rows, column: 0) == expected, "\(test): \(Self.values[seen])")
            failing += expected ? 1 : 0
            seen += 1
        }
        #expect(seen == Self.values.count)
        // Each check both fails and passes some of the values.
        #expect(failing > 0 && failing < seen)
    }
}
