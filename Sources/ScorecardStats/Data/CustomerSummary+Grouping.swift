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
    /// ```swift
    /// let (patterns, patternOf) = CustomerSummary.groupedWithIndices(customers)
    /// patterns[patternOf[0]].x == customers[0].x   // true
    /// ```
    public static func groupedWithIndices(_ customers: [CustomerSummary]) -> (
        patterns: [CustomerSummary], patternOf: [Int]
    ) {
        // A sort rather than a hash table: a million customers can fall into hundreds of thousands
        // of patterns, which a table would hold at several times their size. Customers are sorted
        // by their figures' bits, ties in customer order, so each run is one pattern whose weights
        // add up in customer order; the runs are then numbered by their first customer.
        let key = { (c: CustomerSummary) in (c.x.bitPattern, c.tx.bitPattern, c.T.bitPattern) }
        var order = Array(customers.indices)
        order.sort { a, b in
            let (ka, kb) = (key(customers[a]), key(customers[b]))
            return ka != kb ? ka < kb : a < b
        }
        var runStarts: [Int] = []
        for position in order.indices
        where position == 0 || key(customers[order[position]]) != key(customers[order[position - 1]]) {
            runStarts.append(position)
        }
        let runs = runStarts.indices.sorted { order[runStarts[$0]] < order[runStarts[$1]] }
        var patterns: [CustomerSummary] = []
        patterns.reserveCapacity(runs.count)
        var patternOf = [Int](repeating: 0, count: customers.count)
        for (pattern, run) in runs.enumerated() {
            let members = runStarts[run]..<(run + 1 < runStarts.count ? runStarts[run + 1] : order.count)
            let first = customers[order[members.lowerBound]]
            var summary = CustomerSummary(x: first.x, tx: first.tx, T: first.T, weight: first.weight)
            for position in members.dropFirst() { summary.weight += customers[order[position]].weight }
            for position in members { patternOf[order[position]] = pattern }
            patterns.append(summary)
        }
        return (patterns, patternOf)
    }
}
