import CPostgres
import ScorecardSQL

/// Rows on their way into a `COPY … FROM STDIN`, in PostgreSQL's text format, sent in chunks.
///
/// Each row is its values separated by tabs and ended by a newline; NULL is `\N`; a backslash,
/// tab, newline or carriage return inside a text is escaped; bytes are `bytea` hex (`\\x…`).
public final class PostgresCopyStream {
    private let connection: PostgresConnection
    /// The COPY statement, for errors.
    private let sql: String
    private let table: String
    /// The values in a row, when the columns were named.
    private let columnCount: Int?
    private var buffer: [UInt8] = []
    private var ended = false
    private static let chunkSize = 1 << 16

    init(connection: PostgresConnection, sql: String, table: String, columnCount: Int?) {
        self.connection = connection
        self.sql = sql
        self.table = table
        self.columnCount = columnCount
        buffer.reserveCapacity(Self.chunkSize + 4096)
    }

    deinit { if !ended { abandon() } }

    /// Appends one row, its values in the order of the COPY's columns.
    public func append(_ row: [SQLValue]) throws {
        if let columnCount, row.count != columnCount {
            throw DatabaseError(
                .query, message: "a row for \(table) has \(row.count) values, not \(columnCount)",
                database: connection.url.displayName)
        }
        for (index, value) in row.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: "\t")) }
            write(value)
        }
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count >= Self.chunkSize { try flush() }
    }

    /// Sends the last rows and ends the COPY; returns the number of rows loaded.
    ///
    /// A row the server refused throws, and then nothing of this COPY is loaded.
    @discardableResult
    public func finish() throws -> Int {
        guard let handle = connection.handle, !ended else { throw connection.error(nil, sql: sql) }
        do {
            try flush()
        } catch {
            abandon()
            throw error
        }
        ended = true
        guard PQputCopyEnd(handle, nil) == 1 else { throw connection.error(nil, sql: sql) }
        var failure: DatabaseError?
        var loaded = 0
        while let raw = PQgetResult(handle) {
            let result = PostgresResult(raw)
            if !result.succeeded, failure == nil { failure = connection.error(result, sql: sql) }
            loaded = Int(String(cString: PQcmdTuples(raw))) ?? loaded
        }
        if let failure { throw failure }
        return loaded
    }

    /// Ends the COPY without loading anything.
    public func abandon() {
        guard !ended, let handle = connection.handle else { return }
        ended = true
        _ = PQputCopyEnd(handle, "abandoned by the loader")
        while let raw = PQgetResult(handle) { PQclear(raw) }
    }

    /// Sends what is buffered.
    private func flush() throws {
        guard !buffer.isEmpty, let handle = connection.handle else { return }
        let sent = buffer.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { PQputCopyData(handle, $0.baseAddress, Int32($0.count)) }
        }
        guard sent == 1 else { throw connection.error(nil, sql: sql) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func write(_ value: SQLValue) {
        switch value {
        case .null: buffer += [UInt8(ascii: "\\"), UInt8(ascii: "N")]
        case .integer(let number): buffer += String(number).utf8
        case .real(let number):
            buffer +=
                (number.isNaN ? "NaN" : number.isInfinite ? (number < 0 ? "-Infinity" : "Infinity") : String(number))
                .utf8
        case .text(let text): writeEscaped(text)
        case .blob(let bytes):
            buffer += [UInt8(ascii: "\\"), UInt8(ascii: "\\"), UInt8(ascii: "x")]
            let digits = Array("0123456789abcdef".utf8)
            for byte in bytes { buffer += [digits[Int(byte >> 4)], digits[Int(byte & 15)]] }
        }
    }

    private func writeEscaped(_ text: String) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): buffer += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case UInt8(ascii: "\t"): buffer += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case UInt8(ascii: "\n"): buffer += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): buffer += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            default: buffer.append(byte)
            }
        }
    }
}
