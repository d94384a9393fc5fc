import ScorecardModel
import ScorecardSQL
import ScorecardStats

/// The plan's reading of several calibration windows at once.
extension CLVSampleReader {
    /// The plan's query of the windows' figures: one row per customer, in customer order.
    static func windowsQuery(_ clv: CLVModel, windows: [CalibrationWindow], planner: QueryPlanner)
        -> PurchaseWindowsQuery
    {
        let firstDay = windows.map(\.firstDay).min() ?? 0
        let endDay = windows.map(\.endDay).max() ?? 0
        return PurchaseWindowsQuery(
            rows: planner.purchaseRows(clv, firstDay: firstDay, endDay: endDay),
            windows: windows.map {
                PurchaseWindowsQuery.Window(
                    firstDay: EpochDay.isoDate($0.firstDay), endDay: EpochDay.isoDate($0.endDay))
            })
    }

    /// The plan: every window's customers read in one query (20 bytes per customer and window),
    /// then each window's sample handed to `body` in turn and let go.
    func forEachPlannedSample(
        _ clv: CLVModel, windows: [CalibrationWindow], _ body: (Int, CLVSample) throws -> Void
    ) throws {
        var days = try readDays(clv, windows: windows)
        for index in windows.indices {
            let summaries = CustomerSummaries(days[index], window: windows[index], unit: Self.unit(clv))
            days[index] = CustomerSummaries.Days()
            try body(index, CLVSample(summaries: summaries, groups: [:]))
        }
    }

    /// Each window's customers' purchase days, from the windows query.
    private func readDays(_ clv: CLVModel, windows: [CalibrationWindow]) throws -> [CustomerSummaries.Days] {
        let query = Self.windowsQuery(clv, windows: windows, planner: planner)
        let rows = try database.query(query.select())
        var days = windows.map { _ in CustomerSummaries.Days() }
        var first = true
        while try rows.next() {
            for index in windows.indices {
                let columns = PurchaseWindowsQuery.columns(ofWindow: index)
                // The counts come with the first row: each window's columns are made at their size at once.
                if first { days[index].reserve(Int(rows.integer(columns.customers))) }
                guard rows.integer(columns.days) > 0 else { continue }
                days[index].append(
                    firstDay: try day(rows, columns.first, clv), lastDay: try day(rows, columns.last, clv),
                    days: Int(rows.integer(columns.days)), repeatSpend: rows.real(columns.repeatSpend))
            }
            first = false
        }
        return days
    }

    /// The day number of a purchase day (`YYYY-MM-DD`) in a column.
    private func day(_ rows: any SQLRows, _ column: Int, _ clv: CLVModel) throws -> Int {
        guard let day = rows.withUTF8(column, RFMSummaryQuery.dayNumber) ?? nil else {
            throw CLVInputError.invalidTimestamp(
                customer: rows.text(0) ?? "", value: rows.text(column) ?? "", column: timeColumn(clv))
        }
        return day
    }
}
