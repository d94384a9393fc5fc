import CPostgres
import ScorecardSQL

/// Bound values as libpq takes them: text-format strings with their type OIDs.
///
/// Integers are sent as `int8`, reals as `float8` and bytes as `bytea` (`\x` hex); text goes
/// with no type (OID 0), so the server reads it as it would a quoted literal: `$1` compared with
/// a `date` or `timestamptz` column reads as a date or timestamp (in the session time zone).
struct PostgresParameters {
    private let types: [Oid]
    /// Every value's NUL-terminated text, one after another.
    private var storage: [CChar] = []
    /// Where each value starts in `storage`; nil for NULL.
    private var offsets: [Int?] = []

    init(_ values: [SQLValue]) {
        types = values.map(Self.type)
        for value in values {
            guard let text = Self.text(value) else {
                offsets.append(nil)
                continue
            }
            offsets.append(storage.count)
            storage += text.utf8CString
        }
    }

    /// Calls `body` with the arrays of types, value pointers, lengths and formats libpq expects.
    func withArrays<T>(
        _ body: (
            UnsafePointer<Oid>?, UnsafePointer<UnsafePointer<CChar>?>?, UnsafePointer<Int32>?, UnsafePointer<Int32>?
        ) -> T
    ) -> T {
        let zeros = [Int32](repeating: 0, count: offsets.count)
        return storage.withUnsafeBufferPointer { characters in
            // Safe: an offset exists only for a parameter whose bytes are in `storage`, which is then not empty.
            let pointers: [UnsafePointer<CChar>?] = offsets.map { offset in offset.map { characters.baseAddress! + $0 }
            }
            return body(types, pointers, zeros, zeros)
        }
    }

    private static func type(_ value: SQLValue) -> Oid {
        switch value {
        case .integer: PostgresType.int8
        case .real: PostgresType.float8
        case .blob: PostgresType.bytea
        case .null, .text: 0
        }
    }

    private static func text(_ value: SQLValue) -> String? {
        switch value {
        case .null: nil
        case .integer(let number): String(number)
        case .real(let number): floatText(number)
        case .text(let text): text
        case .blob(let bytes): "\\x" + bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
    }

    /// A double as `float8` input reads it back exactly (Swift prints the shortest exact digits).
    private static func floatText(_ number: Double) -> String {
        if number.isNaN { return "NaN" }
        if number.isInfinite { return number < 0 ? "-Infinity" : "Infinity" }
        return String(number)
    }
}
