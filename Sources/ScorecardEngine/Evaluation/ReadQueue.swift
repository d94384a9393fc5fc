import Foundation
import ScorecardSQL

/// Runs reading jobs (row scans, breakdown queries) on two connections at once, when the backend
/// can open a second connection that reads the same snapshot (``SQLDatabase/openSnapshotReader()``).
///
/// A worker thread with that connection takes jobs from the queue, in order, while this thread
/// does other work (`alongside`), then helps with what is left. When the backend cannot promise
/// the same snapshot, on one core, or when the second connection cannot start at once, every job
/// runs on the evaluation's own connection.
enum ReadQueue {
    /// One piece of reading work; it runs on whichever connection is free.
    struct Job<Output>: Sendable {
        /// What the job reads, for the progress trace.
        let title: String
        /// The statement the job runs, for `explain`; nil for jobs that run several.
        var sql: SQLSelect? = nil
        let run: @Sendable (QueryRunner) throws -> Output
    }

    /// The jobs' outputs, in their order; `alongside` runs on this thread meanwhile. Each job's
    /// title goes to `progress` as it starts and with its CPU time when it ends, marked with the
    /// thread that runs it. The worker starts when there are two `cores` (the machine's; tests
    /// may say) and the snapshot can be shared.
    static func run<Output>(
        _ jobs: [Job<Output>], runner: QueryRunner, progress: Evaluator.Progress?,
        cores: Int = ProcessInfo.processInfo.activeProcessorCount,
        alongside: () throws -> Void
    ) throws -> [Output] {
        let queue = Queue<Output>(jobs, progress: progress)
        let workerDone = DispatchSemaphore(value: 0)
        // A reader the backend cannot open in the same snapshot leaves every job to this thread.
        let reader = cores > 1 && !jobs.isEmpty ? (try? runner.database.openSnapshotReader()) ?? nil : nil
        let parallel = reader != nil
        if let reader {
            let handOver = Reader(database: reader)
            Thread.detachNewThread {
                defer { workerDone.signal() }
                runWorker(handOver, queue: queue)
            }
        }
        // The worker is always waited for, also when this thread fails.
        var workerRunning = parallel
        func waitForWorker() {
            if workerRunning { workerDone.wait() }
            workerRunning = false
        }
        defer { waitForWorker() }
        do {
            try alongside()
        } catch {
            queue.cancel()
            throw error
        }
        queue.drain(with: runner, thread: "main")
        waitForWorker()
        return try queue.finished().map { try $0.get() }
    }

    /// The worker: jobs until the queue is empty, in the reader's own snapshot (the same data as
    /// the evaluation's). If that snapshot cannot start at once (a writer is waiting), it takes no jobs.
    private static func runWorker<Output>(_ reader: Reader, queue: Queue<Output>) {
        let database = reader.database
        defer { database.close() }
        _ = try? database.readSnapshot { queue.drain(with: QueryRunner(database: database), thread: "worker") }
    }

    /// The second connection, handed to the worker thread, which alone uses it from then on.
    private struct Reader: @unchecked Sendable {
        let database: any SQLDatabase
    }

    /// The jobs and their results, shared by the two threads.
    private final class Queue<Output>: @unchecked Sendable {
        private let lock = NSLock()
        private let jobs: [Job<Output>]
        private let progress: Evaluator.Progress?
        private var nextIndex = 0
        private var results: [Result<Output, any Error>?]

        init(_ jobs: [Job<Output>], progress: Evaluator.Progress?) {
            self.jobs = jobs
            self.progress = progress
            results = Array(repeating: nil, count: jobs.count)
        }

        /// Runs jobs on a connection until none is left.
        func drain(with runner: QueryRunner, thread: String) {
            while let index = next() {
                progress?("\(thread): \(jobs[index].title)")
                let result = ThreadClock.reporting(to: progress, "\(thread): done", detail: jobs[index].title) {
                    Result { try jobs[index].run(runner) }
                }
                lock.withLock { results[index] = result }
            }
        }

        /// Hands out no more jobs.
        func cancel() { lock.withLock { nextIndex = jobs.count } }

        /// Every result, once all jobs have run (a job that never ran would be a `CancellationError`).
        func finished() -> [Result<Output, any Error>] {
            lock.withLock { results.map { $0 ?? .failure(CancellationError()) } }
        }

        private func next() -> Int? {
            lock.withLock {
                guard nextIndex < jobs.count else { return nil }
                nextIndex += 1
                return nextIndex - 1
            }
        }
    }
}
