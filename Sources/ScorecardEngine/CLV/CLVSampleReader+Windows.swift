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
            windows: windows.map { PurchaseWindowsQuery.Window(firstDay: $0.firstDay, endDay: $0.endDay) })
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
    ///
    /// A purchase time without a `YYYY-MM-DD` day fails the query (PostgreSQL; the snapshot stays
    /// usable, ``ScorecardSQL/SQLDatabase/isolatingFailures(_:)``) or gives a customer a `no_day`
    /// key, as a calendar slip (`2026-02-30`) does: either way the purchases are then searched for
    /// the first such time, which the error names.
    private func readDays(_ clv: CLVModel, windows: [CalibrationWindow]) throws -> [CustomerSummaries.Days] {
        let query = Self.windowsQuery(clv, windows: windows, planner: planner)
        do {
            return try database.isolatingFailures { try readDays(query, clv) }
        } catch let error as DatabaseError where error.kind == .query {
            throw try firstUnreadableDay(query, clv) ?? error
        }
    }

    /// The windows query's rows, per window: each customer's first and last day, days and repeat spend.
    private func readDays(_ query: PurchaseWindowsQuery, _ clv: CLVModel) throws -> [CustomerSummaries.Days] {
        let rows = try database.query(query.select())
        var days = query.windows.map { _ in CustomerSummaries.Days() }
        var first = true
        while try rows.next() {
            if rows.kind(query.noDayColumn) != .null {
                throw try firstUnreadableDay(query, clv) ?? invalidDay(rows, query.noDayColumn, clv)
            }
            for index in query.windows.indices {
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

    /// The day number of a purchase day's key in a column.
    private func day(_ rows: any SQLRows, _ column: Int, _ clv: CLVModel) throws -> Int {
        guard let day = EpochDay.day(key: Int(rows.integer(column))) else { throw invalidDay(rows, column, clv) }
        return day
    }

    /// The error for a row's day key that is no day (`2026-02-30`).
    private func invalidDay(_ rows: any SQLRows, _ column: Int, _ clv: CLVModel) -> CLVInputError {
        .invalidTimestamp(
            customer: rows.text(0) ?? "", value: EpochDay.isoText(key: Int(rows.integer(column))),
            column: timeColumn(clv))
    }

    /// The first purchase, in the windows' span, whose time has no `YYYY-MM-DD` day; nil when none.
    private func firstUnreadableDay(_ query: PurchaseWindowsQuery, _ clv: CLVModel) throws -> CLVInputError? {
        let rows = try database.query(query.rows)
        while try rows.next() {
            let day = rows.withUTF8(1, RFMSummaryQuery.dayNumber) ?? nil
            guard rows.kind(0) != .null, rows.kind(1) != .null, day == nil else { continue }
            return .invalidTimestamp(customer: rows.text(0) ?? "", value: rows.text(1) ?? "", column: timeColumn(clv))
        }
        return nil
    }
}
