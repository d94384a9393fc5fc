/// The controller's comment on a KPI, with the value it was written against.
///
/// In values.json: `{"text": "…", "written_against": 364.76, "stale": false}`; `written_against`
/// is null when the comment records no value or the KPI had none (`value: n/a`).
public struct KPIComment: Sendable, Codable, Equatable {
    /// The comment's paragraphs.
    public var text: String
    /// The value recorded with the comment.
    public var writtenAgainst: Double?
    /// True when the KPI's value has changed since the comment was written.
    public var stale: Bool

    /// A comment with the value it records and whether the value has moved since.
    public init(text: String, writtenAgainst: Double?, stale: Bool) {
        self.text = text
        self.writtenAgainst = writtenAgainst
        self.stale = stale
    }

    enum CodingKeys: String, CodingKey {
        case text, stale
        case writtenAgainst = "written_against"
    }

    /// Encodes every key, writing `null` when no value was recorded.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(writtenAgainst, forKey: .writtenAgainst)
        try container.encode(stale, forKey: .stale)
    }
}
