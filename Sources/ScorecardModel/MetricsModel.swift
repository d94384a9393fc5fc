/// The checked semantic model of a metrics folder: what the SQL planner and engine consume.
public struct MetricsModel: Sendable {
    public let settings: Settings
    public let sources: [String: Source]
    public let dimensions: [String: Dimension]
    public let measures: [String: Measure]
    public let clvModels: [String: CLVModel]
    /// KPIs in dependency order: every KPI comes after the KPIs it uses.
    public let kpis: [KPI]

    /// The KPI with an id, if any.
    public func kpi(_ id: String) -> KPI? { kpis.first { $0.id == id } }

    /// Every measure a KPI needs, through the KPIs it uses.
    public func measures(of kpi: KPI) -> Set<String> {
        var result = kpi.value.measures
        for id in kpi.value.kpis { if let used = self.kpi(id) { result.formUnion(measures(of: used)) } }
        return result
    }
}
