import Foundation
import ScorecardSQL

/// Day keys (`YYYYMMDD` as an integer) around the calendar's edges, and whether each is a day,
/// by Foundation's Gregorian calendar: a reference independent of the engine's day arithmetic.
public enum DayKeySamples {
    /// Every month 0 to 13 and day 0 to 32 of years with and without 29 February (2000 and 2024
    /// have one, 1900, 2100 and 2023 do not), and keys outside the years 1000 to 9999.
    public static let keys: [Int] =
        [1900, 2000, 2023, 2024, 2100].flatMap { year in
            (0...13).flatMap { month in (0...32).map { year * 10_000 + month * 100 + $0 } }
        } + [0, 20_241, 2_024_101, 9_991_231, 10_000_101, 99_991_231, 99_991_232, 100_000_101]

    /// A table `keys` with the keys in its column `k`, of the given integer type.
    public static func tableSQL(integerType: String) -> String {
        "CREATE TABLE keys (k \(integerType)); INSERT INTO keys VALUES "
            + keys.map { "(\($0))" }.joined(separator: ", ") + ";"
    }

    /// Runs `PurchaseWindowsQuery.isNoDay` over the table of ``tableSQL(integerType:)`` in
    /// `database`: the keys read, and those the check tells otherwise than the calendar.
    public static func keysTheCheckGetsWrong(in database: any SQLDatabase) throws -> (read: Int, wrong: [Int]) {
        var select = SQLSelect(from: .table("keys", as: "t"))
        let key = SQLExpression.column("t", "k")
        let flag = SQLExpression.caseWhen(
            [SQLCase(PurchaseWindowsQuery.isNoDay(key), .value(.integer(1)))], otherwise: .value(.integer(0)))
        select.columns = [SQLResultColumn(key), SQLResultColumn(flag)]
        let rows = try database.query(select)
        var read = 0
        var wrong: [Int] = []
        while try rows.next() {
            read += 1
            let key = Int(rows.integer(0))
            if (rows.integer(1) == 1) == isDay(key) { wrong.append(key) }
        }
        return (read, wrong)
    }

    /// True when the key names a day of the years 1000 to 9999 that the calendar has.
    public static func isDay(_ key: Int) -> Bool {
        let year = key / 10_000
        guard (1000...9999).contains(year) else { return false }
        let components = DateComponents(year: year, month: key / 100 % 100, day: key % 100)
        return components.isValidDate(in: Calendar(identifier: .gregorian))
    }
}
