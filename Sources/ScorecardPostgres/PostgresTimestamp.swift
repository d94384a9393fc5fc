import Foundation

/// `timestamptz` text as Scorecard reads it: the server writes it in the session time zone with
/// the zone's offset (`2026-03-01 10:00:00+05:30`); the offset is dropped, leaving the local
/// time in ISO form (`2026-03-01 10:00:00`), as a `timestamp` reads.
enum PostgresTimestamp {
    /// The text without its UTC offset; text with no time part (`infinity`) is kept as it is.
    static func droppingOffset(_ text: String) -> String {
        text.withCString { droppingOffset($0) }
    }

    /// The same, over a value's NUL-terminated bytes as libpq gives them (one pass, no copies).
    static func droppingOffset(_ text: UnsafePointer<CChar>) -> String {
        droppingOffset(text, count: strlen(text))
    }

    private static func droppingOffset(_ text: UnsafePointer<CChar>, count: Int) -> String {
        text.withMemoryRebound(to: UInt8.self, capacity: count) { bytes in
            let all = UnsafeBufferPointer(start: bytes, count: count)
            guard let space = all.firstIndex(of: UInt8(ascii: " ")),
                let sign = all[space...].firstIndex(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") })
            else { return String(decoding: all, as: UTF8.self) }
            let era = all[sign...].firstIndex(of: UInt8(ascii: " ")).map { all[$0...] } ?? all[count...]
            return String(decoding: all[..<sign], as: UTF8.self) + String(decoding: era, as: UTF8.self)
        }
    }
}
