import ScorecardSQL

extension SQLRows {
    /// A `YYYY-MM…` month key column as a month index (`Month.index`), or nil when NULL or malformed.
    ///
    /// Reads the text in place where the backend can: row scans call this once per row.
    func monthIndex(at column: Int) -> Int? {
        withUTF8(column) { text -> Int? in
            guard text.count >= 7, text[4] == UInt8(ascii: "-") else { return nil }
            var year = 0
            var month = 0
            for offset in [0, 1, 2, 3, 5, 6] {
                let digit = Int(text[offset]) - Int(UInt8(ascii: "0"))
                guard (0...9).contains(digit) else { return nil }
                if offset < 4 { year = year * 10 + digit } else { month = month * 10 + digit }
            }
            guard (1...12).contains(month) else { return nil }
            return year * 12 + month - 1
        } ?? nil
    }
}
