/// Validated (x, tx, T, weight) columns with the distinct frequencies factored out.
///
/// Likelihood terms that depend on x alone (log-gamma and digamma values) are computed once
/// per distinct x and looked up through `xIndex`, which makes grouped fits cheap.
struct RFMData {
    var x: [Double] = []
    var tx: [Double] = []
    var T: [Double] = []
    var weight: [Double] = []
    /// Index of each row's x in `distinctX`.
    var xIndex: [Int] = []
    var distinctX: [Double] = []
    /// Total weight of each distinct x.
    var distinctWeight: [Double] = []
    var totalWeight = 0.0

    var count: Int { x.count }

    /// Checks 0 ≤ tx ≤ T, T > 0, x ≥ 0, weight ≥ 0, tx = 0 when x = 0; drops zero weights.
    init(_ customers: [CustomerSummary]) throws(StatsError) {
        var lookup: [Double: Int] = [:]
        for (row, c) in customers.enumerated() {
            guard c.x.isFinite, c.tx.isFinite, c.T.isFinite, c.weight.isFinite else {
                throw .invalidInput("row \(row): non-finite value")
            }
            guard c.x >= 0, c.T > 0, c.tx >= 0, c.tx <= c.T, c.weight >= 0 else {
                throw .invalidInput("row \(row): need x ≥ 0, 0 ≤ tx ≤ T, T > 0, weight ≥ 0 (got x=\(c.x), tx=\(c.tx), T=\(c.T), weight=\(c.weight))")
            }
            guard c.x > 0 || c.tx == 0 else {
                throw .invalidInput("row \(row): tx must be 0 when x = 0 (got tx=\(c.tx))")
            }
            guard c.weight > 0 else { continue }
            let k: Int
            if let i = lookup[c.x] {
                k = i
            } else {
                k = distinctX.count
                lookup[c.x] = k
                distinctX.append(c.x)
                distinctWeight.append(0)
            }
            x.append(c.x); tx.append(c.tx); T.append(c.T); weight.append(c.weight)
            xIndex.append(k)
            distinctWeight[k] += c.weight
            totalWeight += c.weight
        }
        guard totalWeight > 0 else { throw .insufficientData("no customers with positive weight") }
    }
}

extension RFMData {
    /// Rows taken as given, without validation.
    init(unchecked rows: [(x: Double, tx: Double, T: Double, weight: Double)]) {
        var lookup: [Double: Int] = [:]
        for row in rows {
            let k = lookup[row.x] ?? distinctX.count
            if k == distinctX.count {
                lookup[row.x] = k
                distinctX.append(row.x)
                distinctWeight.append(0)
            }
            x.append(row.x); tx.append(row.tx); T.append(row.T); weight.append(row.weight)
            xIndex.append(k)
            distinctWeight[k] += row.weight
            totalWeight += row.weight
        }
    }
}
