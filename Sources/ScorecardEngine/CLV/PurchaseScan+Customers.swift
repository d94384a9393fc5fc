import ScorecardSQL

extension PurchaseScan {
    /// What only the customer decides, read once per row of the joined customers table
    /// (``ScorecardSQL/CustomerSplitHistory``): whether their purchases are kept and their
    /// dimensions' values, found by integer key.
    ///
    /// Integer keys match as the joins' `=` matches them; anything else makes the scan give way.
    struct Customers {
        /// The keys, strictly ascending; empty when they run without a gap from ``firstKey``.
        private var keys: [Int64] = []
        /// The first key and the number of keys, when they run without a gap (ids 1, 2, 3, …):
        /// then a key's row is its distance from the first, and the keys are not kept.
        private var firstKey: Int64?
        private var keyCount = 0
        /// Per key: whether the customer's conditions hold.
        private var keeps: [Bool] = []
        /// Per key, the value index of each customer dimension (−1 for NULL), one after another.
        private var groups: [Int32] = []
        /// The same for a customer the table lacks.
        private var absentKeep = true
        private var absentGroups: [Int32] = []
        let dimensionCount: Int

        /// Reads the customers (columns key, keep, groups) and the absent customer's row.
        ///
        /// - Throws: ``SplitScanGivesWay`` for a key that is not an integer or not greater than the one before.
        init(
            _ rows: any SQLRows, absent: any SQLRows, dimensionCount: Int, interning names: inout GroupNameInterner,
            dimensions: [Int]
        ) throws {
            self.dimensionCount = dimensionCount
            while try rows.next() {
                guard rows.kind(0) == .integer else { throw SplitScanGivesWay() }
                let key = rows.integer(0)
                if let last = keys.last, key <= last { throw SplitScanGivesWay() }
                keys.append(key)
                keeps.append(rows.integer(1) != 0)
                for (column, dimension) in dimensions.enumerated() {
                    groups.append(names.index(of: rows, column: 2 + column, dimension: dimension))
                }
            }
            keyCount = keys.count
            if let first = keys.first, let last = keys.last,
                last.subtractingReportingOverflow(first) == (Int64(keys.count - 1), false)
            {
                firstKey = first
                keys = []
            }
            guard try absent.next() else { throw SplitScanGivesWay() }
            absentKeep = absent.integer(1) != 0
            absentGroups = dimensions.enumerated().map { column, dimension in
                names.index(of: absent, column: 2 + column, dimension: dimension)
            }
        }

        /// The row of a customer id (by its distance from the first key, or by binary search), or
        /// −1 when the table lacks it.
        func row(of id: Int64) -> Int32 {
            if let firstKey {
                let (offset, overflow) = id.subtractingReportingOverflow(firstKey)
                return !overflow && offset >= 0 && offset < Int64(keyCount) ? Int32(offset) : -1
            }
            var low = 0
            var high = keys.count
            while low < high {
                let middle = (low + high) / 2
                if keys[middle] < id { low = middle + 1 } else { high = middle }
            }
            return low < keys.count && keys[low] == id ? Int32(low) : -1
        }

        /// Whether the purchases of the customer at a row (−1: absent) are kept.
        func keeps(row: Int32) -> Bool { row < 0 ? absentKeep : keeps[Int(row)] }

        /// The value index of the customer dimension numbered `column` for the customer at a row.
        func group(row: Int32, column: Int) -> Int32 {
            row < 0 ? absentGroups[column] : groups[Int(row) * dimensionCount + column]
        }
    }
}
