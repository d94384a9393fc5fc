import ScorecardEngine
import Testing

/// One field of a KPI result that disagrees with the reference.
struct Mismatch: CustomStringConvertible {
    let kpi: String
    let field: String
    let actual: Double?
    let expected: Double?
    let note: String?

    var description: String {
        "\(kpi).\(field): engine \(actual.map { "\($0)" } ?? "nil"), reference \(expected.map { "\($0)" } ?? "nil")"
            + (note.map { " (note: \($0))" } ?? "")
    }
}

/// Compares a KPI's value, comparisons and trend with reference values over the expected windows.
enum ComparisonCheck {
    static func mismatches(
        _ result: KPIResult, windows: ExpectedWindows, tolerance: Double,
        reference: (Window) -> Double?
    ) -> [Mismatch] {
        var found: [Mismatch] = []
        func check(_ field: String, _ actual: Double?, _ window: Window, note: String? = nil) {
            let expected = reference(window)
            if !agrees(actual, expected, tolerance: tolerance) {
                found.append(
                    Mismatch(
                        kpi: result.id, field: "\(field) [\(window)]", actual: actual, expected: expected, note: note))
            }
        }
        check("value", result.value, windows.current, note: result.note)
        check("previous", result.previous, windows.previous)
        check("lastYear", result.lastYear, windows.lastYear)
        check("ytd", result.ytd, windows.yearToDate)
        check("ttm", result.ttm, windows.trailingTwelveMonths)
        let labels = windows.trend.map(\.description)
        if result.trend.map(\.period) != labels {
            found.append(
                Mismatch(
                    kpi: result.id, field: "trend periods \(result.trend.map(\.period)) != \(labels)",
                    actual: nil, expected: nil, note: nil))
        }
        // CLV KPIs are fitted only at the ends of the period, the previous period and last year.
        let fittedEnds = [windows.current.last, windows.previous.last, windows.lastYear.last]
        for (point, window) in zip(result.trend, windows.trend) {
            if DemoKPIReference.fittedAtComparisonEndsOnly.contains(result.id), !fittedEnds.contains(window.last) {
                if point.value != nil {
                    found.append(
                        Mismatch(
                            kpi: result.id, field: "trend [\(window)] should be n/a", actual: point.value,
                            expected: nil, note: nil))
                }
                continue
            }
            check("trend", point.value, window)
            if !DemoKPIReference.fittedAtComparisonEndsOnly.contains(result.id) {
                check("trend lastYear", point.lastYear, window.shifted(-12))
            }
        }
        check("ytdLastYear", result.ytdLastYear, windows.yearToDate.shifted(-12))
        return found
    }

    /// Records every mismatch as an issue: there is no list of known engine issues to silence one.
    static func expectNone(_ mismatches: [Mismatch], sourceLocation: SourceLocation = #_sourceLocation) {
        for mismatch in mismatches {
            Issue.record(Comment(rawValue: mismatch.description), sourceLocation: sourceLocation)
        }
    }
}
