import Foundation

/// Validated repeat buyers' (x, m̄, weight) columns with the distinct x factored out.
struct SpendData {
    var meanSpend: [Double] = []
    var logMeanSpend: [Double] = []
    var weight: [Double] = []
    var xIndex: [Int] = []
    var distinctX: [Double] = []
    var totalWeight = 0.0

    var count: Int { meanSpend.count }

    /// Keeps rows with x > 0 and positive weight; m̄ must be positive and finite there.
    init(_ frequencies: [Double], _ meanSpends: [Double], _ weights: [Double]?) throws(StatsError) {
        guard frequencies.count == meanSpends.count, weights.map({ $0.count == frequencies.count }) ?? true else {
            throw .invalidInput("frequencies, meanSpends and weights must have the same length")
        }
        var lookup: [Double: Int] = [:]
        for i in frequencies.indices {
            let x = frequencies[i]
            let m = meanSpends[i]
            let w = weights?[i] ?? 1
            guard x.isFinite, x >= 0, w.isFinite, w >= 0 else {
                throw .invalidInput("row \(i): need finite x ≥ 0 and weight ≥ 0 (got x=\(x), weight=\(w))")
            }
            guard x > 0, w > 0 else { continue }
            guard m.isFinite, m > 0 else { throw .invalidInput("row \(i): mean spend must be positive (got \(m))") }
            let k = lookup[x] ?? distinctX.count
            if k == distinctX.count {
                lookup[x] = k
                distinctX.append(x)
            }
            meanSpend.append(m)
            logMeanSpend.append(log(m))
            weight.append(w)
            xIndex.append(k)
            totalWeight += w
        }
        guard totalWeight > 0 else { throw .noRepeatBuyers }
    }

    /// Weighted mean of m̄.
    var mean: Double {
        var s = 0.0
        for i in 0..<count { s += weight[i] * meanSpend[i] }
        return s / totalWeight
    }
}
