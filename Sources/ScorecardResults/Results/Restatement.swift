import ScorecardModel

/// A value published earlier that the latest data gives differently.
///
/// Encoded in `values.json` under `restatements`:
///
/// ```json
/// {"kpi": "net_revenue", "label": "Net revenue", "unit": "money", "window": "2026-09",
///  "published": 998171.0, "now": 997871.0, "change": -300.0, "first_published": "2026-10-01T06:00:00Z", "published_in": "2026-09"}
/// ```
public struct Restatement: Sendable, Codable, Equatable {
    /// The KPI id.
    public var kpi: String
    /// The KPI's label.
    public var label: String
    /// The KPI's unit, for formatting the values.
    public var unit: Unit
    /// The months the value covers: `2026-09` or `2026-04..2026-09`.
    public var window: String
    /// The value published earlier (null for n/a).
    public var published: Double?
    /// The value the latest data gives (null for n/a).
    public var now: Double?
    /// The time (ISO 8601, UTC) the replaced value was first published.
    public var firstPublished: String
    /// The period of the run that last published the value.
    public var publishedIn: String

    /// A restatement from the published and current values.
    public init(
        kpi: String, label: String, unit: Unit, window: String, published: Double?, now: Double?,
        firstPublished: String,
        publishedIn: String
    ) {
        self.kpi = kpi
        self.label = label
        self.unit = unit
        self.window = window
        self.published = published
        self.now = now
        self.firstPublished = firstPublished
        self.publishedIn = publishedIn
    }

    /// now − published, when both exist.
    public var change: Double? {
        guard let published, let now else { return nil }
        return now - published
    }

    enum CodingKeys: String, CodingKey {
        case kpi, label, unit, window, published, now, change
        case firstPublished = "first_published"
        case publishedIn = "published_in"
    }

    /// Decodes a restatement, ignoring the derived `change`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            kpi: try container.decode(String.self, forKey: .kpi),
            label: try container.decode(String.self, forKey: .label),
            unit: try container.decode(Unit.self, forKey: .unit),
            window: try container.decode(String.self, forKey: .window),
            published: try container.decode(Double?.self, forKey: .published),
            now: try container.decode(Double?.self, forKey: .now),
            firstPublished: try container.decode(String.self, forKey: .firstPublished),
            publishedIn: try container.decode(String.self, forKey: .publishedIn))
    }

    /// Encodes every key, `change` included.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kpi, forKey: .kpi)
        try container.encode(label, forKey: .label)
        try container.encode(unit, forKey: .unit)
        try container.encode(window, forKey: .window)
        try container.encode(published, forKey: .published)
        try container.encode(now, forKey: .now)
        try container.encode(change, forKey: .change)
        try container.encode(firstPublished, forKey: .firstPublished)
        try container.encode(publishedIn, forKey: .publishedIn)
    }
}
