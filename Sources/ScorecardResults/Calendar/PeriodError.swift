/// A `--period` value that could not be understood; the message lists the accepted forms.
///
/// ```swift
/// do { _ = try PeriodParser.parse("2026-13", fiscalYearStart: 4, today: Date()) }
/// catch let error as PeriodError { print(error) }
/// // invalid period "2026-13": month 13 is not 01 to 12; accepted forms: 2026-10 (a month), ...
/// ```
public struct PeriodError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The text that was given.
    public let input: String
    /// What is wrong with it, e.g. `month 13 is not 01 to 12`.
    public let reason: String

    /// Creates an error for `input` with a short `reason`.
    public init(input: String, reason: String) {
        self.input = input
        self.reason = reason
    }

    /// The accepted forms of a period, as listed in every message.
    public static let acceptedForms = """
        2026-10 (a month), 2026-Q4 (a calendar quarter), FY2026 (the fiscal year ending in 2026), \
        2026 (the calendar year, or the fiscal year ending in 2026 when the fiscal year does not start in January), \
        last-month, last-quarter, last-year (the last complete month, quarter or fiscal year before today)
        """

    /// One line for the user: the input, the reason and the accepted forms.
    public var description: String {
        "invalid period \"\(input)\": \(reason); accepted forms: \(Self.acceptedForms)"
    }
}
