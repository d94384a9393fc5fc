import Foundation
import ScorecardModel
import ScorecardTestSupport
import Testing

@testable import ScorecardEngine

/// Measures that name their source (`from invoice_lines`) evaluate over that source's rows,
/// checked against the same figures computed in Swift from the raw rows.
@Suite struct MeasureSourceEvaluationTests {
    static let metrics =
        MusicShopMetrics.sources + """
            measure jazz_newcomers = new_customers(invoices.customer_id) from invoice_lines where genres.name = 'Jazz'
            measure reps = count_distinct(customers.support_rep_id) from invoices
            measure jazz_lines = count(invoice_lines) where genres.name = 'Jazz'

            """ + fixtureKPI("jazz_newcomers_kpi", value: "jazz_newcomers") + fixtureKPI("reps_kpi", value: "reps")
        + fixtureKPI("jazz_lines_kpi", value: "jazz_lines")

    struct Line {
        let customer: Int64
        let day: String
        let genre: String
    }

    /// Customers with support reps (some none), invoices over 2025, lines of three genres.
    static func fixture() throws -> (EvaluationFixture, lines: [Line], reps: [Int64: Int64]) {
        var random = SeededGenerator(seed: 19)
        var lines: [Line] = []
        var reps: [Int64: Int64] = [:]
        let fixture = try EvaluationFixture(
            schema: """
                CREATE TABLE customers (id INTEGER PRIMARY KEY, support_rep_id INTEGER);
                CREATE TABLE invoices (id INTEGER PRIMARY KEY, customer_id INTEGER, invoice_date TEXT);
                CREATE TABLE invoice_lines (id INTEGER PRIMARY KEY, invoice_id INTEGER, track_id INTEGER);
                CREATE TABLE tracks (id INTEGER PRIMARY KEY, genre_id INTEGER);
                CREATE TABLE genres (id INTEGER PRIMARY KEY, name TEXT);
                INSERT INTO genres VALUES (1, 'Jazz'), (2, 'Rock'), (3, 'Blues');
                INSERT INTO tracks VALUES (1, 1), (2, 1), (3, 2), (4, 3), (5, 2);
                """
        ) { database in
            let customer = try database.prepare("INSERT INTO customers VALUES (?, ?)")
            for id in Int64(1)...60 {
                let rep = Int64.random(in: 0...7, using: &random)
                if rep > 0 { reps[id] = rep }
                try customer.run([.integer(id), rep > 0 ? .integer(rep) : .null])
            }
            let invoice = try database.prepare("INSERT INTO invoices VALUES (?, ?, ?)")
            let line = try database.prepare("INSERT INTO invoice_lines (invoice_id, track_id) VALUES (?, ?)")
            let genreOfTrack: [Int64: String] = [1: "Jazz", 2: "Jazz", 3: "Rock", 4: "Blues", 5: "Rock"]
            for id in Int64(1)...400 {
                let customerID = Int64.random(in: 1...60, using: &random)
                let day = String(
                    format: "2025-%02d-%02d", Int.random(in: 1...12, using: &random),
                    Int.random(in: 1...28, using: &random))
                try invoice.run([.integer(id), .integer(customerID), .text(day)])
                for _ in 0..<Int.random(in: 1...3, using: &random) {
                    let track = Int64.random(in: 1...5, using: &random)
                    try line.run([.integer(id), .integer(track)])
                    lines.append(Line(customer: customerID, day: day, genre: genreOfTrack[track]!))
                }
            }
        }
        return (fixture, lines, reps)
    }

    @Test func explicitSourcesGiveTheRawRowsFigures() throws {
        let (fixture, lines, reps) = try Self.fixture()
        let values = try fixture.evaluate(Self.metrics, period: "2025-10")
        let inPeriod = lines.filter { $0.day.hasPrefix("2025-10") }
        let firstJazz = Dictionary(grouping: lines.filter { $0.genre == "Jazz" }, by: \.customer).mapValues {
            $0.map(\.day).min()!
        }
        let newcomers = Set(inPeriod.map(\.customer)).filter { firstJazz[$0]?.hasPrefix("2025-10") == true }.count
        let repsInPeriod = Set(inPeriod.compactMap { reps[$0.customer] }).count
        let jazzLines = inPeriod.filter { $0.genre == "Jazz" }.count
        #expect(newcomers > 0 && repsInPeriod > 1 && jazzLines > 0)
        #expect(values.kpi("jazz_newcomers_kpi")?.value == Double(newcomers))
        #expect(values.kpi("reps_kpi")?.value == Double(repsInPeriod))
        #expect(values.kpi("jazz_lines_kpi")?.value == Double(jazzLines))
    }
}
