import ScorecardSQL
import Testing

@testable import ScorecardPostgres

/// Cursors (the default inside a snapshot) and single-row mode read the same rows.
@Suite struct PostgresReadingModeTests {
    @Test func cursorAndSingleRowModeReadTheSameRows() throws {
        let fixture = try PostgresFixture(
            """
            CREATE TABLE t AS SELECT n AS id, (n % 97)::numeric / 8 AS amount, timestamptz '2026-01-01 00:00+00' + n * interval '1 hour' AS at
            FROM generate_series(1, 25003) AS n;
            """)
        let database = try fixture.connect(timeZone: "America/New_York")
        func read() throws -> [[SQLValue]] {
            try database.readSnapshot {
                let rows = try database.query("SELECT id, amount, at FROM t ORDER BY id")
                var read: [[SQLValue]] = []
                while try rows.next() {
                    read.append([rows.value(0), rows.text(1).map(SQLValue.text) ?? .null, rows.value(2)])
                }
                return read
            }
        }
        let oneRowAtATime = try read()
        database.readsThroughCursors = true
        let throughCursor = try read()
        #expect(throughCursor.count == 25003 && throughCursor == oneRowAtATime)
        // 25003 hours after midnight UTC on 1 January 2026 is 19:00 UTC on 7 November 2028, 14:00 in New York (EST).
        #expect(throughCursor.last?[2] == .text("2028-11-07 14:00:00"))
    }
}
