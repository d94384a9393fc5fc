/// Validated (x, tx, T, weight) columns with the distinct frequencies and times factored out.
///
/// Likelihood terms that depend on x alone (log-gamma and digamma values) are computed once
/// per distinct x and looked up through `xIndex`, which makes grouped fits cheap; terms of T or
/// tx alone (ln(α + T), ln(α + tx)) likewise per distinct T and tx, of which customers observed
/// in whole days have a few hundred.
struct RFMData {
    var x: [Double] = []
    var tx: [Double] = []
    var T: [Double] = []
    var weight: [Double] = []
    /// Index of each row's x in `distinctX` (32 bits: a million rows hold 4 MB each, not 8).
    var xIndex: [Int32] = []
    var distinctX: [Double] = []
    /// Total weight of each distinct x.
    var distinctWeight: [Double] = []
    /// Index of each row's tx in `distinctTx`, and of its T in `distinctT`.
    var txIndex: [Int32] = []
    var distinctTx: [Double] = []
    var TIndex: [Int32] = []
    var distinctT: [Double] = []
    var totalWeight = 0.0

    var count: Int { x.count }

    /// Checks 0 ≤ tx ≤ T, T > 0, x ≥ 0, weight ≥ 0, tx = 0 when x = 0; drops zero weights.
    init(_ customers: some Collection<CustomerSummary>) throws(StatsError) {
        var lookups = Lookups()
        reserveCapacity(customers.count)
        for (row, c) in customers.enumerated() {
            guard c.x.isFinite, c.tx.isFinite, c.T.isFinite, c.weight.isFinite else {
                throw .invalidInput("row \(row): non-finite value")
            }
            guard c.x >= 0, c.T > 0, c.tx >= 0, c.tx <= c.T, c.weight >= 0 else {
                throw .invalidInput(
                    "row \(row): need x ≥ 0, 0 ≤ tx ≤ T, T > 0, weight ≥ 0 (got x=\(c.x), tx=\(c.tx), T=\(c.T), weight=\(c.weight))"
                )
            }
            guard c.x > 0 || c.tx == 0 else {
                throw .invalidInput("row \(row): tx must be 0 when x = 0 (got tx=\(c.tx))")
            }
            guard c.weight > 0 else { continue }
            append(x: c.x, tx: c.tx, T: c.T, weight: c.weight, lookups: &lookups)
        }
        guard totalWeight > 0 else { throw .insufficientData("no customers with positive weight") }
    }

    /// Makes room for `count` rows at once: grown row by row, the seven columns would reach up to
    /// twice their size, and each growth copies them (the largest allocation of a fit on a
    /// million customers' patterns).
    private mutating func reserveCapacity(_ count: Int) {
        x.reserveCapacity(count)
        tx.reserveCapacity(count)
        T.reserveCapacity(count)
        weight.reserveCapacity(count)
        xIndex.reserveCapacity(count)
        txIndex.reserveCapacity(count)
        TIndex.reserveCapacity(count)
    }

    /// Where each distinct value sits in its `distinct…` column.
    private struct Lookups {
        var x: [Double: Int] = [:], tx: [Double: Int] = [:], T: [Double: Int] = [:]
    }

    private mutating func append(x: Double, tx: Double, T: Double, weight: Double, lookups: inout Lookups) {
        let k = Self.index(of: x, lookup: &lookups.x, distinct: &distinctX)
        if k == distinctWeight.count { distinctWeight.append(0) }
        self.x.append(x)
        self.tx.append(tx)
        self.T.append(T)
        self.weight.append(weight)
        xIndex.append(Int32(k))
        txIndex.append(Int32(Self.index(of: tx, lookup: &lookups.tx, distinct: &distinctTx)))
        TIndex.append(Int32(Self.index(of: T, lookup: &lookups.T, distinct: &distinctT)))
        distinctWeight[k] += weight
        totalWeight += weight
    }

    /// The index of a value in `distinct`, appended when new.
    private static func index(of value: Double, lookup: inout [Double: Int], distinct: inout [Double]) -> Int {
        if let index = lookup[value] { return index }
        lookup[value] = distinct.count
        distinct.append(value)
        return distinct.count - 1
    }
}

extension RFMData {
    /// Rows taken as given, without validation.
    init(unchecked rows: [(x: Double, tx: Double, T: Double, weight: Double)]) {
        var lookups = Lookups()
        for row in rows { append(x: row.x, tx: row.tx, T: row.T, weight: row.weight, lookups: &lookups) }
    }
}
