import ScorecardSQL

/// Per-month components of decomposable measures, combined into window values on demand.
struct MonthlyTable {
    /// month index → component values by column (nil for SQL NULL), for the months with rows.
    private let components: [Int: [Double?]]

    init(components: [Int: [Double?]]) { self.components = components }

    /// The measure's cell over a window of month indices: nil when the source has no rows in any of its months.
    func cell(_ measure: MonthlyMeasure, months window: ClosedRange<Int>) -> MeasureTable.Cell? {
        let rows = window.compactMap { components[$0] }
        guard !rows.isEmpty else { return nil }
        let combined: Double?
        switch measure.combination {
        case .sum(let column): combined = total(rows, column)
        case .ratio(let numerator, let denominator):
            combined = total(rows, denominator).flatMap { $0 == 0 ? nil : (total(rows, numerator) ?? 0) / $0 }
        case .minimum(let column): combined = rows.compactMap { $0[column] }.min()
        case .maximum(let column): combined = rows.compactMap { $0[column] }.max()
        case .netPromoter(let promoters, let detractors, let answered):
            combined = total(rows, answered).flatMap {
                $0 == 0 ? nil : 100 * ((total(rows, promoters) ?? 0) - (total(rows, detractors) ?? 0)) / $0
            }
        }
        return combined.map { .value($0 / measure.divisor) } ?? .empty
    }

    /// The sum of a component over rows, or nil when it is NULL in every row.
    private func total(_ rows: [[Double?]], _ column: Int) -> Double? {
        let values = rows.compactMap { $0[column] }
        return values.isEmpty ? nil : values.reduce(0, +)
    }
}
