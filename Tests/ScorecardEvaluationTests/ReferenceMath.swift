/// Aggregates and KPI arithmetic written from the language reference, over plain Swift values.
///
/// `nil` stands for "no value" (n/a) throughout.
enum ReferenceMath {
    /// Money sum: each amount rounded to whole cents (half away from zero), summed, then in units.
    static func moneySum(_ amounts: [Double?]) -> Double {
        Double(amounts.compactMap { $0 }.reduce(0) { $0 + Int(($1 * 100).rounded(.toNearestOrAwayFromZero)) }) / 100
    }

    /// Plain sum of the non-null values (0 when there are none).
    static func sum(_ values: [Double?]) -> Double { values.compactMap { $0 }.reduce(0, +) }

    /// Mean of the non-null values, nil when there are none.
    static func mean(_ values: [Double?]) -> Double? {
        let present = values.compactMap { $0 }
        return present.isEmpty ? nil : present.reduce(0, +) / Double(present.count)
    }

    /// Continuous percentile (closest ranks, linear interpolation), nil without values.
    static func percentile(_ values: [Double?], _ p: Double) -> Double? {
        let sorted = values.compactMap { $0 }.sorted()
        guard !sorted.isEmpty else { return nil }
        let rank = p * Double(sorted.count - 1)
        let low = Int(rank.rounded(.down))
        let high = min(low + 1, sorted.count - 1)
        return sorted[low] + (rank - Double(low)) * (sorted[high] - sorted[low])
    }

    /// The share of flags that are true, nil when there are none.
    static func share(_ flags: [Bool]) -> Double? {
        flags.isEmpty ? nil : Double(flags.filter { $0 }.count) / Double(flags.count)
    }

    /// 100 × (promoters 9-10 − detractors 0-6) / answered, nil without answers.
    static func nps(_ scores: [Int]) -> Double? {
        guard !scores.isEmpty else { return nil }
        let promoters = scores.filter { $0 >= 9 }.count
        let detractors = scores.filter { $0 <= 6 }.count
        return 100 * Double(promoters - detractors) / Double(scores.count)
    }

    static func divide(_ a: Double?, _ b: Double?) -> Double? {
        guard let a, let b, b != 0 else { return nil }
        return a / b
    }

    static func subtract(_ a: Double?, _ b: Double?) -> Double? {
        guard let a, let b else { return nil }
        return a - b
    }

    /// `a(now) / a(a year earlier) − 1`; nil when either is missing or the earlier is zero.
    static func growth(_ now: Double?, _ before: Double?) -> Double? {
        guard let now, let before, before != 0 else { return nil }
        return now / before - 1
    }

    /// Of the customers active before, the share active now; nil when nobody was active before.
    static func retention(before: Set<Int>, now: Set<Int>) -> Double? {
        before.isEmpty ? nil : Double(before.intersection(now).count) / Double(before.count)
    }

    /// Of the customers with rows, the share with two or more; nil without customers.
    static func repeatRate(_ customers: [Int]) -> Double? {
        let counts = Dictionary(customers.map { ($0, 1) }, uniquingKeysWith: +)
        return counts.isEmpty ? nil : Double(counts.values.filter { $0 >= 2 }.count) / Double(counts.count)
    }
}

/// Whether two optional numbers agree within a relative tolerance (nil only equals nil).
func agrees(_ actual: Double?, _ expected: Double?, tolerance: Double) -> Bool {
    switch (actual, expected) {
    case (nil, nil): return true
    case (let a?, let e?): return abs(a - e) <= max(tolerance * max(abs(a), abs(e)), 1e-12)
    default: return false
    }
}
