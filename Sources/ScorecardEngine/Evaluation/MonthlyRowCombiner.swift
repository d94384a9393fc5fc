import ScorecardSQL

/// Combines the rows of a monthly query grouped by key and month into one row per month: the
/// month's figures over all its keys (``SourceAggregateQueries/FoldedKey``).
///
/// Row counts, sums and counts add up, minima and maxima combine; NULL (no value in that key's
/// rows) is skipped, and a month without any value stays NULL, as SQL's aggregate over the
/// month's rows would be. Memory: one row per month.
struct MonthlyRowCombiner {
    private let columns: [SourceAggregateQueries.MonthlyColumn]
    /// month → its row's position in ``values``.
    private var slots: [Int?: Int] = [:]
    /// The months' combined values, one run of `columns.count` per month.
    private var values: [Double?] = []

    init(columns: [SourceAggregateQueries.MonthlyColumn]) { self.columns = columns }

    /// Adds one row (month key in column 0, the monthly columns from column 1) to its month.
    mutating func add(_ row: any SQLRows, month: Int?) {
        let base = slot(month) * columns.count
        for (offset, column) in columns.enumerated() {
            guard let value = row.optionalReal(offset + 1) else { continue }
            values[base + offset] = values[base + offset].map { Self.combine($0, value, column.aggregate) } ?? value
        }
    }

    /// Each month's combined row, indexed like the monthly query's columns (column 0 unused).
    func rows() -> [(month: Int?, row: [Double?])] {
        slots.map { month, slot in
            (month, [nil] + values[(slot * columns.count)..<((slot + 1) * columns.count)])
        }
    }

    private mutating func slot(_ month: Int?) -> Int {
        if let slot = slots[month] { return slot }
        slots[month] = slots.count
        values += Array(repeating: nil, count: columns.count)
        return slots.count - 1
    }

    private static func combine(_ a: Double, _ b: Double, _ aggregate: MonthlyAggregate) -> Double {
        switch aggregate {
        case .rows, .sum, .count: a + b
        case .minimum: min(a, b)
        case .maximum: max(a, b)
        case .distinct:
            preconditionFailure("a distinct count is never folded with a key (SourceAggregateQueries.FoldedKey)")
        }
    }
}
