import Foundation
import ScorecardEngine
import ScorecardSQLite
import ScorecardStats

/// Writes the benchmark's transactions table: one prepared INSERT in one transaction, journal off.
enum RFMBenchmarkData {
    /// Days since 1970 of 2022-01-01 and of 2025-12-31 (the end of the observation).
    static let firstDay = 18_993, lastDay = 20_453

    /// Generates customers until `transactions` rows are written; returns (rows, customers).
    static func generate(at path: String, transactions: Int) throws -> (Int, Int) {
        let temporary = path + ".partial"
        try? FileManager.default.removeItem(atPath: temporary)
        let database = try SQLiteDatabase(path: temporary, mode: .readWriteCreate)
        try database.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
        try database.execute("CREATE TABLE transactions (customer_id INTEGER, purchased_at TEXT, amount REAL)")
        let insert = try database.prepare("INSERT INTO transactions VALUES (?, datetime(?, 'unixepoch'), ?)")
        let purchases = BGNBDModel(r: 1.2, alpha: 30, a: 0.9, b: 14)  // per day
        let spend = GammaGammaModel(p: 6, q: 4, gamma: 60)
        var rng = SplitMix64(seed: 2026)
        var rows = 0
        var customer = 0
        try database.writeTransaction {
            while rows < transactions {
                customer += 1
                let lambda = RandomVariates.gamma(shape: purchases.r, rate: purchases.alpha, using: &rng)
                let dropout = RandomVariates.beta(purchases.a, purchases.b, using: &rng)
                let nu = RandomVariates.gamma(shape: spend.q, rate: spend.gamma, using: &rng)
                var t = Double(firstDay) + 730 * rng.nextUniform()
                var isRepeat = false
                while t < Double(lastDay + 1), rows < transactions {
                    let lines = rng.nextUniform() < 0.1 ? 2 : 1
                    for _ in 0..<lines where rows < transactions {
                        let second = Int64((t.rounded(.down) + rng.nextUniform()) * 86_400)
                        let amount = (RandomVariates.gamma(shape: spend.p, rate: nu, using: &rng) * 100).rounded() / 100
                        try insert.run([.integer(Int64(customer)), .integer(second), .real(amount)])
                        rows += 1
                    }
                    if isRepeat, rng.nextUniform() < dropout { break }  // BG/NBD: dropout after a repeat purchase
                    isRepeat = true
                    t += RandomVariates.exponential(rate: lambda, using: &rng)
                }
            }
        }
        database.close()
        try FileManager.default.moveItem(atPath: temporary, toPath: path)
        return (rows, customer)
    }
}
