import ScorecardSQL
import ScorecardStats

/// The RFM summaries of several calibration windows from one time-ordered scan of the purchases,
/// holding a few numbers per customer and window, never the purchases.
///
/// This is a fast path for backends that prefer row scans (SQLite): the plan computes each
/// window's summaries in the database (``CLVSampleReader``), and `CLVSampleReaderTests` proves
/// both give the same customers, summaries and groups. Purchases on the same day are merged
/// (amounts summed in scan order); a customer's group is the dimension's value on their latest
/// purchase, the greatest value among purchases at that same instant.
///
/// ```swift
/// var scan = PurchaseScan(windows: windows, dimensionCount: 1, timeColumn: "ordered_at")
/// while try rows.next() { try scan.add(rows) }   // rows of QueryPlanner.purchaseHistory
/// let samples = scan.samples(unit: .week, dimensions: ["region"])
/// ```
struct PurchaseScan {
    /// The scan met a purchase day earlier than the customer's previous one: its time order is
    /// not its day order (e.g. times written in several formats), so the plan's queries must be used.
    struct OutOfOrder: Error {}

    let windows: [CalibrationWindow]
    let dimensionCount: Int
    let timeColumn: String
    private var customerIDs = CustomerIndexer()
    private var groupNames = GroupNameInterner()
    private var states: [WindowState]
    /// Per customer, the run of equal times their latest purchase belongs to.
    /// (32 bits, wrapping: only equality with the current run is asked, and a customer's
    /// previous run is never four billion runs back on the same day.)
    private var lastRun: [UInt32] = []
    /// The run of equal times the current row belongs to, and that time's bytes.
    private var run = 0
    private var runTime: [UInt8] = []
    private var rowGroups: [Int32]
    /// Where each dimension's value is read: a column of the rows, or the customer's.
    private let groupColumns: [CustomerSplitHistory.GroupColumn]
    /// The customers' keep flags and dimensions when the rows come without their joins, and
    /// each customer's row among them (by customer index).
    private var customers: Customers?
    private var customerRows: [Int32] = []

    /// A scan of rows with every dimension in a column (4, 5, …), as ``QueryPlanner/purchaseHistory(_:dimensions:firstDay:endDay:)`` gives them.
    init(windows: [CalibrationWindow], dimensionCount: Int, timeColumn: String, groupedWindow: Int? = nil) {
        self.init(
            windows: windows, groupColumns: (0..<dimensionCount).map { .row(4 + $0) }, timeColumn: timeColumn,
            groupedWindow: groupedWindow)
    }

    /// A scan of rows whose dimensions are read as `groupColumns` say (the rows of a ``CustomerSplitHistory``).
    ///
    /// Customers' groups are kept for the window at index `groupedWindow` only (the one whose
    /// breakdowns are wanted), or for every window when it is nil.
    init(
        windows: [CalibrationWindow], groupColumns: [CustomerSplitHistory.GroupColumn], timeColumn: String,
        groupedWindow: Int? = nil
    ) {
        self.windows = windows
        self.dimensionCount = groupColumns.count
        self.groupColumns = groupColumns
        self.timeColumn = timeColumn
        self.states = windows.enumerated().map { [dimensionCount = groupColumns.count] index, window in
            let keepsGroups = groupedWindow == nil || groupedWindow == index
            return WindowState(window: window, dimensionCount: keepsGroups ? dimensionCount : 0)
        }
        self.rowGroups = Array(repeating: -1, count: groupColumns.count)
    }

    /// Reads what only the customer decides, before the rows of a ``CustomerSplitHistory``:
    /// its `customers` and `absentCustomer` rows.
    ///
    /// - Throws: ``SplitScanGivesWay`` when the keys are not unique integers.
    mutating func readCustomers(_ rows: any SQLRows, absent: any SQLRows) throws {
        let dimensions = groupColumns.indices.filter {
            if case .customer = groupColumns[$0] { true } else { false }
        }
        customers = try Customers(
            rows, absent: absent, dimensionCount: dimensions.count, interning: &groupNames, dimensions: dimensions)
    }

    /// Adds the current row (columns customer, day, amount, time, groups) unless its customer or
    /// day is NULL, or (rows without their joins) the customer's conditions leave it out.
    ///
    /// - Throws: ``CLVInputError/invalidTimestamp(customer:value:column:)`` for a day that is not a
    ///   date, ``OutOfOrder`` when the rows are not in day order per customer, ``SplitScanGivesWay`` for a
    ///   customer that is not an integer when the rows come without their joins.
    mutating func add(_ row: any SQLRows) throws {
        let storage = row.kind(0)
        guard storage != .null, let parsed = row.withUTF8(1, RFMSummaryQuery.dayNumber) else { return }
        guard let day = parsed else {
            throw CLVInputError.invalidTimestamp(
                customer: row.text(0) ?? "", value: row.text(1) ?? "", column: timeColumn)
        }
        if customers != nil && storage != .integer { throw SplitScanGivesWay() }
        let customer =
            storage == .integer
            ? customerIDs.index(ofInteger: row.integer(0))
            : customerIDs.index(of: row.value(0), text: row.text(0) ?? "")
        if customer == lastRun.count {
            lastRun.append(.max)
            for index in states.indices { states[index].appendCustomer() }
            if let customerRow = customers?.row(of: row.integer(0)) { customerRows.append(customerRow) }
        }
        if customers?.keeps(row: customerRows[customer]) == false { return }
        advanceRun(row)
        let sameInstant = lastRun[customer] == UInt32(truncatingIfNeeded: run)
        lastRun[customer] = UInt32(truncatingIfNeeded: run)
        var customerColumn = 0
        for (dimension, column) in groupColumns.enumerated() {
            switch column {
            case .row(let index):
                rowGroups[dimension] = groupNames.index(of: row, column: index, dimension: dimension)
            case .customer:
                rowGroups[dimension] = customers?.group(row: customerRows[customer], column: customerColumn) ?? -1
                customerColumn += 1
            }
        }
        let amount = row.real(2)
        for index in windows.indices where windows[index].contains(day) {
            try states[index].add(
                customer: customer, day: day, amount: amount, groups: rowGroups, sameInstant: sameInstant,
                names: groupNames.names)
        }
    }

    /// Starts a new run when the row's time differs from the previous row's.
    private mutating func advanceRun(_ row: any SQLRows) {
        let same = row.withUTF8(3) { bytes in bytes.elementsEqual(runTime) } ?? false
        guard !same else { return }
        run += 1
        runTime = row.withUTF8(3) { Array($0) } ?? []
    }

    /// Each window's sample, customers in id order; `dimensions` names the group columns.
    consuming func samples(unit: RFMTimeUnit, dimensions: [String]) -> [CLVSample] {
        var samples: [CLVSample] = []
        forEachSample(unit: unit, dimensions: dimensions) { samples.append($1) }
        return samples
    }

    /// Hands each window's sample (by the window's index) to `body` in turn, customers in id
    /// order: a window's running figures are released as its sample is made, and only one sample
    /// is made at a time.
    consuming func forEachSample(unit: RFMTimeUnit, dimensions: [String], _ body: (Int, CLVSample) throws -> Void)
        rethrows
    {
        let order = customerIDs.order()
        customerIDs = CustomerIndexer()
        lastRun = []
        customers = nil
        customerRows = []
        for index in windows.indices {
            try body(index, takeSample(index, order: order, unit: unit, dimensions: dimensions))
        }
    }

    /// Window `index`'s sample; its running figures are dropped.
    private mutating func takeSample(_ index: Int, order: [Int32], unit: RFMTimeUnit, dimensions: [String]) -> CLVSample
    {
        let state = states[index]
        states[index] = WindowState(window: windows[index], dimensionCount: 0)
        return state.sample(order: order, unit: unit, dimensions: dimensions, names: groupNames.names)
    }

}
