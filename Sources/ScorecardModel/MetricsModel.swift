/// The checked semantic model of a metrics folder: what the SQL planner and engine consume.
public struct MetricsModel: Sendable {
    /// The scorecard-wide settings.
    public let settings: Settings
    /// The sources by name.
    public let sources: [String: Source]
    /// The dimensions by name.
    public let dimensions: [String: Dimension]
    /// The measures by name.
    public let measures: [String: Measure]
    /// The CLV models by name.
    public let clvModels: [String: CLVModel]
    /// KPIs in dependency order: every KPI comes after the KPIs it uses.
    public let kpis: [KPI]
    /// What the database's catalogue says the sources' columns hold.
    ///
    /// Empty as checked, filled by an evaluation from the database it reads, so the plan can
    /// treat a `boolean` flag as 1 and 0 and leave out row checks a typed column cannot fail.
    public var columnKinds = ColumnKinds()
    /// Each KPI's position in `kpis`.
    private let positions: [String: Int]
    /// Each KPI's measures, through the KPIs it uses (computed once, in dependency order).
    private let measuresByKPI: [String: Set<String>]

    /// The model; `kpis` must be in dependency order (the checker's order).
    public init(
        settings: Settings, sources: [String: Source], dimensions: [String: Dimension], measures: [String: Measure],
        clvModels: [String: CLVModel], kpis: [KPI]
    ) {
        self.settings = settings
        self.sources = sources
        self.dimensions = dimensions
        self.measures = measures
        self.clvModels = clvModels
        self.kpis = kpis
        var positions: [String: Int] = [:]
        var measuresByKPI: [String: Set<String>] = [:]
        for (position, kpi) in kpis.enumerated() {
            positions[kpi.id] = position
            let used = kpi.value.kpis
            measuresByKPI[kpi.id] = used.reduce(into: kpi.value.measures) { $0.formUnion(measuresByKPI[$1] ?? []) }
        }
        self.positions = positions
        self.measuresByKPI = measuresByKPI
    }

    /// The KPI with an id, if any.
    public func kpi(_ id: String) -> KPI? { positions[id].map { kpis[$0] } }

    /// Every measure a KPI needs, through the KPIs it uses.
    public func measures(of kpi: KPI) -> Set<String> {
        measuresByKPI[kpi.id] ?? kpi.value.measures
    }
}
