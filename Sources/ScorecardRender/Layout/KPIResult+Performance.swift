import ScorecardResults

extension KPIResult {
    /// The relative variance against target, signed so that positive is good (polarity applied);
    /// nil without a target or a value.
    var performance: Double? {
        guard let relative = variance?.relative, relative.isFinite else { return nil }
        return better == .higher ? relative : -relative
    }

    /// Whether an absolute variance is good news for this KPI.
    func isFavourable(_ difference: Double) -> Bool { better == .higher ? difference >= 0 : difference <= 0 }
}
