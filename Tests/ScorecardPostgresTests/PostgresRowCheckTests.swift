import ScorecardPostgres
import ScorecardSQL
import ScorecardTestSupport
import Testing

/// The PostgreSQL dialect's "not a number" test on columns of every type the server enforces:
/// integers never fail it, `numeric`, `real` and `double precision` fail it only for NaN and the
/// infinities, text fails it unless it reads as a number; NULL never fails it.
@Suite struct PostgresRowCheckTests {
    @Test func notANumberLooksAtTheTypeThenAtTheText() throws {
        let fixture = try PostgresFixture(
            """
            CREATE TABLE v (id integer, i bigint, n numeric, d double precision, r real, t text);
            INSERT INTO v VALUES
              (1, 7, 1.5, 2.5, 0.5, ' 12.5 '),
              (2, -3, 'NaN', 'Infinity', '-Infinity', 'abc'),
              (3, NULL, NULL, NULL, NULL, NULL),
              (4, 0, -0.25, 'NaN', 3, '1e3'),
              (5, 9, 'Infinity', -1e300, 'NaN', '12abc');
            """)
        let database = try fixture.connect()
        defer { database.close() }
        // What each row should give, from the values above: NaN and the infinities, and text that is not a number.
        let expected: [String: [Bool]] = [
            "i": [false, false, false, false, false],
            "n": [false, true, false, false, true],
            "d": [false, true, false, true, false],
            "r": [false, true, false, false, true],
            "t": [false, true, false, false, true],
        ]
        try database.readSnapshot {
            for (column, flags) in expected {
                var select = SQLSelect(from: .table("v", as: "v"))
                select.columns = [SQLResultColumn(.notANumber(.column("v", column)))]
                select.orderBy = [.column("v", "id")]
                let rows = try database.query(select)
                var found: [Bool] = []
                while try rows.next() { found.append(rows.integer(0) != 0 || rows.text(0) == "t") }
                #expect(found == flags, "column \(column)")
            }
        }
    }
}
