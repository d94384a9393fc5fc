import Foundation

/// Attaching a period's commentary to its values.
extension ScorecardValues {
    /// The values with the commentary's message and comments.
    ///
    /// Every non-empty comment goes on its KPI, marked stale when the recorded value differs from
    /// the KPI's value now; a comment that records no value is taken as written against the value
    /// now (`run` then records it in the file).
    ///
    /// ```swift
    /// let shown = values.commented(with: commentary)
    /// shown.kpis.first { $0.id == "net_revenue" }?.comment?.stale   // false
    /// ```
    public func commented(with commentary: Commentary) -> ScorecardValues {
        var copy = self
        copy.message = commentary.message
        for comment in commentary.comments where !comment.text.isEmpty {
            guard let index = copy.kpis.firstIndex(where: { $0.id == comment.kpi }) else { continue }
            let value = copy.kpis[index].value
            let recorded: Double?
            let stale: Bool
            switch comment.recorded {
            case nil: (recorded, stale) = (value, false)
            case .notAvailable?: (recorded, stale) = (nil, value != nil)
            case .number(let number)?: (recorded, stale) = (number, !Self.same(number, value))
            }
            copy.kpis[index].comment = KPIComment(text: comment.text, writtenAgainst: recorded, stale: stale)
        }
        return copy
    }

    /// Whether a recorded value still equals the KPI's value (to 12 significant digits).
    static func same(_ recorded: Double, _ value: Double?) -> Bool {
        guard let value else { return false }
        return abs(recorded - value) <= 1e-12 * max(1, abs(value))
    }

    /// A value as the commentary file records it: plain, with a `.` decimal point, or `n/a`.
    public static func recordedText(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "n/a" }
        return number(value)
    }
}
