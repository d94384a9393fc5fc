import Foundation
import ScorecardEngine
import ScorecardSQLite
import ScorecardStats

/// Times the RFM summary query on 10,000,000 transactions, then the BG/NBD + Gamma-Gamma fit on its output.
///
/// The database (`SCORECARD_RFM_DB`, default /tmp/scorecard-rfm-10m.sqlite) is generated when
/// missing: customers simulated from BG/NBD (days) and Gamma-Gamma, first purchases spread over
/// 2022-2023, ~10% of purchase days with a second transaction, observed to 2025-12-31, in
/// `transactions(customer_id INTEGER, purchased_at TEXT, amount REAL)` without indexes.
/// The calibration period ends on 2024-12-31.
func runRFMBenchmark() throws {
    let path = ProcessInfo.processInfo.environment["SCORECARD_RFM_DB"] ?? "/tmp/scorecard-rfm-10m.sqlite"
    if !FileManager.default.fileExists(atPath: path) {
        let clock = ContinuousClock()
        var rows = 0
        var customers = 0
        let time = try clock.measure {
            (rows, customers) = try RFMBenchmarkData.generate(at: path, transactions: 10_000_000)
        }
        print("generated \(path): \(rows) transactions, \(customers) customers in \(seconds(time)) s")
    }
    let database = try SQLiteDatabase(path: path, mode: .readOnly)
    let query = try RFMSummaryQuery(
        table: "transactions", customer: "customer_id", timestamp: "purchased_at",
        amount: "amount", calibrationEnd: "2024-12-31", unit: .week)
    let clock = ContinuousClock()
    for run in 1...3 {
        var summaries: [CustomerSummary] = []
        summaries.reserveCapacity(600_000)
        let cpuBefore = processCPUSeconds()
        let queryTime = try clock.measure {
            try database.readTransaction {
                _ = try query.forEachCustomer(in: database) { summaries.append($0.summary) }
            }
        }
        let queryCPU = processCPUSeconds() - cpuBefore
        var patterns: [CustomerSummary] = []
        var bgnbd: FitResult<BGNBDModel>?
        var gammaGamma: FitResult<GammaGammaModel>?
        let fitTime = try clock.measure {
            patterns = CustomerSummary.grouped(summaries)
            bgnbd = try BGNBDModel.fit(patterns)
            gammaGamma = try GammaGammaModel.fit(summaries)
        }
        print(
            "run \(run): RFM query \(seconds(queryTime)) s wall, \(String((queryCPU * 100).rounded() / 100)) s CPU (\(summaries.count) customers); "
                + "group + BG/NBD + Gamma-Gamma fit \(seconds(fitTime)) s (\(patterns.count) patterns, "
                + "\(Int(gammaGamma!.customers)) repeat buyers)")
        let b = bgnbd!.model
        let g = gammaGamma!.model
        if run == 1 {
            print(
                "  BG/NBD (weeks) r=\(b.r) alpha=\(b.alpha) a=\(b.a) b=\(b.b); Gamma-Gamma p=\(g.p) q=\(g.q) gamma=\(g.gamma)"
            )
        }
    }
}

private func seconds(_ d: Duration) -> String {
    let c = d.components
    let value = Double(c.seconds) + Double(c.attoseconds) * 1e-18
    return String((value * 100).rounded() / 100)
}

/// User + system CPU time of this process, which other processes on a shared machine do not inflate much.
private func processCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) * 1e-6
    let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) * 1e-6
    return user + system
}
