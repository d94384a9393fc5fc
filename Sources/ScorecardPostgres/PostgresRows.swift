import CPostgres
import Foundation
import ScorecardSQL

/// The rows of a running PostgreSQL statement, read a batch at a time so a result never has to
/// fit in memory: one row at a time (libpq's single-row mode), or from a server-side cursor
/// (`FETCH FORWARD n`) inside a transaction when the database is set to read through cursors.
final class PostgresRows: SQLRows {
    /// Where the batches come from.
    enum Source {
        /// A cursor declared in transaction `transaction`, fetched `batchSize` rows at a time.
        case cursor(name: String, batchSize: Int, transaction: Int)
        /// A statement sent in single-row mode: every result holds one row. Whether it runs inside
        /// a transaction block is noted when it is sent (libpq reports only "active" meanwhile).
        case singleRow(insideTransaction: Bool)
    }

    private let connection: PostgresConnection
    private let source: Source
    /// The statement as the user's SQL, for errors.
    private let sql: String
    private var batch: PostgresResult?
    private var row: Int32 = -1
    private var readings: [PostgresType.Reading] = []
    private var finished = false
    private var abandoned = false

    init(connection: PostgresConnection, source: Source, sql: String) {
        self.connection = connection
        self.source = source
        self.sql = sql
        if case .singleRow = source { connection.streamingRows = self }
    }

    deinit { if !finished { stop() } }

    func next() throws -> Bool {
        if abandoned {
            throw DatabaseError(
                .query, message: "another statement ran before these rows were read to the end",
                database: connection.url.displayName, sql: sql)
        }
        if finished { return false }
        row += 1
        if let batch, row < batch.rowCount { return true }
        do {
            guard let next = try nextBatch() else {
                stop()
                return false
            }
            batch = next
            if readings.isEmpty { readings = (0..<next.columnCount).map { PostgresType.Reading(next.type($0)) } }
            row = 0
            return true
        } catch {
            stop()
            throw error
        }
    }

    /// Gives up the rows because another statement must run: later calls to ``next()`` throw.
    func abandon() {
        stop()
        abandoned = true
    }

    // MARK: Batches

    private func nextBatch() throws -> PostgresResult? {
        switch source {
        case .cursor(let name, let batchSize, let transaction):
            if let batch, batch.rowCount < batchSize { return nil }
            guard connection.transactionNumber == transaction, connection.isInTransaction else {
                throw DatabaseError(
                    .query, message: "the read snapshot ended before these rows were read to the end",
                    database: connection.url.displayName, sql: sql)
            }
            let fetched = try connection.execute("FETCH FORWARD \(batchSize) FROM \(name)", reportedSQL: sql)
            return fetched.rowCount > 0 ? fetched : nil
        case .singleRow:
            guard let result = try connection.nextResult(sql: sql) else { return nil }
            if result.status == PGRES_SINGLE_TUPLE { return result }
            while try connection.nextResult(sql: sql) != nil {}
            return nil
        }
    }

    /// Ends the statement: closes the cursor while its transaction is open, or drains (and, outside
    /// a transaction, cancels) what remains of a single-row statement. (Not through the
    /// connection's weak reference, which is already nil when this runs from `deinit`.)
    private func stop() {
        let wasReading = !finished
        finished = true
        batch = nil
        guard wasReading else { return }
        switch source {
        case .cursor(let name, _, let transaction):
            guard connection.transactionNumber == transaction, connection.isInTransaction else { return }
            _ = try? connection.execute("CLOSE \(name)")
        case .singleRow(let insideTransaction):
            if connection.streamingRows === self { connection.streamingRows = nil }
            // Cancelling would abort the transaction, and with it the snapshot.
            connection.drain(cancelling: !insideTransaction)
        }
    }

    // MARK: Columns

    /// The current row's text for a column; nil when NULL.
    private func raw(_ column: Int) -> UnsafeMutablePointer<CChar>? {
        guard let handle = batch?.handle, PQgetisnull(handle, row, Int32(column)) == 0 else { return nil }
        return PQgetvalue(handle, row, Int32(column))
    }

    func isNull(_ column: Int) -> Bool { raw(column) == nil }

    func integer(_ column: Int) -> Int64 {
        guard let text = raw(column) else { return 0 }
        switch readings[column] {
        case .boolean: return text.pointee == CChar(UInt8(ascii: "t")) ? 1 : 0
        case .real: return Self.clamped(Self.double(text))
        case .bytes: return 0
        case .integer, .decimal, .text, .zonedTimestamp: return Int64(strtoll(text, nil, 10))
        }
    }

    func real(_ column: Int) -> Double {
        guard let text = raw(column) else { return 0 }
        switch readings[column] {
        case .boolean: return text.pointee == CChar(UInt8(ascii: "t")) ? 1 : 0
        case .bytes: return 0
        case .integer: return Double(strtoll(text, nil, 10))
        case .real, .decimal, .text, .zonedTimestamp: return Self.double(text)
        }
    }

    func text(_ column: Int) -> String? {
        guard let text = raw(column) else { return nil }
        switch readings[column] {
        case .boolean: return text.pointee == CChar(UInt8(ascii: "t")) ? "1" : "0"
        case .bytes: return String(decoding: bytes(text), as: UTF8.self)
        case .zonedTimestamp: return PostgresTimestamp.droppingOffset(text)
        case .integer, .real, .decimal, .text: return String(cString: text)
        }
    }

    func value(_ column: Int) -> SQLValue {
        guard let text = raw(column) else { return .null }
        switch readings[column] {
        case .integer, .boolean: return .integer(integer(column))
        case .real, .decimal: return .real(Self.double(text))
        case .bytes: return .blob(bytes(text))
        case .zonedTimestamp, .text: return self.text(column).map(SQLValue.text) ?? .null
        }
    }

    private func bytes(_ text: UnsafeMutablePointer<CChar>) -> [UInt8] {
        var length = 0
        guard let decoded = text.withMemoryRebound(to: UInt8.self, capacity: 1, { PQunescapeBytea($0, &length) })
        else { return [] }
        defer { PQfreemem(decoded) }
        return Array(UnsafeBufferPointer(start: decoded, count: length))
    }

    /// A number as PostgreSQL writes it (`1.5`, `1e+20`, `NaN`, `Infinity`), whatever the process's locale.
    private static func double(_ text: UnsafeMutablePointer<CChar>) -> Double {
        scorecard_pq_strtod(text, numberLocale)
    }

    /// The "C" numeric locale, made once and only read after (so shared between threads safely).
    nonisolated(unsafe) private static let numberLocale = newlocale(Int32(1) << LC_NUMERIC, "C", nil)

    private static func clamped(_ value: Double) -> Int64 {
        if value.isNaN { return 0 }
        if value >= 9.223372036854775807e18 { return .max }
        if value <= -9.223372036854775808e18 { return .min }
        return Int64(value)
    }
}
