import Foundation

/// The CPU time of the calling thread, for the progress trace (`SCORECARD_TRACE`): what each read
/// job and the CLV models cost, whichever thread ran them.
enum ThreadClock {
    /// Seconds of CPU time the calling thread has used so far (`CLOCK_THREAD_CPUTIME_ID`).
    static func cpuSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    /// Runs `body`, then reports its CPU time to `progress` (if any) as "`label` in 1.234 s CPU: `detail`".
    static func reporting<T>(
        to progress: Evaluator.Progress?, _ label: String, detail: String, _ body: () throws -> T
    ) rethrows -> T {
        guard let progress else { return try body() }
        let start = cpuSeconds()
        defer { progress("\(label) in \(String(format: "%.3f", cpuSeconds() - start)) s CPU: \(detail)") }
        return try body()
    }
}
