/// Parsing and printing the calibration end date.
extension RFMSummaryQuery {
    /// Days since 1970-01-01 of a strict `YYYY-MM-DD` date, or nil when it is malformed or impossible.
    static func dayNumber(_ text: String) -> Int? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.utf8.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1 else { return nil }
        let lengths = [31, CivilDays.isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        return CivilDays.days(year: year, month: month, day: day)
    }

    /// The `YYYY-MM-DD` text of a day number.
    static func isoDate(_ days: Int) -> String {
        let (year, month, day) = CivilDays.civil(days: days)
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// True when a first or last purchase day is valid for the timestamp format.
    func isValidDay(_ text: String) -> Bool {
        switch timestampFormat {
        case .iso: Self.dayNumber(text) != nil
        case .unixSeconds: Int(text).map { $0 >= 0 } ?? false
        }
    }
}
