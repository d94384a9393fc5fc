import Foundation
import ScorecardDemo
import ScorecardEngine
import ScorecardSQLite
import Testing

@Suite struct DemoDeterminismTests {
    static let tables = [
        "regions", "campaigns", "campaign_spend", "customers", "categories", "products", "orders",
        "order_lines", "support_tickets", "survey_responses", "loyalty_snapshots", "budget",
    ]

    static func hashes(_ options: DemoDatabaseOptions, name: String) throws -> [String: UInt64] {
        let db = try SQLiteDatabase(path: DemoFixture.generate(options, name: name), mode: .readOnly)
        var hashes: [String: UInt64] = [:]
        for table in tables { hashes[table] = try db.contentHash(of: table) }
        return hashes
    }

    @Test func sameOptionsGiveIdenticalContentAndAnotherSeedDiffers() throws {
        let options = DemoDatabaseOptions(customers: 500, months: 13, seed: 42, end: DemoMonth(year: 2025, month: 6))
        let first = try Self.hashes(options, name: "first")
        let second = try Self.hashes(options, name: "second")
        #expect(first == second)
        var other = options
        other.seed = 43
        let third = try Self.hashes(other, name: "third")
        for table in ["customers", "orders", "order_lines", "support_tickets", "survey_responses", "campaign_spend"] {
            #expect(first[table] != third[table], "\(table)")
        }
        #expect(first["regions"] == third["regions"])
    }

    @Test func generationWritesAtomicallyAndKeepsTheOldFileOnFailure() throws {
        let folder = try DemoFixture.folder()
        let path = folder.appendingPathComponent("crm.db").path
        let old = Data("previous contents".utf8)
        try old.write(to: URL(fileURLWithPath: path))
        var bad = DemoFixture.options
        bad.customers = 0
        #expect(throws: DemoDatabaseError.self) { try DemoDatabaseGenerator(options: bad).write(to: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == old)

        var small = DemoFixture.options
        small.customers = 20
        small.months = 2
        let summary = try DemoDatabaseGenerator(options: small).write(to: path)
        #expect(summary.rows("customers") == 20)
        #expect(summary.description.hasPrefix("wrote \(path) (2025-11 to 2025-12): 20 customers"))
        let db = try SQLiteDatabase(path: path, mode: .readOnly)
        #expect(try db.scalar("SELECT count(*) FROM customers") == 20)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["crm.db"])
    }

    @Test func missingOutputFolderIsAClearError() throws {
        let path = try DemoFixture.folder().appendingPathComponent("no/such/folder/crm.db").path
        #expect {
            try DemoDatabaseGenerator(options: DemoFixture.options).write(to: path)
        } throws: { error in
            "\(error)".contains("cannot write the demo database \(path)") && "\(error)".contains("does not exist")
        }
    }

    @Test func oneCustomerAndOneMonthStillWork() throws {
        let options = DemoDatabaseOptions(customers: 1, months: 1, seed: 3, end: DemoMonth(year: 2024, month: 2))
        let db = try SQLiteDatabase(path: DemoFixture.generate(options, name: "tiny"), mode: .readOnly)
        #expect(try db.scalar("SELECT count(*) FROM customers") == 1)
        #expect(try db.scalar("SELECT count(*) FROM budget") == 13 * 4)
        #expect(try db.text("SELECT max(ordered_at) FROM orders").map { $0 <= "2024-02-29 23:59:59" } ?? true)
    }
}
