extension CustomerSummary {
    /// Merges customers with identical (x, tx, T) into one summary whose weight is the sum.
    ///
    /// The frequency models only see (x, tx, T), so a million customers observed in whole weeks
    /// collapse into a few thousand patterns and fit in milliseconds. Mean spends are dropped
    /// (fit the Gamma-Gamma model on the individual customers). Order: first occurrence.
    ///
    /// ```swift
    /// let patterns = CustomerSummary.grouped(customers)   // Σ weight is unchanged
    /// ```
    public static func grouped(_ customers: [CustomerSummary]) -> [CustomerSummary] {
        groupedWithIndices(customers).patterns
    }

    /// The same grouping, with the index in `patterns` of each customer's group.
    ///
    /// Indices are 32-bit (customers held in memory number far fewer than 2³¹): the grouping's
    /// arrays are among the largest of a fit on a million customers.
    ///
    /// ```swift
    /// let (patterns, patternOf) = CustomerSummary.groupedWithIndices(customers)
    /// patterns[Int(patternOf[0])].x == customers[0].x   // true
    /// ```
    public static func groupedWithIndices(_ customers: [CustomerSummary]) -> (
        patterns: [CustomerSummary], patternOf: [Int32]
    ) {
        groupedWithIndices(customers) { customers[$0].figureBits }
    }

    /// The same grouping, sorting customers by `key` (of a customer's index), which must be equal
    /// for two customers exactly when their x, t_x and T are: a collection that makes its
    /// summaries when read can sort by what it holds, without computing the figures at every
    /// comparison. The result does not depend on the key's order, only on its equalities.
    ///
    /// Inlinable, so that a caller's collection is specialised, not read through its protocol.
    @inlinable public static func groupedWithIndices<Customers: RandomAccessCollection<CustomerSummary>>(
        _ customers: Customers, key customerKey: (Int) -> (UInt64, UInt64, UInt64)
    ) -> (patterns: [CustomerSummary], patternOf: [Int32]) where Customers.Index == Int {
        // A sort rather than a hash table: a million customers can fall into hundreds of thousands
        // of patterns, which a table would hold at several times their size. Customers are sorted
        // by their key, ties in customer order, so each run is one pattern whose weights add up
        // in customer order; the runs are then numbered by their first customer.
        func key(_ index: Int32) -> (UInt64, UInt64, UInt64) { customerKey(Int(index)) }
        var order = (0..<Int32(customers.count)).map { $0 }
        order.sort { a, b in
            let (ka, kb) = (key(a), key(b))
            return ka != kb ? ka < kb : a < b
        }
        var runStarts: [Int32] = []
        for position in order.indices where position == 0 || key(order[position]) != key(order[position - 1]) {
            runStarts.append(Int32(position))
        }
        var runs = (0..<Int32(runStarts.count)).map { $0 }
        runs.sort { order[Int(runStarts[Int($0)])] < order[Int(runStarts[Int($1)])] }
        var patterns: [CustomerSummary] = []
        patterns.reserveCapacity(runs.count)
        var patternOf = [Int32](repeating: 0, count: customers.count)
        for (pattern, run) in runs.enumerated() {
            let run = Int(run)
            let members = Int(runStarts[run])..<(run + 1 < runStarts.count ? Int(runStarts[run + 1]) : order.count)
            let first = customers[Int(order[members.lowerBound])]
            var summary = CustomerSummary(x: first.x, tx: first.tx, T: first.T, weight: first.weight)
            for position in members.dropFirst() { summary.weight += customers[Int(order[position])].weight }
            for position in members { patternOf[Int(order[position])] = Int32(pattern) }
            patterns.append(summary)
        }
        return (patterns, patternOf)
    }

    /// The bits of x, t_x and T: the grouping's key of summaries held as they are.
    public var figureBits: (UInt64, UInt64, UInt64) { (x.bitPattern, tx.bitPattern, T.bitPattern) }
}
