import ScorecardModel

/// Decides green, amber or red from a value, its target, the thresholds and the polarity.
///
/// Relative thresholds are fractions of the target (`red below 90%`: red when the value is under
/// 90% of the target); absolute ones compare the value itself. Without thresholds a KPI is green
/// on or beyond target and red otherwise. `better lower` mirrors everything.
enum StatusRule {
    static func status(value: Double?, target: Double?, thresholds: Thresholds, polarity: Polarity) -> KPIStatus {
        guard let value, let target else { return .none }
        let beyond: (Double, Double) -> Bool = polarity == .higher ? { $0 < $1 } : { $0 > $1 }
        if thresholds.amber == nil && thresholds.red == nil {
            return beyond(value, target) ? .red : .green
        }
        if let red = thresholds.red, beyond(value, boundary(red, target: target)) { return .red }
        if let amber = thresholds.amber, beyond(value, boundary(amber, target: target)) { return .amber }
        return .green
    }

    /// The value at which a band starts; relative boundaries scale with the target's magnitude.
    static func boundary(_ threshold: Threshold, target: Double) -> Double {
        threshold.isRelative ? target + abs(target) * (threshold.value - 1) : threshold.value
    }
}
