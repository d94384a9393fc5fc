import ScorecardSQL

/// Runs planned queries on the database and files their rows into measure tables.
struct QueryRunner {
    let database: any SQLDatabase

    /// Runs an ungrouped query, recording a cell for every measure in every window with rows.
    func run(_ query: PlannedQuery, into table: inout MeasureTable) throws {
        try forEachRow(of: query) { statement in
            let window = Int(statement.integer(0))
            for measure in query.measures {
                table.set(read(measure, from: statement), measure: measure.name, window: window)
            }
        }
    }

    /// Runs a source's monthly query (or its scan, where the database reads rows faster than it
    /// groups them and the plan has one), its check counts and the examples of bad rows.
    ///
    /// A scan that meets a distinct count's key that is not an integer gives way to the monthly
    /// query, unless `scan` asks for the scan (tests).
    ///
    /// A monthly query with a key query folded in, or a scan carrying one, also tallies that key
    /// query's keys in `keyWindows` (``QueryRunner/scans(_:)`` says which is read).
    func months(_ queries: SourceAggregateQueries, scan: Bool? = nil, keyWindows: [KeyWindowTally.Window] = [])
        throws -> SourceMonths
    {
        var months =
            if let folded = queries.foldedKey {
                try SourceMonths(
                    queries, keyedRows: try database.query(queries.monthly), folded: folded, windows: keyWindows)
            } else if let monthlyScan = queries.monthlyScan, scan ?? scans(queries) {
                try database.scanningRows {
                    try scanned(queries, monthlyScan, keyWindows: keyWindows, giveWay: scan == nil)
                }
            } else {
                try SourceMonths(queries, rows: try database.query(queries.monthly))
            }
        if let counts = queries.checkCounts { try months.count(from: try database.query(counts), queries) }
        try months.readExamples(queries, from: database)
        return months
    }

    /// The months added up from the scan (its split form first, where the plan has one and the
    /// customers are integers); with `giveWay`, from the monthly query when a distinct count's
    /// key is not an integer (the scan carries no key query then).
    private func scanned(
        _ queries: SourceAggregateQueries, _ scan: SQLSelect, keyWindows: [KeyWindowTally.Window], giveWay: Bool
    ) throws -> SourceMonths {
        do {
            if let split = queries.customerFilterScan {
                do {
                    let customers = try CustomerFilter(
                        customers: try database.query(split.customers), absent: try database.query(split.absentCustomer)
                    )
                    return try SourceMonths(
                        queries, scan: try database.query(split.scan), keyWindows: keyWindows,
                        filter: (customers, split.customerColumn))
                } catch is SplitScanGivesWay {}
            }
            return try SourceMonths(queries, scan: try database.query(scan), keyWindows: keyWindows)
        } catch is MonthlyAggregator.KeyNotAnInteger where giveWay {
            return try SourceMonths(queries, rows: try database.query(queries.monthly))
        }
    }

    /// Whether ``months(_:scan:keyWindows:)`` reads the source's scan (the database prefers row
    /// scans and the plan has one) rather than its monthly query.
    func scans(_ queries: SourceAggregateQueries) -> Bool { queries.monthlyScan != nil && database.prefersRowScans }

    /// Runs a key query, tallying every window as its rows stream past.
    func keys(_ query: SourceAggregateQueries.KeyQuery, windows: [KeyWindowTally.Window]) throws -> KeyWindowTally {
        var tally = KeyWindowTally(windows: windows)
        try tally.read(try database.query(query.select))
        return tally
    }

    /// Runs a value query for every window's percentile, given its values per month.
    func values(_ query: SourceAggregateQueries.ValueQuery, counts: [Int: Int], windows: [ClosedRange<Int>]) throws
        -> PercentileRanks
    {
        var ranks = PercentileRanks(fraction: query.fraction, windows: windows)
        ranks.count(counts)
        try ranks.readValues(try database.query(query.select), measure: query.measure, location: query.location)
        return ranks
    }

    /// Runs a grouped query, filing each row's groups under its window id.
    func run(_ query: PlannedQuery, into tables: inout [Int: BreakdownTable]) throws {
        try forEachRow(of: query) { statement in
            let window = Int(statement.integer(0))
            let key = statement.isNull(1) ? "(none)" : (statement.text(1) ?? "(none)")
            let size = statement.isNull(2) ? Int.max : Int(statement.integer(2))
            for measure in query.measures {
                let value: Double? = if case .value(let number) = read(measure, from: statement) { number } else { nil }
                tables[window, default: BreakdownTable()].set(
                    .init(value: value, size: size), measure: measure.name, key: key)
            }
        }
    }

    private func forEachRow(of query: PlannedQuery, _ body: (any SQLRows) throws -> Void) throws {
        try forEachRow(of: query.select, body)
    }

    private func forEachRow(of select: SQLSelect, _ body: (any SQLRows) throws -> Void) throws {
        let statement = try database.query(select)
        while try statement.next() { try body(statement) }
    }

    private func read(_ measure: PlannedMeasure, from statement: any SQLRows) -> MeasureTable.Cell {
        switch measure.reading {
        case .scaled(let column, let divisor):
            guard !statement.isNull(column) else { return .empty }
            return .value(statement.real(column) / divisor)
        case .kept(let keptColumn, let baseColumn, let complement):
            let base = statement.real(baseColumn)
            guard base > 0 else { return .empty }
            let share = statement.real(keptColumn) / base
            return .value(complement ? 1 - share : share)
        }
    }
}
