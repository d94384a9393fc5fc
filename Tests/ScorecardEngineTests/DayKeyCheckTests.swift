import ScorecardSQL
import ScorecardSQLite
import ScorecardTestSupport
import Testing

/// `PurchaseWindowsQuery.isNoDay`, the CLV windows query's test for a day key that is no calendar
/// day, run by SQLite on keys around the calendar's edges, against Foundation's calendar
/// (`PostgresCLVDayTests` runs it on PostgreSQL).
@Suite struct DayKeyCheckTests {
    /// The reader's conversion of a key back to a day agrees with the calendar too, and with
    /// ``EpochDay/key(_:)`` on every day it gives.
    @Test func keysTurnIntoDaysAsTheCalendarSays() {
        let wrong = DayKeySamples.keys.filter { key in
            guard let day = EpochDay.day(key: key) else { return DayKeySamples.isDay(key) }
            return !DayKeySamples.isDay(key) || EpochDay.key(day) != key
        }
        #expect(wrong.isEmpty)
    }

    @Test func sqliteTellsTheKeysThatAreNoDayAsTheCalendarDoes() throws {
        let folder = try TemporaryFolder()
        let db = try SQLiteDatabase(path: folder.path("keys.sqlite"), mode: .readWriteCreate)
        defer { db.close() }
        try db.execute(DayKeySamples.tableSQL(integerType: "INTEGER"))
        let (count, wrong) = try DayKeySamples.keysTheCheckGetsWrong(in: db)
        #expect(count == DayKeySamples.keys.count)
        #expect(wrong.isEmpty)
    }
}
