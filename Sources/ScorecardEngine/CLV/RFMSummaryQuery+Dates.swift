import ScorecardModel
import ScorecardSQL

/// Parsing and printing the calibration end date.
extension RFMSummaryQuery {
    /// Days since 1970-01-01 of a strict `YYYY-MM-DD` date, or nil when it is malformed or impossible.
    static func dayNumber(_ text: String) -> Int? {
        if let result = text.utf8.withContiguousStorageIfAvailable(dayNumber) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(dayNumber)
    }

    /// The same on UTF-8 bytes, without allocating: this runs once or twice per customer (or once per row).
    static func dayNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                let digit = Int(bytes[i]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        return CivilDays.days(ofValidYear: year, month: month, day: day)
    }

    /// The `YYYY-MM-DD` text of a day number.
    static func isoDate(_ days: Int) -> String { EpochDay.isoDate(days) }

    /// True when a first or last purchase day is valid for the timestamp format.
    func isValidDay(_ text: String) -> Bool {
        switch timestampFormat {
        case .iso: Self.dayNumber(text) != nil
        case .unixSeconds: Int(text).map { $0 >= 0 } ?? false
        }
    }
}
