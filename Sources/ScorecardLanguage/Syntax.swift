/// A name written in a metrics file, with its range.
public struct Identifier: Sendable, Equatable {
    /// The name as written (without backquotes).
    public let name: String
    /// Where the name is written.
    public let range: SourceRange
}

/// A string literal with escapes resolved.
public struct StringLiteral: Sendable, Equatable {
    /// The string's value, escapes resolved.
    public let value: String
    /// Where the literal is written, quotes included.
    public let range: SourceRange
}

/// A number as written (`120.50`), kept as text so money stays exact.
public struct NumberLiteral: Sendable, Equatable {
    /// The number exactly as written.
    public let text: String
    /// Where the number is written.
    public let range: SourceRange

    /// The value as a binary floating-point number.
    public var value: Double { Double(text) ?? .nan }
}

/// A month or date literal with its range.
public struct PeriodToken: Sendable, Equatable {
    /// The month or date.
    public let period: PeriodLiteral
    /// Where it is written.
    public let range: SourceRange
}

/// One parsed metrics file: its declarations, tokens and comments.
public struct SyntaxTree: Sendable {
    /// The file parsed.
    public let file: SourceFile
    /// The declarations in file order, including those parsed after recovering from an error.
    public let declarations: [Declaration]
    /// Every token, for the formatter and for printing the text back.
    public let tokens: [Token]
    /// The comments, which the formatter keeps.
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
    /// The scorecard's title, e.g. `"Music shop"`.
    public let title: StringLiteral?
    /// The settings lines (currency, locale, fiscal_year_start…), in file order.
    public let properties: [Property]
    /// From the `scorecard` keyword to the closing brace.
    public let range: SourceRange
}

/// `source orders { table orders … }`: a fact or entity table.
public struct SourceDeclaration: Sendable {
    /// The source's name, used as the alias in `source.column`.
    public let name: Identifier
    /// The lines of the block (table, key, time, join, where…), in file order.
    public let properties: [Property]
    /// From the `source` keyword to the closing brace.
    public let range: SourceRange
}

/// `dimension region "Region" = regions.name`: a column or row expression to break KPIs down by.
public struct DimensionDeclaration: Sendable {
    /// The dimension's name, used by `breakdown`.
    public let name: Identifier
    /// The label shown in reports; derived from the name when absent.
    public let label: StringLiteral?
    /// The column or row expression whose values name the groups.
    public let expression: Expression
    /// From the `dimension` keyword to the end of the expression.
    public let range: SourceRange
}

/// `measure revenue: money = sum(orders.net_amount) [from orders] where …`: an aggregate over one source.
public struct MeasureDeclaration: Sendable {
    /// The measure's name, used in KPI values.
    public let name: Identifier
    /// The unit after the colon (`: money`), or nil for the aggregate's own unit.
    public let unit: Identifier?
    /// The aggregate call, e.g. `sum(orders.net_amount)`.
    public let expression: Expression
    /// The source named by `from SOURCE`, which the measure aggregates; inferred when absent.
    public let source: Identifier?
    /// The condition after `where`, a row expression.
    public let filter: Expression?
    /// From the `measure` keyword to the end of the declaration.
    public let range: SourceRange
}

/// `kpi id "Label" { stage … value … }`: a key performance indicator.
public struct KPIDeclaration: Sendable {
    /// The KPI's id, used in values, commentary and output.
    public let name: Identifier
    /// The label written after the id, if any.
    public let label: StringLiteral?
    /// The lines of the block (stage, focus, value, target…), in file order.
    public let properties: [Property]
    /// From the `kpi` keyword to the closing brace.
    public let range: SourceRange
}

/// `model clv "Customer lifetime value" { source … customer … amount … }`: a probabilistic CLV model.
public struct ModelDeclaration: Sendable {
    /// The model's name, used by `clv_total(NAME)` and friends.
    public let name: Identifier
    /// The label written after the name, if any.
    public let label: StringLiteral?
    /// The lines of the block (source, customer, amount, fit…), in file order.
    public let properties: [Property]
    /// From the `model` keyword to the closing brace.
    public let range: SourceRange
}

/// One line inside a block, e.g. `target 130.00 from 2026-04`.
public struct Property: Sendable {
    /// The property's first word, e.g. `target`.
    public let keyword: Identifier
    /// The value after the keyword, typed by the block's grammar.
    public let value: PropertyValue
    /// The whole line, keyword to value.
    public let range: SourceRange
}

/// The typed value of a property.
public enum PropertyValue: Sendable {
    case string(StringLiteral)
    case word(Identifier)
    case number(NumberLiteral)
    case expression(Expression)
    /// `table orders`, or `table crm.orders` for a table in a named schema
    case tableName(TableNameSyntax)
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
    /// The source joined.
    public let target: Identifier
    /// The name it is joined as (`as buyer`), or nil for the source's own name.
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
    case table(TableNameSyntax, columns: [Identifier])
}

/// A database table's name as written: `orders`, or `crm.orders` with the schema first.
///
/// Each part is an identifier (backquoted when odd: `` crm.`Order Lines` ``), so the name keeps
/// its parts: `crm.orders` is rendered `"crm"."orders"`.
public struct TableNameSyntax: Sendable, Equatable {
    /// The schema, or nil for a bare table name found through the database's default schema.
    public let schema: Identifier?
    /// The table's own name.
    public let table: Identifier

    /// The name as a metrics file's model keeps it: `orders` or `crm.orders`.
    public var name: String { (schema.map { $0.name + "." } ?? "") + table.name }

    /// From the schema (or the table) to the table's end.
    public var range: SourceRange { (schema?.range ?? table.range).union(table.range) }
}
