import ScorecardSQL

/// What the monthly query of a source gave (``SourceAggregateQueries/monthly``), or its scan
/// added up: the months with rows, each month's components and the rows failing the source's checks.
struct SourceMonths {
    /// Month indices in which the source has rows, whether or not they match a measure's filter.
    private(set) var monthsWithRows: Set<Int> = []
    /// month index → component values by the monthly query's columns (nil for SQL NULL).
    private(set) var components: [Int: [Double?]] = [:]
    /// The rows failing each check, in the queries' order.
    private(set) var badRows: [BadRows]
    /// For each value query, in the queries' order: month index → the number of its values.
    private(set) var valueCounts: [[Int: Int]]
    /// The tally of the key query folded into the monthly query (``SourceAggregateQueries/FoldedKey``)
    /// or carried by its scan (``SourceAggregateQueries/ScanKey``).
    private(set) var foldedKeyTally: KeyWindowTally?

    /// Reads the monthly query's rows; rows whose month key cannot be read only add to the check counts.
    init(_ queries: SourceAggregateQueries, rows: any SQLRows) throws {
        var months: [(month: Int?, row: [Double?])] = []
        let width = queries.monthly.columns.count
        while try rows.next() {
            months.append((rows.monthIndex(at: 0), [nil] + (1..<width).map { rows.optionalReal($0) }))
        }
        self.init(queries, months: months)
    }

    /// Adds up the rows of the monthly scan instead (``SourceAggregateQueries/monthlyScan``): the
    /// same months as the monthly query gives, and the tally of the key query it carries
    /// (``SourceAggregateQueries/ScanKey``) in `keyWindows`.
    ///
    /// With `filter`, a row is added only when its customer (in `filter.column`) is kept: the
    /// rows of a ``ScorecardSQL/SourceAggregateQueries/CustomerFilterScan``.
    init(
        _ queries: SourceAggregateQueries, scan rows: any SQLRows, keyWindows: [KeyWindowTally.Window],
        filter: (customers: CustomerFilter, column: Int)? = nil
    ) throws {
        var aggregator = MonthlyAggregator(columns: queries.monthlyColumns)
        var keys = queries.scanKey.map { _ in KeyMonthMasks(windows: keyWindows) }
        while try rows.next() {
            if let filter, try !filter.customers.keeps(rows, column: filter.column) { continue }
            let month = try aggregator.add(rows)
            if let columns = queries.scanKey { keys?.add(rows, month: month, columns: columns) }
        }
        self.init(queries, months: aggregator.rows().map { ($0.key, $0.value) })
        foldedKeyTally = keys?.tally(keyWindows)
    }

    /// Reads a monthly query with a key query folded in: adds each month's figures up over its
    /// keys, and tallies the keys whose rows match the key query's filter.
    init(
        _ queries: SourceAggregateQueries, keyedRows rows: any SQLRows, folded: SourceAggregateQueries.FoldedKey,
        windows: [KeyWindowTally.Window]
    ) throws {
        var combiner = MonthlyRowCombiner(columns: queries.monthlyColumns)
        var tally = KeyWindowTally(windows: windows)
        while try rows.next() {
            let month = rows.monthIndex(at: 0)
            combiner.add(rows, month: month)
            guard let month, let key = rows.text(folded.keyColumn) else { continue }
            let keyRows = Int(rows.integer(folded.rowsColumn))
            if keyRows > 0 { tally.add(key: key, month: month, rows: keyRows) }
        }
        tally.finish()
        self.init(queries, months: combiner.rows())
        foldedKeyTally = tally
    }

    /// Files the monthly rows (indexed like the monthly query's columns); a row under a month
    /// that cannot be read (nil) only adds to the check counts (all of its rows to a check that
    /// counts unreadable months).
    private init(_ queries: SourceAggregateQueries, months: [(month: Int?, row: [Double?])]) {
        badRows = queries.checks.map {
            BadRows(source: $0.check.source, column: $0.check.column, problem: $0.check.problem.rawValue)
        }
        valueCounts = Array(repeating: [:], count: queries.values.count)
        let counted = queries.checkCounts == nil
        for (month, row) in months {
            if counted {
                for (position, check) in queries.checks.enumerated() {
                    // A check counted from the months: the rows of those whose key is no month.
                    guard month == nil || !check.countsUnreadableMonths else { continue }
                    badRows[position].rows += Int(row[check.countColumn] ?? 0)
                }
            }
            guard let month else { continue }
            if (row[1] ?? 0) > 0 { monthsWithRows.insert(month) }
            components[month] = row
            for (position, value) in queries.values.enumerated() {
                valueCounts[position][month] = Int(row[value.countColumn] ?? 0)
            }
        }
    }

    /// Sets the check counts from the separate count query (`bad_rows skip`).
    mutating func count(from rows: any SQLRows, _ queries: SourceAggregateQueries) throws {
        guard try rows.next() else { return }
        for (position, check) in queries.checks.enumerated() {
            badRows[position].rows = Int(rows.integer(check.countColumn))
        }
    }

    /// Reads example keys of each check that rows fail.
    mutating func readExamples(_ queries: SourceAggregateQueries, from database: any SQLDatabase) throws {
        for (position, check) in queries.checks.enumerated() where badRows[position].rows > 0 {
            guard let examples = check.examples else { continue }
            let rows = try database.query(examples)
            while try rows.next() { if let key = rows.text(0) { badRows[position].examples.append(key) } }
        }
    }

    /// Whether the source has rows in any month of the window.
    func hasRows(in window: ClosedRange<Int>) -> Bool { window.contains { monthsWithRows.contains($0) } }
}
