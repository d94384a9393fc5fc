import ScorecardSQL

/// Per-month components of decomposable measures, combined into window values on demand.
struct MonthlyTable {
    /// measure → month (`YYYY-MM`) → component values (nil for SQL NULL).
    private var components: [String: [String: [Double?]]] = [:]
    private var readings: [String: MonthlyMeasure] = [:]

    /// Files one result row of a monthly query.
    mutating func add(month: String, row: [Double?], query: MonthlyQuery) {
        for measure in query.measures {
            readings[measure.name] = measure
            components[measure.name, default: [:]][month] = row
        }
    }

    /// The measure's cell over a month range: nil when its source has no rows in any of the months.
    func cell(_ measure: String, months: [String]) -> MeasureTable.Cell? {
        guard let byMonth = components[measure], let reading = readings[measure] else { return nil }
        let rows = months.compactMap { byMonth[$0] }
        guard !rows.isEmpty else { return nil }
        let combined: Double?
        switch reading.combination {
        case .sum(let column): combined = total(rows, column)
        case .ratio(let numerator, let denominator):
            combined = total(rows, denominator).flatMap { $0 == 0 ? nil : (total(rows, numerator) ?? 0) / $0 }
        case .minimum(let column): combined = rows.compactMap { $0[column] }.min()
        case .maximum(let column): combined = rows.compactMap { $0[column] }.max()
        case .netPromoter(let promoters, let detractors, let answered):
            combined = total(rows, answered).flatMap { $0 == 0 ? nil : 100 * ((total(rows, promoters) ?? 0) - (total(rows, detractors) ?? 0)) / $0 }
        }
        return combined.map { .value($0 / reading.divisor) } ?? .empty
    }

    /// The sum of a component over rows, or nil when it is NULL in every row.
    private func total(_ rows: [[Double?]], _ column: Int) -> Double? {
        let values = rows.compactMap { $0[column] }
        return values.isEmpty ? nil : values.reduce(0, +)
    }
}
