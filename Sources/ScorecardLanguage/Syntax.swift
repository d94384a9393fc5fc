/// A name written in a metrics file, with its range.
public struct Identifier: Sendable, Equatable {
    public let name: String
    public let range: SourceRange
}

/// A string literal with escapes resolved.
public struct StringLiteral: Sendable, Equatable {
    public let value: String
    public let range: SourceRange
}

/// A number as written (`120.50`), kept as text so money stays exact.
public struct NumberLiteral: Sendable, Equatable {
    public let text: String
    public let range: SourceRange

    /// The value as a binary floating-point number.
    public var value: Double { Double(text) ?? .nan }
}

/// A month or date literal with its range.
public struct PeriodToken: Sendable, Equatable {
    public let period: PeriodLiteral
    public let range: SourceRange
}

/// One parsed metrics file: its declarations, tokens and comments.
public struct SyntaxTree: Sendable {
    public let file: SourceFile
    public let declarations: [Declaration]
    public let tokens: [Token]
    public let comments: [Comment]
    /// Lexical and syntax diagnostics; the tree is still usable where parsing recovered.
    public let diagnostics: [Diagnostic]

    /// The file's text rebuilt from the tokens and their trivia (equals the source text).
    public func printedText() -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(file.bytes.count)
        var covered = 0
        for token in tokens {
            let end = max(token.triviaRange.start, covered)
            if end > covered { bytes += file.bytes[covered..<end] }
            bytes += file.bytes[token.triviaRange.start..<token.range.end]
            covered = token.range.end
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A top-level declaration.
public enum Declaration: Sendable {
    case settings(SettingsDeclaration)
    case source(SourceDeclaration)
    case dimension(DimensionDeclaration)
    case measure(MeasureDeclaration)
    case kpi(KPIDeclaration)
    case model(ModelDeclaration)

    /// The declaration's whole range, from its keyword to its end.
    public var range: SourceRange {
        switch self {
        case .settings(let d): d.range
        case .source(let d): d.range
        case .dimension(let d): d.range
        case .measure(let d): d.range
        case .kpi(let d): d.range
        case .model(let d): d.range
        }
    }
}

/// `scorecard "Title" { currency "EUR" … }`: the scorecard's settings.
public struct SettingsDeclaration: Sendable {
    public let title: StringLiteral?
    public let properties: [Property]
    public let range: SourceRange
}

/// `source orders { table orders … }`: a fact or entity table.
public struct SourceDeclaration: Sendable {
    public let name: Identifier
    public let properties: [Property]
    public let range: SourceRange
}

/// `dimension region "Region" = regions.name`: a column or row expression to break KPIs down by.
public struct DimensionDeclaration: Sendable {
    public let name: Identifier
    public let label: StringLiteral?
    public let expression: Expression
    public let range: SourceRange
}

/// `measure revenue: money = sum(orders.net_amount) [from orders] where …`: an aggregate over one source.
public struct MeasureDeclaration: Sendable {
    public let name: Identifier
    public let unit: Identifier?
    public let expression: Expression
    /// The source named by `from SOURCE`, which the measure aggregates; inferred when absent.
    public let source: Identifier?
    public let filter: Expression?
    public let range: SourceRange
}

/// `kpi id "Label" { stage … value … }`: a key performance indicator.
public struct KPIDeclaration: Sendable {
    public let name: Identifier
    public let label: StringLiteral?
    public let properties: [Property]
    public let range: SourceRange
}

/// `model clv "Customer lifetime value" { source … customer … amount … }`: a probabilistic CLV model.
public struct ModelDeclaration: Sendable {
    public let name: Identifier
    public let label: StringLiteral?
    public let properties: [Property]
    public let range: SourceRange
}

/// One line inside a block, e.g. `target 130.00 from 2026-04`.
public struct Property: Sendable {
    public let keyword: Identifier
    public let value: PropertyValue
    public let range: SourceRange
}

/// The typed value of a property.
public enum PropertyValue: Sendable {
    case string(StringLiteral)
    case word(Identifier)
    case number(NumberLiteral)
    case expression(Expression)
    /// `time ordered_at unix`, or `time orders.ordered_at` for a joined source's column
    case time(column: [Identifier], format: Identifier?)
    /// `join customers as buyer on customer_id` or `join regions via customers.region_id`
    case join(JoinSyntax)
    case target(TargetSyntax)
    /// `red below 90%`
    case threshold(direction: Identifier, amount: NumberLiteral, isPercent: Bool)
    /// `breakdown region, segment`
    case names([Identifier])
    /// `discount 1%` or `discount 0.01`
    case amount(NumberLiteral, isPercent: Bool)
    /// `horizon 12 months`
    case span(count: NumberLiteral, unit: Identifier)
    /// A property whose value failed to parse (already diagnosed).
    case invalid
}

/// A many-to-one join written in a source block.
public struct JoinSyntax: Sendable {
    public let target: Identifier
    public let alias: Identifier?
    /// The foreign key column of the declaring source (`on customer_id`).
    public let onColumn: Identifier?
    /// The joined source and its column holding the foreign key (`via customers.region_id`).
    public let via: (source: Identifier, column: Identifier)?
}

/// The forms a `target` property takes.
public enum TargetSyntax: Sendable {
    /// `target 120.00` or `target 95% from 2026-04`
    case constant(NumberLiteral, isPercent: Bool, from: PeriodToken?)
    /// `target from "budget-2026.csv"`
    case csv(StringLiteral)
    /// `target from table budget` or `target from table plan(kpi_id, month, amount)`
    case table(Identifier, columns: [Identifier])
}
