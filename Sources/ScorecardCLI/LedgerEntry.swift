import ScorecardModel

/// One line of the publication ledger: what one `run` published, when, and from which inputs.
///
/// ```json
/// {"period": "2026-10", "edition": 1, "published_at": "2026-11-02T06:00:12Z", "provisional": false,
///  "database": {"path": "crm.sqlite", "sha256": "…"}, "metrics": [{"path": "metrics/orders.kpi", "sha256": "…"}],
///  "values": [{"kpi": "net_revenue", "unit": "money", "window": "2026-10", "value": 998171.0}, …]}
/// ```
struct LedgerEntry: Codable, Equatable {
    /// One KPI's value over one window.
    struct Value: Codable, Equatable {
        let kpi: String
        let unit: Unit
        /// `2026-09` for one month, `2026-04..2026-09` for several.
        let window: String
        let value: Double?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(kpi, forKey: .kpi)
            try container.encode(unit, forKey: .unit)
            try container.encode(window, forKey: .window)
            try container.encode(value, forKey: .value)
        }
    }

    let period: String
    let edition: Int
    /// When the run published, ISO 8601 UTC.
    let publishedAt: String
    let provisional: Bool
    let database: RunManifest.HashedFile
    let metrics: [RunManifest.HashedFile]
    let values: [Value]

    enum CodingKeys: String, CodingKey {
        case period, edition, provisional, database, metrics, values
        case publishedAt = "published_at"
    }
}
