import ScorecardModel
import ScorecardSQL
import ScorecardStats

/// Reads the customers a CLV model is fitted on, one sample per calibration window.
///
/// The plan runs in the database: one ``ScorecardSQL/PurchaseWindowsQuery`` over the model's
/// purchases for all the windows (one row per customer), and per breakdown dimension
/// ``ScorecardSQL/QueryPlanner/latestGroups(_:dimension:firstDay:endDay:)``. A backend that
/// prefers row scans (SQLite) reads all windows in one time-ordered scan instead
/// (``PurchaseScan``), falling back to the plan when the times are not in day order.
/// Either way memory grows with the customers, not the purchases.
struct CLVSampleReader {
    let model: MetricsModel
    let database: any SQLDatabase
    let planner: QueryPlanner
    /// Whether to read the purchases in one scan (the backend's preference; tests compare both ways).
    let scansRows: Bool

    init(model: MetricsModel, database: any SQLDatabase, planner: QueryPlanner, scansRows: Bool? = nil) {
        self.model = model
        self.database = database
        self.planner = planner
        self.scansRows = scansRows ?? database.prefersRowScans
    }

    /// One sample per window, with the groups of `dimensions` when the scan reads them anyway.
    func samples(_ clv: CLVModel, windows: [CalibrationWindow], dimensions: [Dimension]) throws -> [CLVSample] {
        var samples: [CLVSample] = []
        try forEachSample(clv, windows: windows, dimensions: dimensions) { samples.append($1) }
        return samples
    }

    /// Hands each window's sample (by the window's index) to `body`, holding no more than needed:
    /// the plan's one query and the scan both read all windows at once, keeping a few figures per
    /// customer and window, and make one sample at a time from them. The scan reads the groups
    /// of `dimensions` for the window at index `groupedWindow` only, or for all when it is nil.
    func forEachSample(
        _ clv: CLVModel, windows: [CalibrationWindow], dimensions: [Dimension], groupedWindow: Int? = nil,
        _ body: (Int, CLVSample) throws -> Void
    ) throws {
        if scansRows {
            let scanned: PurchaseScan
            do {
                scanned = try scan(clv, windows: windows, dimensions: dimensions, groupedWindow: groupedWindow)
            } catch is PurchaseScan.OutOfOrder {
                return try forEachPlannedSample(clv, windows: windows, body)
            }
            return try scanned.forEachSample(unit: Self.unit(clv), dimensions: dimensions.map(\.name), body)
        }
        try forEachPlannedSample(clv, windows: windows, body)
    }

    /// Each customer's group of a dimension in a window, in the order of `sample`'s customers.
    func groups(_ clv: CLVModel, dimension: Dimension, window: CalibrationWindow, sample: CLVSample) throws
        -> CustomerGroups
    {
        guard let groups = try groups(clv, dimensions: [dimension], window: window, sample: sample)[dimension.name]
        else { preconditionFailure("the groups of every dimension asked for are read") }
        return groups
    }

    /// Each customer's group of every dimension in a window, by dimension name, in the order of
    /// `sample`'s customers: read in one scan or one query for all the dimensions.
    func groups(_ clv: CLVModel, dimensions: [Dimension], window: CalibrationWindow, sample: CLVSample) throws
        -> [String: CustomerGroups]
    {
        let groups = try readGroups(clv, dimensions: dimensions, window: window)
        for read in groups.values where read.indices.count != sample.summaries.count {
            throw DatabaseError(
                .query,
                message: "the customers of model '\(clv.name)' differ between its summary and group queries "
                    + "(\(sample.summaries.count) against \(read.indices.count)): did the purchases change "
                    + "during the evaluation?",
                database: database.displayName)
        }
        return groups
    }

    /// The groups from a scan of the window, or from the plan when the scan cannot be used.
    private func readGroups(_ clv: CLVModel, dimensions: [Dimension], window: CalibrationWindow) throws
        -> [String: CustomerGroups]
    {
        if scansRows {
            do {
                let samples = try scan(clv, windows: [window], dimensions: dimensions)
                    .samples(unit: Self.unit(clv), dimensions: dimensions.map(\.name))
                if let groups = samples.first?.groups { return groups }
            } catch is PurchaseScan.OutOfOrder {}
        }
        return try latestGroups(clv, dimensions: dimensions, window: window)
    }

    /// The plan: each customer's group of each dimension on their latest purchase, in customer order.
    private func latestGroups(_ clv: CLVModel, dimensions: [Dimension], window: CalibrationWindow) throws
        -> [String: CustomerGroups]
    {
        let rows = try database.query(
            planner.latestGroups(clv, dimensions: dimensions, firstDay: window.firstDay, endDay: window.endDay))
        var readers = dimensions.map { _ in GroupColumnReader() }
        while try rows.next() {
            for column in readers.indices { readers[column].read(rows, column: column) }
        }
        return Dictionary(uniqueKeysWithValues: zip(dimensions.map(\.name), readers.map(\.groups)))
    }

    /// The fast path: all windows' running figures from one scan of the purchases in time order,
    /// with what only the customer decides read once per customer where the split can be made
    /// (``ScorecardSQL/CustomerSplitHistory``), else joined to every purchase.
    private func scan(
        _ clv: CLVModel, windows: [CalibrationWindow], dimensions: [Dimension], groupedWindow: Int? = nil
    ) throws -> PurchaseScan {
        try database.scanningRows {
            try scanRows(clv, windows: windows, dimensions: dimensions, groupedWindow: groupedWindow)
        }
    }

    private func scanRows(
        _ clv: CLVModel, windows: [CalibrationWindow], dimensions: [Dimension], groupedWindow: Int?
    ) throws -> PurchaseScan {
        let firstDay = windows.map(\.firstDay).min() ?? 0
        let endDay = windows.map(\.endDay).max() ?? 0
        if let split = planner.splitPurchaseHistory(clv, dimensions: dimensions, firstDay: firstDay, endDay: endDay) {
            do {
                var scan = PurchaseScan(
                    windows: windows, groupColumns: split.groups, timeColumn: timeColumn(clv),
                    groupedWindow: groupedWindow)
                try scan.readCustomers(
                    database.query(split.customers), absent: database.query(split.absentCustomer))
                return try read(database.query(split.rows), into: scan)
            } catch is SplitScanGivesWay {}
        }
        let select = planner.purchaseHistory(clv, dimensions: dimensions, firstDay: firstDay, endDay: endDay)
        let scan = PurchaseScan(
            windows: windows, dimensionCount: dimensions.count, timeColumn: timeColumn(clv),
            groupedWindow: groupedWindow)
        return try read(database.query(select), into: scan)
    }

    /// Adds every row to the scan, then gives back the connection's page cache: the fits that
    /// follow read nothing, and the pages would sit next to their arrays.
    private func read(_ rows: any SQLRows, into scan: consuming PurchaseScan) throws -> PurchaseScan {
        while try rows.next() { try scan.add(rows) }
        database.releaseCachedMemory()
        return scan
    }

    /// The time column of the model's source, as error messages name it.
    func timeColumn(_ clv: CLVModel) -> String { model.sources[clv.source]?.time?.column ?? "time" }

    /// The model's time unit (weeks unless it says otherwise).
    static func unit(_ clv: CLVModel) -> RFMTimeUnit { RFMTimeUnit(rawValue: clv.timeUnit.rawValue) ?? .week }
}
