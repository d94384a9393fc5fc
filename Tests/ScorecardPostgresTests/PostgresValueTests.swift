import Foundation
import ScorecardPostgres
import ScorecardSQL
import Testing

/// Values bound to parameters and read from columns of every type Scorecard reads.
@Suite struct PostgresValueTests {
    @Test func boundValuesOfEveryKindRoundTrip() throws {
        let database = try PostgresFixture().connect()
        let values: [SQLValue] = [
            .integer(42), .integer(.min), .integer(.max), .real(0.1), .real(-1.5e300), .real(.infinity),
            .text("it's \"quoted\" – ünïcode"), .text(""), .blob([0, 1, 0x7f, 0x80, 0xff]), .blob([]),
        ]
        for value in values {
            #expect(try database.values("SELECT $1", [value]) == [value], "\(value)")
        }
        let nulls = try database.query("SELECT $1::bigint, $2::text", [.null, .null])
        #expect(try nulls.next())
        #expect(nulls.isNull(0) && nulls.isNull(1) && nulls.value(0) == .null && nulls.text(1) == nil)
    }

    @Test func textBindsAsALiteralWouldAgainstTypedColumns() throws {
        let fixture = try PostgresFixture(
            """
            CREATE TABLE t (d date, ts timestamptz, n numeric(14,2));
            INSERT INTO t VALUES ('2026-03-31', '2026-03-31 23:30:00+00', 10.25), ('2026-04-01', '2026-04-01 00:30:00+00', 5);
            """)
        let utc = try fixture.connect()
        let paris = try fixture.connect(timeZone: "Europe/Paris")
        let march = "SELECT count(*) FROM t WHERE d < $1 AND ts < $1 AND n > $2"
        #expect(try utc.values(march, [.text("2026-04-01"), .real(10)]) == [.integer(1)])
        // 23:30 UTC on 31 March is already April in Paris (UTC+2 in summer time).
        #expect(try paris.values("SELECT count(*) FROM t WHERE ts < $1", [.text("2026-04-01")]) == [.integer(0)])
    }

    @Test func everyColumnTypeReadsAsSpecified() throws {
        let fixture = try PostgresFixture(
            """
            CREATE TABLE t (
              i2 smallint, i4 integer, i8 bigint, f4 real, f8 double precision, n numeric(16,2),
              tx text, vc varchar(20), d date, ts timestamp, tz timestamptz, b boolean, y bytea);
            INSERT INTO t VALUES (
              -7, 2147483647, 9007199254740993, 1.5, 0.1, 12345678901234.56,
              'text', 'varchar', '2024-02-29', '2026-01-02 03:04:05.123456', '2026-06-30 22:15:00+00',
              true, '\\x00ff10');
            INSERT INTO t (b) VALUES (false);
            """)
        let database = try fixture.connect(timeZone: "Asia/Kolkata")
        let rows = try database.query("SELECT * FROM t ORDER BY b DESC")
        #expect(try rows.next())
        let expected: [SQLValue] = [
            .integer(-7), .integer(2_147_483_647), .integer(9_007_199_254_740_993), .real(1.5), .real(0.1),
            .real(12345678901234.56), .text("text"), .text("varchar"), .text("2024-02-29"),
            .text("2026-01-02 03:04:05.123456"), .text("2026-07-01 03:45:00"), .integer(1), .blob([0, 0xff, 0x10]),
        ]
        #expect((0..<expected.count).map(rows.value) == expected)
        #expect(rows.text(5) == "12345678901234.56")
        #expect(rows.integer(5) == 12_345_678_901_234)
        #expect(rows.integer(2) == 9_007_199_254_740_993)
        #expect(rows.real(0) == -7 && rows.integer(4) == 0 && rows.real(11) == 1)
        #expect(rows.text(10) == "2026-07-01 03:45:00")
        #expect(try rows.next())
        #expect(rows.value(11) == .integer(0) && rows.isNull(0) && rows.value(5) == .null)
        #expect(try !rows.next())
    }

    @Test func numericSumsStayExactAsText() throws {
        // 0.10 added 1000 times is not 100 in binary floating point; the decimal text is.
        let fixture = try PostgresFixture(
            "CREATE TABLE m (amount numeric(12,2)); INSERT INTO m SELECT 0.10 FROM generate_series(1, 1000);")
        let rows = try fixture.connect().query("SELECT sum(amount) FROM m")
        #expect(try rows.next())
        #expect(rows.text(0) == "100.00")
        let doubleSum = (0..<1000).reduce(0.0) { sum, _ in sum + 0.10 }
        #expect(doubleSum != 100 && rows.real(0) == 100)
    }
}
