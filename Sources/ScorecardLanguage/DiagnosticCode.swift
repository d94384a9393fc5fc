/// The stable diagnostic codes; each has a section in docs/language.md.
public enum DiagnosticCode: String, Sendable, CaseIterable, Codable {
    // Files and syntax.
    case E0100, E0101, E0102, E0103, E0104, E0105, E0106, E0107, E0108, E0109, E0110, E0111
    // Meaning.
    case E0201, E0202, E0203, E0204, E0205, E0206, E0207, E0208, E0209, E0210, E0211
    case E0212, E0213, E0214, E0215, E0216, E0217, E0218, E0219, E0220, E0221, E0222
    // Warnings.
    case W0301, W0302, W0303
    // Evaluation: what the database holds does not fit the metrics (`eval`, `run`).
    case E0401, E0402, E0403, E0404, E0405, E0406, E0407, E0408, E0409, E0410, E0411

    /// Codes starting with W are warnings; all others are errors.
    public var severity: Diagnostic.Severity { rawValue.hasPrefix("W") ? .warning : .error }

    /// The one-line title used as the heading in docs/language.md.
    public var title: String {
        switch self {
        case .E0100: "file cannot be read"
        case .E0101: "not UTF-8 text"
        case .E0102: "unexpected character"
        case .E0103: "unterminated string"
        case .E0104: "malformed number, percent or period"
        case .E0105: "expected a token"
        case .E0106: "unknown declaration keyword"
        case .E0107: "unknown property in a block"
        case .E0108: "missing '}'"
        case .E0109: "expression nested too deeply"
        case .E0110: "unexpected text after a property"
        case .E0111: "expression too deep for the database"
        case .E0201: "duplicate definition"
        case .E0202: "unknown source"
        case .E0203: "unknown measure or KPI"
        case .E0204: "unknown dimension"
        case .E0205: "duplicate property in a block"
        case .E0206: "missing required property"
        case .E0207: "KPIs depend on each other in a cycle"
        case .E0208: "unit mismatch"
        case .E0209: "invalid stage"
        case .E0210: "invalid focus"
        case .E0211: "thresholds contradict the polarity or each other"
        case .E0212: "breakdown dimension not reachable from the KPI's sources"
        case .E0213: "ambiguous join path"
        case .E0214: "unknown function or wrong number of arguments"
        case .E0215: "unknown unit"
        case .E0216: "aggregate misuse"
        case .E0217: "a measure mixes sources that are not joined"
        case .E0218: "invalid setting value"
        case .E0219: "invalid target"
        case .E0220: "invalid join"
        case .E0221: "percentile outside 0..1"
        case .E0222: "more than one scorecard settings block"
        case .W0301: "KPI has no target"
        case .W0302: "KPI has no owner or description"
        case .W0303: "measure never used"
        case .E0401: "table not in the database"
        case .E0402: "column not in its table"
        case .E0403: "unknown KPI on the command line"
        case .E0404: "target table cannot be read"
        case .E0405: "percentile of a value that is not a number"
        case .E0406: "rows the evaluation cannot use"
        case .E0407: "data incomplete for the period"
        case .E0408: "time zone unknown to the database"
        case .E0409: "purchase time that is not a date"
        case .E0410: "no transactions before the calibration end"
        case .E0411: "calibration end that is not a date"
        }
    }
}
