import Foundation

/// Benchmarks recorded in docs/performance.md. Run: `swift run -c release scorecard-bench [NAME ...]`.
let benchmarks: [(name: String, run: () throws -> Void)] = [
    ("language", runLanguageBenchmark),
    ("clv", runCLVBenchmark),
    ("rfm", runRFMBenchmark),
    ("render", runRenderBenchmark),
    ("kpi-chain", runKPIChainBenchmark),
]

let selected = Array(CommandLine.arguments.dropFirst())
for benchmark in benchmarks where selected.isEmpty || selected.contains(benchmark.name) {
    print("== \(benchmark.name)")
    try benchmark.run()
}
