/// A KPI's traffic-light status against its target; shown with a shape and a word as well as a colour.
public enum KPIStatus: String, Sendable, Codable, CaseIterable {
    case green, amber, red
    /// No target, or no value to compare.
    case none
}
