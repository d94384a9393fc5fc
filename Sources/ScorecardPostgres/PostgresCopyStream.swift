import CPostgres
import ScorecardSQL

/// Rows on their way into a `COPY … FROM STDIN`, in PostgreSQL's text format, sent in chunks.
///
/// Each row is its values separated by tabs and ended by a newline; NULL is `\N`; a backslash,
/// tab, newline or carriage return inside a text is escaped; bytes are `bytea` hex (`\\x…`).
public final class PostgresCopyStream {
    /// libpq refused data (the connection broke); the loader reports the connection's error.
    struct SendFailure: Error {}

    private let handle: OpaquePointer
    private let table: String
    private let columnCount: Int
    private let database: String
    private var buffer: [UInt8] = []
    private static let chunkSize = 1 << 16

    init(handle: OpaquePointer, table: String, columnCount: Int, database: String) {
        self.handle = handle
        self.table = table
        self.columnCount = columnCount
        self.database = database
        buffer.reserveCapacity(Self.chunkSize + 4096)
    }

    /// Appends one row, its values in the order of the COPY's columns.
    public func append(_ row: [SQLValue]) throws {
        guard row.count == columnCount else {
            throw DatabaseError(
                .query, message: "a row for \(table) has \(row.count) values, not \(columnCount)", database: database)
        }
        for (index, value) in row.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: "\t")) }
            write(value)
        }
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count >= Self.chunkSize { try flush() }
    }

    /// Sends what is buffered.
    func flush() throws {
        guard !buffer.isEmpty else { return }
        let sent = buffer.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { PQputCopyData(handle, $0.baseAddress, Int32($0.count)) }
        }
        guard sent == 1 else { throw SendFailure() }
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
