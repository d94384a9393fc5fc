import ScorecardSQL

/// A split scan cannot match rows to customers as the joins would: a customer or key that is
/// not an integer, or keys that are not unique. The reader falls back to the scan with the joins.
struct SplitScanGivesWay: Error {}

/// Whether a row's customer keeps it, read once per customer instead of joined to every row
/// (``ScorecardSQL/SourceAggregateQueries/CustomerFilterScan``).
///
/// Only the exceptions are held: the customers left out when a customer the table lacks is kept
/// (an opt-out: a few percent), or those kept when it is not.
///
/// ```swift
/// let filter = try CustomerFilter(customers: rows, absent: absentRow)
/// if try filter.keeps(scanRow, column: 9) { … }
/// ```
struct CustomerFilter {
    /// Whether a customer the table lacks (or a NULL customer) is kept.
    private var absentKeep = true
    /// The keys whose `keep` differs from ``absentKeep``.
    private var exceptions: Set<Int64> = []

    /// Reads the customers (columns key, keep, in ascending key order) and the absent customer's row.
    ///
    /// - Throws: ``SplitScanGivesWay`` for a key that is not an integer or not greater than the one before.
    init(customers rows: any SQLRows, absent: any SQLRows) throws {
        guard try absent.next() else { throw SplitScanGivesWay() }
        absentKeep = absent.integer(1) != 0
        var last: Int64?
        while try rows.next() {
            guard rows.kind(0) == .integer else { throw SplitScanGivesWay() }
            let key = rows.integer(0)
            if let last, key <= last { throw SplitScanGivesWay() }
            last = key
            if (rows.integer(1) != 0) != absentKeep { exceptions.insert(key) }
        }
    }

    /// Whether the row whose customer is in `column` is kept.
    ///
    /// - Throws: ``SplitScanGivesWay`` for a customer that is neither NULL nor an integer.
    func keeps(_ row: any SQLRows, column: Int) throws -> Bool {
        switch row.kind(column) {
        case .null: return absentKeep
        case .integer: return exceptions.contains(row.integer(column)) != absentKeep
        default: throw SplitScanGivesWay()
        }
    }
}
