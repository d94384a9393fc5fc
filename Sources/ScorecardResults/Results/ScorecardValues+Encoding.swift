import Foundation

/// `values.json` and `values.csv`: deterministic encodings of a scorecard's values.
extension ScorecardValues {
    /// Pretty-printed JSON with sorted keys, ending with a line break.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    /// Reads values written by `jsonData()`.
    public static func decode(_ data: Data) throws -> ScorecardValues {
        try JSONDecoder().decode(ScorecardValues.self, from: data)
    }

    /// One row per KPI (RFC 4180), numbers unformatted so spreadsheets can use them.
    public func csv() -> String {
        let header = [
            "period", "id", "label", "stage", "focus", "unit", "value", "target", "status", "variance", "variance_pct",
            "previous", "last_year", "ytd", "ytd_target", "ttm", "note",
        ]
        let rows = kpis.map { kpi -> [String] in
            [
                period, kpi.id, kpi.label, kpi.stage.rawValue, kpi.focus.rawValue, kpi.unit.rawValue,
                Self.number(kpi.value),
                Self.number(kpi.target), kpi.status.rawValue, Self.number(kpi.variance?.absolute),
                Self.number(kpi.variance?.relative),
                Self.number(kpi.previous), Self.number(kpi.lastYear), Self.number(kpi.ytd), Self.number(kpi.ytdTarget),
                Self.number(kpi.ttm), kpi.note ?? "",
            ]
        }
        return ([header] + rows).map { $0.map(Self.field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func number(_ value: Double?) -> String {
        guard let value else { return "" }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension ScorecardValues {
    /// Reads every key, tolerating the ones older values lack.
    ///
    /// `bad_rows`, `data_coverage`, `provisional`, `restatements` and `message` may be absent
    /// (values written before they existed).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decode(String.self, forKey: .title)
        organisation = try container.decode(String.self, forKey: .organisation)
        currency = try container.decode(String.self, forKey: .currency)
        locale = try container.decode(String.self, forKey: .locale)
        period = try container.decode(String.self, forKey: .period)
        grain = try container.decode(String.self, forKey: .grain)
        periodStart = try container.decode(String.self, forKey: .periodStart)
        periodEnd = try container.decode(String.self, forKey: .periodEnd)
        kpis = try container.decode([KPIResult].self, forKey: .kpis)
        badRows = try container.decodeIfPresent([BadRows].self, forKey: .badRows) ?? []
        dataCoverage = try container.decodeIfPresent([SourceCoverage].self, forKey: .dataCoverage)
        provisional = try container.decodeIfPresent(Bool.self, forKey: .provisional)
        restatements = try container.decodeIfPresent([Restatement].self, forKey: .restatements)
        message = try container.decodeIfPresent(String.self, forKey: .message)
    }
}
