import Foundation

/// The PDF document information: title, author, subject, creator and the dates.
///
/// The dates are fixed inputs, not the wall clock, so two runs give identical files:
/// `PDFMetadata.date(sourceDateEpoch:periodEnd:)` picks SOURCE_DATE_EPOCH or the period's close.
public struct PDFMetadata: Sendable, Equatable {
    /// The document title.
    public var title: String
    /// The author, e.g. the organisation.
    public var author: String
    /// The subject, e.g. the period.
    public var subject: String
    /// The program that made the document.
    public var creator: String
    /// Keywords, comma-separated.
    public var keywords: String
    /// ISO 8601 in UTC, e.g. `2026-05-31T23:59:59Z`.
    public var date: String

    /// Document information with fixed dates.
    public init(title: String, author: String, subject: String, creator: String, keywords: String = "", date: String) {
        self.title = title
        self.author = author
        self.subject = subject
        self.creator = creator
        self.keywords = keywords
        self.date = date
    }

    /// `SOURCE_DATE_EPOCH` (seconds) when given, else the last second of `periodEnd` (`YYYY-MM`), in UTC.
    ///
    /// ```swift
    /// PDFMetadata.date(sourceDateEpoch: nil, periodEnd: "2026-02")          // "2026-02-28T23:59:59Z"
    /// PDFMetadata.date(sourceDateEpoch: "1700000000", periodEnd: "2026-02") // "2023-11-14T22:13:20Z"
    /// ```
    public static func date(sourceDateEpoch: String?, periodEnd: String) -> String {
        if let epoch = sourceDateEpoch.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
            return iso(Date(timeIntervalSince1970: TimeInterval(epoch)))
        }
        let parts = periodEnd.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, (1...12).contains(parts[1]) else { return iso(Date(timeIntervalSince1970: 0)) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let nextMonth =
            parts[1] == 12
            ? DateComponents(year: parts[0] + 1, month: 1, day: 1)
            : DateComponents(year: parts[0], month: parts[1] + 1, day: 1)
        guard let start = calendar.date(from: nextMonth) else { return iso(Date(timeIntervalSince1970: 0)) }
        return iso(start.addingTimeInterval(-1))
    }

    /// `YYYY-MM-DDThh:mm:ssZ` in UTC.
    public static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
