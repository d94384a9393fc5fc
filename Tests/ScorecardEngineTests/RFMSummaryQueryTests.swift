import Foundation
import ScorecardSQL
import ScorecardSQLite
import ScorecardStats
import ScorecardTestSupport
import Testing

@testable import ScorecardEngine

/// The RFM SQL against an independent Swift computation over the same raw rows.
@Suite struct RFMSummaryQueryTests {
    /// One raw transaction: customer, day number (since 1970), second of the day, amount.
    struct Row {
        let customer: String
        let day: Int
        let second: Int
        let amount: Double
    }

    static let calibrationEndDay = 19_450  // 2023-04-03

    /// ~2,000 rows: same-day duplicates, rows after the calibration end, one-time buyers,
    /// customers who start after the end, and awkward customer ids.
    static let rows: [Row] = {
        var rng = SeededGenerator(seed: 99)
        var rows: [Row] = []
        for c in 0..<160 {
            let id = c == 7 ? "O'Brien, \"VIP\"" : "C-\(c)"
            var day = 19_000 + Int.random(in: 0..<500, using: &rng)
            let purchaseDays = Double.random(in: 0..<1, using: &rng) < 0.3 ? 1 : Int.random(in: 2...22, using: &rng)
            for _ in 0..<purchaseDays {
                let lines = Double.random(in: 0..<1, using: &rng) < 0.25 ? Int.random(in: 2...3, using: &rng) : 1
                for _ in 0..<lines {
                    let amount = Double(Int.random(in: 100...25_000, using: &rng)) / 100
                    rows.append(
                        Row(customer: id, day: day, second: Int.random(in: 0..<86_400, using: &rng), amount: amount))
                }
                day += Int.random(in: 1...45, using: &rng)
            }
        }
        return rows.shuffled(using: &rng)
    }()

    /// Writes the rows into `"order lines"` with ISO text (three spellings) and unix-second columns.
    static func database(_ folder: TemporaryFolder) throws -> SQLiteDatabase {
        let db = try SQLiteDatabase(path: folder.path("rfm.sqlite"), mode: .readWriteCreate)
        // unix_ts has no type, so every third value is stored as text (lexically, '999999999' > '1000000000').
        try db.execute(
            #"CREATE TABLE "order lines" ("Customer ID" TEXT, "purchased at" TEXT, unix_ts, "amount €" REAL)"#)
        let insert = try db.prepare(#"INSERT INTO "order lines" VALUES (?, ?, ?, ?)"#)
        try db.writeTransaction {
            for (i, row) in rows.enumerated() {
                let date = RFMSummaryQuery.isoDate(row.day)
                let time = String(format: "%02d:%02d:%02d", row.second / 3600, row.second / 60 % 60, row.second % 60)
                let text = [date, "\(date) \(time)", "\(date)T\(time)Z"][i % 3]
                let seconds = Int64(row.day * 86_400 + row.second)
                let unix: SQLiteValue = i % 3 == 1 ? .text(String(seconds)) : .integer(seconds)
                try insert.run([.text(row.customer), .text(text), unix, .real(row.amount)])
            }
        }
        return db
    }

    /// The same summaries computed in Swift.
    static func expected(unit: RFMTimeUnit) -> [String: CustomerSummary] {
        var byCustomer: [String: [Int: Double]] = [:]
        for row in rows where row.day <= calibrationEndDay {
            byCustomer[row.customer, default: [:]][row.day, default: 0] += row.amount
        }
        return byCustomer.mapValues { days in
            let sorted = days.keys.sorted()
            let x = Double(sorted.count - 1)
            let repeatTotal = sorted.dropFirst().reduce(0.0) { $0 + days[$1]! }
            return CustomerSummary(
                x: x, tx: Double(sorted.last! - sorted.first!) / unit.days,
                T: Double(calibrationEndDay - sorted.first!) / unit.days,
                meanSpend: x > 0 ? repeatTotal / x : nil)
        }
    }

    @Test(arguments: [(RFMTimeUnit.day, RFMTimestampFormat.iso), (.week, .iso), (.month, .iso), (.week, .unixSeconds)])
    func matchesAnIndependentComputation(unit: RFMTimeUnit, format: RFMTimestampFormat) throws {
        let folder = try TemporaryFolder()
        let db = try Self.database(folder)
        let query = try RFMSummaryQuery(
            table: "order lines", customer: "Customer ID", timestamp: format == .iso ? "purchased at" : "unix_ts",
            amount: "amount €", calibrationEnd: RFMSummaryQuery.isoDate(Self.calibrationEndDay), unit: unit,
            timestampFormat: format)
        let actual = try db.readTransaction { try query.customers(in: db) }
        let expected = Self.expected(unit: unit)
        #expect(Self.rows.count > 1_800)
        #expect(
            expected.values.contains { $0.x == 0 } && expected.count < 160,
            "fixture has one-time buyers and late starters")
        #expect(actual.count == expected.count)
        #expect(Set(actual.map(\.id)) == Set(expected.keys))
        for customer in actual {
            let want = try #require(expected[customer.id])
            let got = customer.summary
            #expect(got.x == want.x, "\(customer.id)")
            #expect(abs(got.tx - want.tx) < 1e-9, "\(customer.id)")
            #expect(abs(got.T - want.T) < 1e-9, "\(customer.id)")
            #expect((got.meanSpend == nil) == (want.meanSpend == nil), "\(customer.id)")
            if let g = got.meanSpend, let w = want.meanSpend {
                #expect(abs(g - w) < 1e-9 * max(1, w), "\(customer.id)")
            }
        }
    }

    @Test func missingColumnNamesTheTableAndSuggests() throws {
        let folder = try TemporaryFolder()
        let db = try Self.database(folder)
        let query = try RFMSummaryQuery(
            table: "Order Lines", customer: "Customer ID", timestamp: "purchased_at",
            amount: "amount €", calibrationEnd: "2023-04-03")
        #expect(
            throws: CLVInputError.missingColumn(
                column: "purchased_at", table: "order lines", suggestion: "purchased at",
                columns: ["Customer ID", "purchased at", "unix_ts", "amount €"])
        ) {
            try query.customers(in: db)
        }
        let noTable = try RFMSummaryQuery(
            table: "order_line", customer: "c", timestamp: "t", amount: "a", calibrationEnd: "2023-04-03")
        #expect(throws: CLVInputError.missingTable(table: "order_line", suggestion: "order lines")) {
            try noTable.customers(in: db)
        }
    }

    @Test func aTableNamedLikeTheQuerysCommonTablesIsNotShadowed() throws {
        let db = try SQLiteDatabase(path: ":memory:", mode: .readWriteCreate)
        try db.execute(
            """
            CREATE TABLE customers (c TEXT, ts TEXT, a REAL);
            INSERT INTO customers VALUES ('x', '2023-01-02', 5), ('x', '2023-01-02 10:00', 1), ('x', '2023-01-16', 7), ('y', '2023-01-09', 2)
            """)
        let query = try RFMSummaryQuery(
            table: "customers", customer: "c", timestamp: "ts", amount: "a",
            calibrationEnd: "2023-01-30", unit: .week)
        let rows = try query.customers(in: db).sorted { $0.id < $1.id }
        #expect(rows.map(\.id) == ["x", "y"])
        #expect(
            rows.map(\.summary) == [
                CustomerSummary(x: 1, tx: 2, T: 4, meanSpend: 7), CustomerSummary(x: 0, tx: 0, T: 3),
            ])
    }

    @Test func malformedDatesAreRejected() throws {
        for text in ["2023-02-29", "2023-4-03", "2023-13-01", "yesterday", "2024-02-30"] {
            #expect(throws: CLVInputError.invalidCalibrationEnd(text)) {
                try RFMSummaryQuery(table: "t", customer: "c", timestamp: "t", amount: "a", calibrationEnd: text)
            }
        }
        #expect(RFMSummaryQuery.dayNumber("2024-02-29") == 19_782)
        let db = try SQLiteDatabase(path: ":memory:", mode: .readWriteCreate)
        try db.execute("CREATE TABLE t (c TEXT, ts TEXT, a REAL); INSERT INTO t VALUES ('x', '03/01/2023', 5)")
        let query = try RFMSummaryQuery(
            table: "t", customer: "c", timestamp: "ts", amount: "a", calibrationEnd: "2023-04-03")
        #expect(throws: CLVInputError.invalidTimestamp(customer: "x", value: "03/01/2023", column: "ts")) {
            try query.customers(in: db)
        }
    }
}

/// The rendered statement quotes identifiers and binds every value.
@Suite struct RFMSummaryQueryRenderingTests {
    @Test func valuesAreBoundAndIdentifiersQuoted() throws {
        let query = try RFMSummaryQuery(
            table: #"odd "table""#, customer: "who", timestamp: "when", amount: "how much",
            calibrationEnd: "2025-12-31", unit: .month)
        let rendered = SQLiteDialect().render(query.select())
        #expect(rendered.text.contains(#"FROM "odd ""table""" AS "t""#))
        #expect(rendered.text.contains(#""t"."how much""#))
        // The purchases are read once, without a join back (a misjudged join became a nested loop).
        #expect(!rendered.text.contains("JOIN") && rendered.text.contains("OVER (PARTITION BY \"t\".\"who\")"))
        #expect(
            !rendered.text.contains("2025") && !rendered.text.contains("2026") && !rendered.text.contains("30.4375"))
        #expect(rendered.bindings.contains(.text("2026-01-01")) && rendered.bindings.contains(.real(30.4375)))
        #expect(!PostgreSQLDialect().render(query.select()).text.contains("JOIN"))
    }
}
