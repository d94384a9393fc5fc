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
        struct Key: Hashable { var x, tx, T: UInt64 }
        var index: [Key: Int] = [:]
        index.reserveCapacity(min(customers.count, 1 << 16))
        var groups: [CustomerSummary] = []
        var patternOf: [Int] = []
        patternOf.reserveCapacity(customers.count)
        for customer in customers {
            let key = Key(x: customer.x.bitPattern, tx: customer.tx.bitPattern, T: customer.T.bitPattern)
            if let i = index[key] {
                groups[i].weight += customer.weight
                patternOf.append(i)
            } else {
                index[key] = groups.count
                patternOf.append(groups.count)
                groups.append(CustomerSummary(x: customer.x, tx: customer.tx, T: customer.T, weight: customer.weight))
            }
        }
        return (groups, patternOf)
    }
}
