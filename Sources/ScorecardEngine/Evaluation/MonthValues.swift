/// The values of a percentile measure per month, from one value column of a row scan; the
/// exact percentile of any window is taken over the union of its months' values.
struct MonthValues {
    private var byMonth: [Int: [Double]] = [:]

    /// Adds one non-NULL value in a month (a month index).
    mutating func add(_ value: Double, month: Int) { byMonth[month, default: []].append(value) }

    /// The percentile over a window of month indices, or nil when no month has a value.
    func percentile(_ fraction: Double, in window: ClosedRange<Int>) -> Double? {
        var values: [Double] = []
        for month in window { values += byMonth[month] ?? [] }
        return PercentileAccumulator.percentile(of: values, fraction: fraction)
    }
}
