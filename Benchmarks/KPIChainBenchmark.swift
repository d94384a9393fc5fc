import Foundation

/// `scorecard check` and `eval` of 10,000 KPIs each using the previous one against 10,000
/// independent KPIs, on the demo database (target: the chain under 2x the independent KPIs).
///
/// Runs the release `scorecard` binary beside this one under `/usr/bin/time -v`, alternating
/// the two folders, and prints each run and the medians of wall time and peak resident size.
func runKPIChainBenchmark() throws {
    let runs = Int(ProcessInfo.processInfo.environment["RUNS"] ?? "") ?? 5
    let scorecard = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
        "scorecard"
    ).path
    guard FileManager.default.isExecutableFile(atPath: scorecard) else {
        throw BenchmarkFailure(message: "\(scorecard) is missing: run `swift build -c release` first")
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scorecard-chain-bench")
    let database = folder.appendingPathComponent("demo.sqlite").path
    if !FileManager.default.fileExists(atPath: database) {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        _ = try timed([scorecard, "demo-db", "--out", database])
    }
    let shapes = [("chain", "k%d + 1"), ("independent", "revenue + 1")]
    for (name, value) in shapes {
        try chainMetrics(kpis: 10_000, value: value).write(
            to: folder.appendingPathComponent("\(name)/metrics.kpi"), creating: true)
    }
    for command in ["check", "eval"] {
        var results: [String: [(seconds: Double, kilobytes: Int)]] = [:]
        for run in 1...runs {
            for (name, _) in shapes {
                let metrics = folder.appendingPathComponent(name).path
                let arguments =
                    command == "check"
                    ? [scorecard, "check", metrics]
                    : [
                        scorecard, "eval", "--metrics", metrics, "--db", database, "--period", "2026-10", "--format",
                        "csv",
                    ]
                let result = try timed(arguments)
                results[name, default: []].append(result)
                print(
                    "\(command) \(name) run \(run): \(String(format: "%.2f", result.seconds)) s, \(result.kilobytes / 1024) MB"
                )
            }
        }
        let median = { (name: String) in results[name]!.map(\.seconds).sorted()[runs / 2] }
        let memory = { (name: String) in results[name]!.map(\.kilobytes).sorted()[runs / 2] / 1024 }
        print(
            String(
                format: "%@: chain %.2f s (%d MB), independent %.2f s (%d MB), ratio %.2f", command,
                median("chain"), memory("chain"), median("independent"), memory("independent"),
                median("chain") / median("independent")))
    }
}

/// 10,000 KPIs over one measure: `value` with `%d` for the previous KPI's number (k1 is `revenue`).
func chainMetrics(kpis: Int, value: String) -> String {
    var text = """
        scorecard "Chain benchmark" {
          currency "EUR"
        }

        source orders {
          table orders
          key id
          time ordered_at
          customer customer_id
        }

        measure revenue: money = sum(orders.net_amount)

        """
    for index in 1...kpis {
        let expression = index == 1 ? "revenue" : String(format: value, index - 1)
        text +=
            "kpi k\(index) \"KPI \(index)\" {\n  stage customer_revenue\n  focus internal\n  value \(expression)\n}\n\n"
    }
    return text
}

/// Runs a command under `/usr/bin/time -v`; its wall time and peak resident size.
func timed(_ arguments: [String]) throws -> (seconds: Double, kilobytes: Int) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
    process.arguments = ["-v"] + arguments
    let errors = Pipe()
    process.standardOutput = FileHandle.nullDevice
    process.standardError = errors
    try process.run()
    let report = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw BenchmarkFailure(message: "\(arguments[0]) failed: \(report.suffix(500))")
    }
    func field(_ label: String) -> String {
        report.split(separator: "\n").first { $0.contains(label) }.map { String($0.split(separator: ": ").last ?? "") }
            ?? ""
    }
    // "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:02.41"
    let wall = field("Elapsed (wall clock)").split(separator: ":").reduce(0.0) { $0 * 60 + (Double($1) ?? 0) }
    return (wall, Int(field("Maximum resident set size")) ?? 0)
}

/// A benchmark step that failed.
struct BenchmarkFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

extension String {
    /// Writes the text as UTF-8, creating the folder first when asked.
    func write(to url: URL, creating: Bool) throws {
        if creating {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        }
        try Data(utf8).write(to: url)
    }
}
