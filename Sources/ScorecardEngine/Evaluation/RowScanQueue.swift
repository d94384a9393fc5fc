import Foundation
import ScorecardSQL

/// Runs a plan's row scans on two connections at once, when SQLite's locking guarantees that both
/// read the same snapshot.
///
/// The evaluation's read transaction holds a SHARED lock from its start. In rollback-journal
/// mode no writer can commit while it is held, so a second read-only connection that starts its
/// own read transaction meanwhile sees exactly the same data: a worker thread with that
/// connection takes scans from the queue while this thread does other work (`alongside`), then
/// helps with what is left. Each scan's rows are turned into measure values (`collect`) on the
/// thread that read them. A WAL database gives no such guarantee (a writer may commit between
/// the two starts), so there, on one core, or when the second connection cannot start at once,
/// every scan runs on the evaluation's own connection.
enum RowScanQueue {
    /// What `collect` makes of each query's rows, in the queries' order; `alongside` runs on this thread meanwhile.
    static func run<Collected>(_ queries: [SourceRowsQuery], runner: QueryRunner,
                               collect: @escaping @Sendable (SourceRowsQuery, SourceRows) -> Collected,
                               alongside: () throws -> Void) throws -> [Collected] {
        let jobs = Jobs<Collected>(count: queries.count)
        let workerDone = DispatchSemaphore(value: 0)
        let parallel = try canShareSnapshot(runner.database) && !queries.isEmpty
        if parallel {
            let path = runner.database.path
            Thread.detachNewThread {
                defer { workerDone.signal() }
                runWorker(path: path, queries: queries, collect: collect, jobs: jobs)
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
            jobs.cancel()
            throw error
        }
        while let index = jobs.next() { jobs.store(Result { collect(queries[index], try runner.run(queries[index])) }, at: index) }
        waitForWorker()
        return try jobs.finished().map { try $0.get() }
    }

    /// True when a second connection would see the same snapshot: rollback-journal mode, two cores.
    private static func canShareSnapshot(_ database: SQLiteDatabase) throws -> Bool {
        guard ProcessInfo.processInfo.activeProcessorCount > 1 else { return false }
        let statement = try database.prepare("PRAGMA journal_mode")
        guard try statement.step(), let mode = statement.string(at: 0) else { return false }
        return mode.lowercased() != "wal"
    }

    /// The worker: its own connection and read transaction, then scans until the queue is empty.
    /// If the connection cannot start reading at once (a writer is waiting), it takes no scans.
    private static func runWorker<Collected>(path: String, queries: [SourceRowsQuery],
                                             collect: (SourceRowsQuery, SourceRows) -> Collected, jobs: Jobs<Collected>) {
        guard let database = try? SQLiteDatabase(path: path, mode: .readOnly, busyTimeout: .milliseconds(100)) else { return }
        defer { database.close() }
        try? database.mapIntoMemory(upTo: Evaluator.memoryMapBytes)
        _ = try? database.readTransaction {
            let runner = QueryRunner(database: database)
            while let index = jobs.next() { jobs.store(Result { collect(queries[index], try runner.run(queries[index])) }, at: index) }
        }
    }

    /// The queue of scan indices and their results, shared by the two threads.
    private final class Jobs<Collected>: @unchecked Sendable {
        private let lock = NSLock()
        private var nextIndex = 0
        private let count: Int
        private var results: [Result<Collected, any Error>?]

        init(count: Int) {
            self.count = count
            results = Array(repeating: nil, count: count)
        }

        /// The next scan to run, or nil when none is left.
        func next() -> Int? {
            lock.withLock {
                guard nextIndex < count else { return nil }
                nextIndex += 1
                return nextIndex - 1
            }
        }

        func store(_ result: Result<Collected, any Error>, at index: Int) { lock.withLock { results[index] = result } }

        /// Hands out no more scans.
        func cancel() { lock.withLock { nextIndex = count } }

        /// Every result, once all scans have run.
        func finished() -> [Result<Collected, any Error>] { lock.withLock { results.map { $0! } } }
    }
}
