/// How far one source's data reaches against the reporting period it must cover.
///
/// Encoded in `values.json` under `data_coverage`, one entry per source the KPIs use:
///
/// ```json
/// {"source": "orders", "table": "orders", "last_date": "2026-10-15", "needed_date": "2026-10-24", "lag": "7 days", "covers": false}
/// ```
public struct SourceCoverage: Sendable, Codable, Equatable {
    /// The source's name.
    public var source: String
    /// The source's database table.
    public var table: String
    /// The day of the source's latest row, `YYYY-MM-DD`; nil when it has no dated rows.
    public var lastDate: String?
    /// The earliest last day that covers the period: its last day minus the source's lag.
    public var neededDate: String
    /// The lag the source allows, e.g. `7 days` (the standard) or `1 month`.
    public var lag: String
    /// True when the latest row is on or after `neededDate`.
    public var covers: Bool

    /// The coverage of a source; `covers` follows from the dates.
    public init(source: String, table: String, lastDate: String?, neededDate: String, lag: String) {
        self.source = source
        self.table = table
        self.lastDate = lastDate
        self.neededDate = neededDate
        self.lag = lag
        covers = lastDate.map { $0 >= neededDate } ?? false
    }

    enum CodingKeys: String, CodingKey {
        case source, table, lag, covers
        case lastDate = "last_date"
        case neededDate = "needed_date"
    }

    /// Encodes every key, writing `null` for a source without dated rows.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        try container.encode(table, forKey: .table)
        try container.encode(lastDate, forKey: .lastDate)
        try container.encode(neededDate, forKey: .neededDate)
        try container.encode(lag, forKey: .lag)
        try container.encode(covers, forKey: .covers)
    }

    /// `source 'orders' (table orders) reaches 2026-10-15; covering 2026-10 needs data to 2026-10-24 (lag 7 days)`.
    public func shortfall(period: String) -> String {
        let reach = lastDate.map { "reaches \($0)" } ?? "has no dated rows"
        return
            "source '\(source)' (table \(table)) \(reach); covering \(period) needs data to \(neededDate) (lag \(lag))"
    }
}
