import Foundation

/// One demo database for the locale, workbook, commentary and PNG suites: 2,000 customers with
/// data to 2026-06, enough for every source to cover June 2026 (smaller bases leave sparse
/// sources short of the period, and `run` stops with "data incomplete").
enum FinanceDemoDatabase {
    static let path: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "scorecard-finance-\(UUID().uuidString).sqlite"
        ).path
        let result = try? BinaryRunner.run([
            "demo-db", "--out", path, "--customers", "2000", "--months", "26", "--end", "2026-06",
        ])
        precondition(result?.exitCode == 0, "demo-db failed: \(result?.stderr ?? "")")
        return path
    }()
}
