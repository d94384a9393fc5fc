import ScorecardSQL
import Testing

@testable import ScorecardSQLite

@Suite struct SQLiteStatementTests {
    static let values: [SQLiteValue] = [
        .null, .integer(0), .integer(Int64.min), .integer(Int64.max), .integer(-42),
        .real(3.141592653589793), .real(-0.5), .real(1e300),
        .text(""), .text("O'Brien said \"hi\"; DROP TABLE t; --"), .text("Zürich, Łódź, 東京, 🚀"),
        .text("nul\u{0}inside"), .blob([]), .blob([0, 1, 2, 255, 0]),
    ]

    @Test(arguments: values)
    func boundValuesRoundTrip(value: SQLiteValue) throws {
        let db = try SQLiteDatabase(path: ":memory:", mode: .readWriteCreate)
        try db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v)")
        try db.prepare("INSERT INTO t (v) VALUES (?)").run([value])
        let select = try db.prepare("SELECT v FROM t WHERE id = ?")
        try select.bind([.integer(db.lastInsertRowID)])
        #expect(try select.step())
        #expect(select.value(at: 0) == value)
        #expect(select.isNull(at: 0) == (value == .null))
        #expect(try !select.step())
    }

    @Test func typedAccessorsAndColumnNames() throws {
        let db = try SQLiteDatabase(path: ":memory:", mode: .readWriteCreate)
        let select = try db.prepare("SELECT ? AS i, ? AS r, ? AS s, ? AS n")
        try select.bind([.integer(7), .real(2.5), .text("Café"), .null])
        #expect(select.columnCount == 4)
        #expect((0..<4).map(select.columnName(at:)) == ["i", "r", "s", "n"])
        #expect(try select.step())
        #expect(select.int64(at: 0) == 7)
        #expect(select.double(at: 1) == 2.5)
        #expect(select.string(at: 2) == "Café")
        #expect(select.string(at: 3) == nil)
        #expect(select.isNull(at: 3))
        #expect(select.row() == [.integer(7), .real(2.5), .text("Café"), .null])
    }

    @Test func statementIsReusableAfterReset() throws {
        let db = try SQLiteDatabase(path: ":memory:", mode: .readWriteCreate)
        try db.execute("CREATE TABLE t (name TEXT)")
        let insert = try db.prepare("INSERT INTO t VALUES (?)")
        for name in ["a", "b'c", "d"] { try insert.run([.text(name)]) }
        let select = try db.prepare("SELECT name FROM t ORDER BY rowid")
        var names: [String] = []
        while try select.step() { names.append(select.string(at: 0) ?? "") }
        try select.reset()
        #expect(try select.step())
        #expect(select.string(at: 0) == "a")
        #expect(names == ["a", "b'c", "d"])
    }

    @Test func wrongParameterCountAndSeveralStatementsAreMisuse() throws {
        let db = try SQLiteDatabase(path: ":memory:", mode: .readWriteCreate)
        let select = try db.prepare("SELECT ?, ?")
        #expect { try select.bind([.integer(1)]) } throws: { ($0 as? SQLiteError)?.kind == .misuse }
        #expect { try db.prepare("SELECT 1; SELECT 2") } throws: { ($0 as? SQLiteError)?.kind == .misuse }
        #expect { try db.prepare("   ") } throws: { ($0 as? SQLiteError)?.kind == .misuse }
        _ = try db.prepare("SELECT 1;  \n")
    }

    @Test func constraintErrorsResetTheStatement() throws {
        let db = try SQLiteDatabase(path: ":memory:", mode: .readWriteCreate)
        try db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)")
        let insert = try db.prepare("INSERT INTO t VALUES (?)")
        try insert.run([.integer(1)])
        #expect(throws: SQLiteError.self) { try insert.run([.integer(1)]) }
        try insert.run([.integer(2)])
        #expect(db.changes == 1)
    }
}
