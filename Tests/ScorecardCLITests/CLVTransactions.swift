import Foundation
import ScorecardEngine
import ScorecardSQLite
import ScorecardStats

/// Simulated transactions from known BG/NBD and Gamma-Gamma parameters, written to SQLite.
///
/// Each customer's first purchase falls in the first quarter of 2025; purchases follow the
/// BG/NBD process (rates per week) until dropout or 90 days past the calibration end
/// (2025-12-31), so later rows must be ignored. A quarter of purchases are split into two
/// lines on the same day. Amounts are Gamma(p, ν) with ν ~ Gamma(q, γ) per customer.
enum CLVTransactions {
    static let purchases = BGNBDModel(r: 0.9, alpha: 4, a: 0.8, b: 2.5)
    static let spend = GammaGammaModel(p: 6, q: 4, gamma: 20)
    static let calibrationEnd = "2025-12-31"
    /// Days since 1970 of 2025-01-01 and 2025-12-31.
    static let startDay = 20_089, endDay = 20_453

    /// The path of a database of `customers` customers, generated once per seed and reused by later
    /// runs (the content is deterministic), so test runs do not leave a new file behind each time.
    static func cachedDatabase(customers: Int, seed: UInt64) throws -> String {
        let name = "scorecard-clv-tests-v1-\(customers)-\(seed).sqlite"
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(name).path
        if FileManager.default.fileExists(atPath: path) { return path }
        let partial = path + ".\(UUID().uuidString).partial"
        try write(customers: customers, to: partial, seed: seed)
        _ = rename(partial, path)  // atomic; a concurrent run may have won, which is fine
        try? FileManager.default.removeItem(atPath: partial)
        return path
    }

    /// Writes `customers` customers into `sales(client, sold_at, total)`; returns the row count.
    @discardableResult
    static func write(customers: Int, to path: String, seed: UInt64 = 11) throws -> Int {
        let db = try SQLiteDatabase(path: path, mode: .readWriteCreate)
        try db.execute("PRAGMA journal_mode = OFF; CREATE TABLE sales (client TEXT, sold_at TEXT, total REAL)")
        let insert = try db.prepare("INSERT INTO sales VALUES (?, datetime(?, 'unixepoch'), ?)")
        var rng = SplitMix64(seed: seed)
        var rows = 0
        try db.writeTransaction {
            for c in 0..<customers {
                let id = "cust-\(c)"
                // Purchases per day.
                let lambda = RandomVariates.gamma(shape: purchases.r, rate: purchases.alpha, using: &rng) / 7
                let dropout = RandomVariates.beta(purchases.a, purchases.b, using: &rng)
                let nu = RandomVariates.gamma(shape: spend.q, rate: spend.gamma, using: &rng)
                var t = Double(startDay) + 90 * rng.nextUniform()
                var first = true
                while t < Double(endDay + 90) {
                    let amount = RandomVariates.gamma(shape: spend.p, rate: nu, using: &rng)
                    let parts = rng.nextUniform() < 0.25 ? [amount * 0.4, amount * 0.6] : [amount]
                    for part in parts {
                        let second = (t.rounded(.down) + rng.nextUniform()) * 86_400
                        try insert.run([.text(id), .integer(Int64(second)), .real(part)])
                        rows += 1
                    }
                    if !first, rng.nextUniform() < dropout { break }
                    first = false
                    t += RandomVariates.exponential(rate: lambda, using: &rng)
                }
            }
        }
        return rows
    }
}
