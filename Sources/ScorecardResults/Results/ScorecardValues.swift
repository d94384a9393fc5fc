import ScorecardModel

/// Every KPI's values for one reporting period: what `eval` prints and the board pack draws.
///
/// Encoded as `values.json` (see docs/output.md). Values that cannot be computed are null with a
/// `note` saying why.
public struct ScorecardValues: Sendable, Codable, Equatable {
    /// The scorecard's title.
    public var title: String
    /// The organisation's name, empty when not set.
    public var organisation: String
    /// The ISO 4217 code of the money values.
    public var currency: String
    /// The locale the reports are formatted for, e.g. `en_GB`.
    public var locale: String
    /// The period label, e.g. `2026-10`, `2026-Q3`, `FY2026`.
    public var period: String
    /// The period's grain: `month`, `quarter` or `year`.
    public var grain: String
    /// The period's first and last months, `YYYY-MM`.
    public var periodStart: String
    /// The period's last month, `YYYY-MM`.
    public var periodEnd: String
    /// Every KPI's results, in the metrics' dependency order.
    public var kpis: [KPIResult]
    /// Rows left out of every measure because a value could not be used (`bad_rows skip`).
    public var badRows: [BadRows] = []
    /// How far each used source's data reaches; nil in values written before the freshness check.
    public var dataCoverage: [SourceCoverage]?
    /// True when the pack was published although some source does not cover the period.
    public var provisional: Bool?
    /// Values of windows published earlier that changed since (set by `run` from its ledger).
    public var restatements: [Restatement]?
    /// The executive summary's message from the period's commentary file, if any.
    public var message: String?

    enum CodingKeys: String, CodingKey {
        case title, organisation, currency, locale, period, grain, kpis, provisional, restatements, message
        case periodStart = "period_start"
        case periodEnd = "period_end"
        case badRows = "bad_rows"
        case dataCoverage = "data_coverage"
    }

    /// Encodes every key, writing `null` for a missing message.
    ///
    /// Coverage, provisional and restatements are written only when set.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encode(organisation, forKey: .organisation)
        try container.encode(currency, forKey: .currency)
        try container.encode(locale, forKey: .locale)
        try container.encode(period, forKey: .period)
        try container.encode(grain, forKey: .grain)
        try container.encode(periodStart, forKey: .periodStart)
        try container.encode(periodEnd, forKey: .periodEnd)
        try container.encode(kpis, forKey: .kpis)
        try container.encode(badRows, forKey: .badRows)
        try container.encodeIfPresent(dataCoverage, forKey: .dataCoverage)
        try container.encodeIfPresent(provisional, forKey: .provisional)
        try container.encodeIfPresent(restatements, forKey: .restatements)
        try container.encode(message, forKey: .message)
    }

    /// Every stored property, as the memberwise initializer would take them.
    public init(
        title: String,
        organisation: String,
        currency: String,
        locale: String,
        period: String,
        grain: String,
        periodStart: String,
        periodEnd: String,
        kpis: [KPIResult],
        badRows: [BadRows] = [],
        dataCoverage: [SourceCoverage]? = nil,
        provisional: Bool? = nil,
        restatements: [Restatement]? = nil,
        message: String? = nil
    ) {
        self.title = title
        self.organisation = organisation
        self.currency = currency
        self.locale = locale
        self.period = period
        self.grain = grain
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.kpis = kpis
        self.badRows = badRows
        self.dataCoverage = dataCoverage
        self.provisional = provisional
        self.restatements = restatements
        self.message = message
    }
}

/// One KPI's actual, comparisons, target, status, trend and breakdowns.
public struct KPIResult: Sendable, Codable, Equatable {
    /// The KPI id.
    public var id: String
    /// The KPI's label.
    public var label: String
    /// The KPI's stage.
    public var stage: Stage
    /// The KPI's focus.
    public var focus: Focus
    /// The unit the values are in.
    public var unit: Unit
    /// Whether higher or lower values are better.
    public var better: Polarity
    /// Who owns the KPI.
    public var owner: String?
    /// What the KPI means.
    public var description: String?
    /// The value expression as written.
    public var expression: String
    /// The value for the period, or null (see `note`).
    public var value: Double?
    /// Why `value` is null.
    public var note: String?
    /// The target for the period, if any.
    public var target: Double?
    /// Where the target comes from: `constant`, `schedule`, `file NAME.csv` or `table NAME`.
    public var targetSource: String?
    /// The traffic light against the target.
    public var status: KPIStatus
    /// The value against the target.
    public var variance: Variance?
    /// The value of the previous period.
    public var previous: Double?
    /// The value against the previous period's.
    public var previousVariance: Variance?
    /// The value of the same period a year earlier.
    public var lastYear: Double?
    /// The value against last year's.
    public var lastYearVariance: Variance?
    /// The value for the fiscal year to date.
    public var ytd: Double?
    /// The target for the fiscal year to date.
    public var ytdTarget: Double?
    /// The year-to-date value against its target.
    public var ytdVariance: Variance?
    /// The year-to-date traffic light.
    public var ytdStatus: KPIStatus
    /// The value for the same stretch of the previous fiscal year.
    public var ytdLastYear: Double?
    /// The value over the twelve months ending with the period's last month.
    public var ttm: Double?
    /// The monthly values leading up to the period, oldest first.
    public var trend: [TrendPoint]
    /// Breakdown values by dimension name, for the reporting period.
    public var breakdowns: [String: [BreakdownValue]]
    /// The controller's comment on this KPI for the period, if any.
    public var comment: KPIComment?

    enum CodingKeys: String, CodingKey {
        case id, label, stage, focus, unit, better, owner, description, expression, value, note, target, status,
            variance
        case previous, ytd, ttm, trend, breakdowns, comment
        case targetSource = "target_source"
        case previousVariance = "previous_variance"
        case lastYear = "last_year"
        case lastYearVariance = "last_year_variance"
        case ytdTarget = "ytd_target"
        case ytdVariance = "ytd_variance"
        case ytdStatus = "ytd_status"
        case ytdLastYear = "ytd_last_year"
    }

    /// Encodes every key, writing `null` for missing values rather than leaving keys out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(label, forKey: .label)
        try container.encode(stage, forKey: .stage)
        try container.encode(focus, forKey: .focus)
        try container.encode(unit, forKey: .unit)
        try container.encode(better, forKey: .better)
        try container.encode(owner, forKey: .owner)
        try container.encode(description, forKey: .description)
        try container.encode(expression, forKey: .expression)
        try container.encode(value, forKey: .value)
        try container.encode(note, forKey: .note)
        try container.encode(target, forKey: .target)
        try container.encode(targetSource, forKey: .targetSource)
        try container.encode(status, forKey: .status)
        try container.encode(variance, forKey: .variance)
        try container.encode(previous, forKey: .previous)
        try container.encode(previousVariance, forKey: .previousVariance)
        try container.encode(lastYear, forKey: .lastYear)
        try container.encode(lastYearVariance, forKey: .lastYearVariance)
        try container.encode(ytd, forKey: .ytd)
        try container.encode(ytdTarget, forKey: .ytdTarget)
        try container.encode(ytdVariance, forKey: .ytdVariance)
        try container.encode(ytdStatus, forKey: .ytdStatus)
        try container.encode(ytdLastYear, forKey: .ytdLastYear)
        try container.encode(ttm, forKey: .ttm)
        try container.encode(trend, forKey: .trend)
        try container.encode(breakdowns, forKey: .breakdowns)
        try container.encode(comment, forKey: .comment)
    }

    /// Every stored property, as the memberwise initializer would take them.
    public init(
        id: String,
        label: String,
        stage: Stage,
        focus: Focus,
        unit: Unit,
        better: Polarity,
        owner: String? = nil,
        description: String? = nil,
        expression: String,
        value: Double? = nil,
        note: String? = nil,
        target: Double? = nil,
        targetSource: String? = nil,
        status: KPIStatus,
        variance: Variance? = nil,
        previous: Double? = nil,
        previousVariance: Variance? = nil,
        lastYear: Double? = nil,
        lastYearVariance: Variance? = nil,
        ytd: Double? = nil,
        ytdTarget: Double? = nil,
        ytdVariance: Variance? = nil,
        ytdStatus: KPIStatus,
        ytdLastYear: Double? = nil,
        ttm: Double? = nil,
        trend: [TrendPoint],
        breakdowns: [String: [BreakdownValue]],
        comment: KPIComment? = nil
    ) {
        self.id = id
        self.label = label
        self.stage = stage
        self.focus = focus
        self.unit = unit
        self.better = better
        self.owner = owner
        self.description = description
        self.expression = expression
        self.value = value
        self.note = note
        self.target = target
        self.targetSource = targetSource
        self.status = status
        self.variance = variance
        self.previous = previous
        self.previousVariance = previousVariance
        self.lastYear = lastYear
        self.lastYearVariance = lastYearVariance
        self.ytd = ytd
        self.ytdTarget = ytdTarget
        self.ytdVariance = ytdVariance
        self.ytdStatus = ytdStatus
        self.ytdLastYear = ytdLastYear
        self.ttm = ttm
        self.trend = trend
        self.breakdowns = breakdowns
        self.comment = comment
    }
}

/// The difference between an actual and a reference value.
public struct Variance: Sendable, Codable, Equatable {
    /// actual − reference, in the KPI's unit.
    public var absolute: Double
    /// (actual − reference) / |reference|, or null when the reference is zero.
    public var relative: Double?

    /// Encodes both keys, writing `null` for a relative variance against zero.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(absolute, forKey: .absolute)
        try container.encode(relative, forKey: .relative)
    }

    /// The variance of a value against a reference, when both exist.
    public init?(actual: Double?, reference: Double?) {
        guard let actual, let reference else { return nil }
        absolute = actual - reference
        relative = reference == 0 ? nil : (actual - reference) / abs(reference)
    }
}

/// One month of a KPI's trend.
public struct TrendPoint: Sendable, Codable, Equatable {
    /// The month, `YYYY-MM`.
    public var period: String
    /// The KPI's value for the month, or null.
    public var value: Double?
    /// The month's target (plan), if any.
    public var target: Double?
    /// The value of the same month a year earlier.
    public var lastYear: Double?

    /// A trend point; target and last year's value are optional.
    public init(period: String, value: Double?, target: Double? = nil, lastYear: Double? = nil) {
        self.period = period
        self.value = value
        self.target = target
        self.lastYear = lastYear
    }

    enum CodingKeys: String, CodingKey {
        case period, value, target
        case lastYear = "last_year"
    }

    /// Encodes every key, writing `null` for missing values.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(period, forKey: .period)
        try container.encode(value, forKey: .value)
        try container.encode(target, forKey: .target)
        try container.encode(lastYear, forKey: .lastYear)
    }
}

/// One group of a breakdown; suppressed groups have no value.
public struct BreakdownValue: Sendable, Codable, Equatable {
    /// The group's dimension value.
    public var key: String
    /// The KPI's value for the group, or null when suppressed or unavailable.
    public var value: Double?
    /// True when the group has fewer customers than the privacy minimum.
    public var suppressed: Bool

    /// Encodes every key, writing `null` for a suppressed group's value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encode(value, forKey: .value)
        try container.encode(suppressed, forKey: .suppressed)
    }

    /// Every stored property, as the memberwise initializer would take them.
    public init(
        key: String,
        value: Double? = nil,
        suppressed: Bool
    ) {
        self.key = key
        self.value = value
        self.suppressed = suppressed
    }
}
