/// Picks an index with probability proportional to fixed weights.
///
/// ```swift
/// let channel = WeightedChoice([0.6, 0.3, 0.1])   // web, store, phone
/// let index = channel.pick(&random)
/// ```
struct WeightedChoice {
    private let cumulative: [Double]

    /// A choice over `weights` (non-negative, at least one positive).
    init(_ weights: [Double]) {
        var running = 0.0
        cumulative = weights.map {
            running += max(0, $0)
            return running
        }
    }

    /// The sum of the weights.
    var total: Double { cumulative.last ?? 0 }

    /// An index drawn from the weights.
    func pick(_ random: inout DemoRandom) -> Int {
        let target = random.uniform() * total
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
