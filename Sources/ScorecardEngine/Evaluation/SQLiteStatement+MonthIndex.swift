import CSQLite

extension SQLiteStatement {
    /// A `YYYY-MM…` month key column as a month index (`Month.index`), or nil when NULL or malformed.
    ///
    /// Reads the text in place: row scans call this once per row.
    func monthIndex(at index: Int) -> Int? {
        let column = Int32(index)
        guard let text = sqlite3_column_text(handle, column), sqlite3_column_bytes(handle, column) >= 7,
            text[4] == UInt8(ascii: "-")
        else { return nil }
        var year = 0
        var month = 0
        for offset in [0, 1, 2, 3, 5, 6] {
            let digit = Int(text[offset]) - Int(UInt8(ascii: "0"))
            guard (0...9).contains(digit) else { return nil }
            if offset < 4 { year = year * 10 + digit } else { month = month * 10 + digit }
        }
        guard (1...12).contains(month) else { return nil }
        return year * 12 + month - 1
    }
}
