import ScorecardModel
import ScorecardSQL

/// Exact percentiles of every window, read off the sorted rows of a value query
/// (``SourceAggregateQueries/ValueQuery``: month, value, in ascending value order).
///
/// Each window knows beforehand how many values it has (counted by the monthly query), so the ranks its
/// percentile interpolates between (`h = fraction × (n − 1)`, ranks ⌊h⌋ and ⌈h⌉, as
/// `percentile_cont`); as the values stream past, each window counts its own and keeps the two
/// at those ranks. Memory stays the same whatever the number of values.
struct PercentileRanks {
    private let fraction: Double
    private let windows: [ClosedRange<Int>]
    private var sizes: [Int]
    private var seen: [Int]
    private var lower: [Double?]
    private var upper: [Double?]
    /// The first value that was not a number; reading stopped there. (Kept, not thrown: when
    /// bad rows stop the run, their report names the rows, and it comes first.)
    private(set) var failure: EvaluationError?
    /// For each month from `firstMonth`, the windows containing it.
    private var windowsOfMonth: [[Int]] = []
    private var firstMonth = 0

    init(fraction: Double, windows: [ClosedRange<Int>]) {
        self.fraction = fraction
        self.windows = windows
        sizes = Array(repeating: 0, count: windows.count)
        seen = sizes
        lower = Array(repeating: nil, count: windows.count)
        upper = lower
        firstMonth = windows.map(\.lowerBound).min() ?? 0
        let last = windows.map(\.upperBound).max() ?? firstMonth - 1
        windowsOfMonth = Array(repeating: [], count: max(last - firstMonth + 1, 0))
        for (index, window) in windows.enumerated() {
            for month in window { windowsOfMonth[month - firstMonth].append(index) }
        }
    }

    /// Takes the number of values in each month (month index → count).
    mutating func count(_ valuesPerMonth: [Int: Int]) {
        for (month, count) in valuesPerMonth {
            for index in windows(of: month) { sizes[index] += count }
        }
    }

    /// Reads the sorted values; a value that is not a number stops it, as ``failure``.
    mutating func readValues(_ rows: any SQLRows, measure: String, location: Location) throws {
        while try rows.next() {
            guard let month = rows.monthIndex(at: 0) else { continue }
            let windowsOfRow = windows(of: month)
            guard !windowsOfRow.isEmpty else { continue }
            do {
                let value = try Self.number(rows.value(1), measure: measure, location: location)
                for index in windowsOfRow { take(value, window: index) }
            } catch let error as EvaluationError {
                failure = error
                return
            }
        }
    }

    private mutating func take(_ value: Double, window index: Int) {
        let size = sizes[index]
        guard size > 0 else { return }
        let position = fraction * Double(size - 1)
        let rank = seen[index]
        seen[index] += 1
        if rank == Int(position.rounded(.down)) { lower[index] = value }
        if rank == Int(position.rounded(.up)) { upper[index] = value }
    }

    private func windows(of month: Int) -> [Int] {
        let offset = month - firstMonth
        return windowsOfMonth.indices.contains(offset) ? windowsOfMonth[offset] : []
    }

    /// The percentile of window `index`, or nil when it has no values.
    func percentile(window index: Int) -> Double? {
        guard let low = lower[index], let high = upper[index] else { return nil }
        let position = fraction * Double(sizes[index] - 1)
        let weight = position - position.rounded(.down)
        if weight == 0 { return low }
        return low + weight * (high - low)
    }

    /// A value as a number, like SQL's numeric conversion of text; other text and bytes are errors.
    private static func number(_ value: SQLValue, measure: String, location: Location) throws -> Double {
        switch value.numeric {
        case .integer(let integer): return Double(integer)
        case .real(let real): return real
        case .text(let text): throw EvaluationError.notANumber(measure: measure, location: location, value: text)
        case .blob: throw EvaluationError.notANumber(measure: measure, location: location, value: "a blob")
        case .null: throw EvaluationError.notANumber(measure: measure, location: location, value: "NULL")
        }
    }
}
