import ScorecardModel
import Testing

@testable import ScorecardSQL

/// The semantic nodes whose spelling differs between databases, run on a real SQLite database and
/// compared with the same figures computed in Swift.
@Suite struct SQLNodeExecutionTests {
    let shop: MusicShopDatabase

    init() throws { shop = try MusicShopDatabase() }

    /// The first column of the only row of `SELECT expression FROM "genres" WHERE "id" = 1`.
    func value(_ expression: SQLExpression) throws -> SQLValue {
        var select = SQLSelect(from: .table("genres", as: nil))
        select.columns = [SQLResultColumn(expression)]
        select.filter = .binary(.equal, .column(table: nil, name: "id"), .value(.integer(1)))
        let rows = try shop.database.query(select)
        #expect(try rows.next())
        return rows.value(0)
    }

    static let days: [(year: Int, month: Int, day: Int)] = [
        (1970, 1, 1), (1969, 12, 31), (1900, 3, 1), (2000, 2, 29), (2024, 2, 29), (2025, 12, 31), (2026, 3, 1),
    ]

    @Test(arguments: days) func dayNumbersOfISOTextAreDaysSince1970(_ date: (year: Int, month: Int, day: Int)) throws {
        let expected = Int64(CivilDays.days(year: date.year, month: date.month, day: date.day))
        let text = EpochDay.isoDate(Int(expected))
        for stored in [text, text + " 23:59:59", text + "T00:00:01"] {
            #expect(try value(.dayNumber(.value(.text(stored)), format: .iso)) == .integer(expected), "\(stored)")
        }
        let julian = Double(expected) + 2_440_587.5
        for stored in [julian, julian + 0.999] {
            #expect(try value(.dayNumber(.value(.real(stored)), format: .julian)) == .integer(expected), "\(stored)")
        }
    }

    @Test func dayNumbersOfUnixSecondsAreWholeDays() throws {
        for seconds: Int64 in [0, 86_399, 86_400, 1_772_323_199, 1_772_323_200] {
            #expect(try value(.dayNumber(.value(.integer(seconds)), format: .unix)) == .integer(seconds / 86_400))
            #expect(try value(.dayNumber(.value(.text(String(seconds))), format: .unix)) == .integer(seconds / 86_400))
        }
    }

    @Test func aSumOrZeroIsZeroOverNoRowsAndAlwaysReal() throws {
        var select = SQLSelect(from: .table("genres", as: nil))
        select.columns = [
            SQLResultColumn(.function(.sumOrZero, [.column(table: nil, name: "id")])),
            SQLResultColumn(.function(.sum, [.column(table: nil, name: "id")])),
        ]
        select.filter = .binary(.greater, .column(table: nil, name: "id"), .value(.integer(100)))
        let empty = try shop.database.query(select)
        #expect(try empty.next())
        #expect(empty.value(0) == .real(0) && empty.value(1) == .null)
        #expect(try value(.function(.sumOrZero, [.value(.integer(3))])) == .real(3))
    }

    @Test func roundingTakesHalvesAwayFromZero() throws {
        for (input, expected) in [(2.5, 3.0), (-2.5, -3.0), (0.49, 0.0), (12.5, 13.0)] {
            #expect(try value(.function(.round, [.value(.real(input))])) == .real(expected), "\(input)")
        }
    }
}
