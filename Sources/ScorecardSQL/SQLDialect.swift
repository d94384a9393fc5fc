/// SQL text plus the values bound to its parameters, in order.
public struct RenderedSQL: Sendable, Equatable {
    /// The statement, with one placeholder per binding in the dialect's spelling (`?` or `$1`).
    public let text: String
    /// The values for the placeholders, the first binding for the first placeholder.
    public let bindings: [SQLValue]

    /// Rendered SQL from its text and the values its placeholders stand for.
    public init(text: String, bindings: [SQLValue]) {
        self.text = text
        self.bindings = bindings
    }
}

/// Renders SQL trees into text; standard SQL by default, with one small subclass per database.
///
/// Identifiers are always quoted and values always bound, so nothing in a metrics file can
/// change the statement's structure.
open class SQLDialect: @unchecked Sendable {
    /// The standard SQL dialect, with `?` placeholders; subclasses override what their database spells differently.
    public init() {}

    /// Renders a statement into text and bindings.
    public func render(_ select: SQLSelect) -> RenderedSQL {
        var output = SQLOutput()
        write(select, to: &output)
        return RenderedSQL(text: output.text, bindings: output.bindings)
    }

    // MARK: What dialects override

    /// The parameter marker for the n-th binding (1-based).
    open func placeholder(_ index: Int) -> String { "?" }

    /// An identifier in double quotes, with embedded quotes doubled.
    open func quote(_ identifier: String) -> String {
        "\"" + identifier.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    /// The text of a binary operator; every dialect so far spells them the standard way.
    open func symbol(for op: SQLOperator) -> String { op.symbol }

    /// Writes a function call, by its standard name except for two functions databases differ on.
    ///
    /// ``SQLFunction/sumOrZero`` is `COALESCE(SUM(CAST(x AS DOUBLE PRECISION)), 0)`, and
    /// ``SQLFunction/round`` rounds a `NUMERIC` (rounding a double precision goes to even on a half).
    open func writeFunction(
        _ function: SQLFunction, _ arguments: [SQLExpression], distinct: Bool, to output: inout SQLOutput
    ) {
        switch function {
        case .sumOrZero:
            let sum = SQLExpression.function(.sum, arguments.map { .cast($0, .real) }, distinct: distinct)
            write(.function(.coalesce, [sum, .value(.real(0))]), to: &output)
        case .round:
            output.append("ROUND(CAST(")
            output.join(arguments, separator: ", ") { self.write($0, to: &$1) }
            output.append(" AS NUMERIC))")
        default:
            writeCall(function.standardName, arguments, distinct: distinct, to: &output)
        }
    }

    /// Writes the day number (whole days since 1970-01-01, UTC) of an instant as an integer.
    ///
    /// ISO text becomes a date difference, `(CAST(CAST(x AS TIMESTAMP) AS DATE) - DATE '1970-01-01')`;
    /// unix seconds `CAST(FLOOR(CAST(x AS DOUBLE PRECISION) / 86400) AS BIGINT)`; Julian days the
    /// same over `x - 2440587.5`.
    open func writeDayNumber(_ instant: SQLExpression, format: SQLTimeFormat, to output: inout SQLOutput) {
        switch format {
        case .iso:
            output.append("(CAST(CAST(")
            write(instant, to: &output)
            output.append(" AS TIMESTAMP) AS DATE) - DATE '1970-01-01')")
        case .unix, .julian:
            output.append("CAST(FLOOR(CAST(")
            write(instant, to: &output)
            output.append(" AS \(typeName(.real)))" + (format == .unix ? " / 86400" : " - 2440587.5"))
            output.append(") AS \(typeName(.integer)))")
        }
    }

    /// A table name with each dot-separated part quoted: `crm.orders` is `"crm"."orders"`.
    ///
    /// The dot names a table in another schema, or in SQLite an attached database.
    public func quoteTable(_ name: String) -> String {
        name.split(separator: ".", omittingEmptySubsequences: false).map { quote(String($0)) }.joined(separator: ".")
    }

    /// An exact continuous percentile of x (standard SQL: an ordered-set aggregate).
    open func writePercentile(_ value: SQLExpression, fraction: Double, to output: inout SQLOutput) {
        output.append("PERCENTILE_CONT(")
        output.bind(.real(fraction), placeholder: placeholder)
        output.append(") WITHIN GROUP (ORDER BY ")
        write(value, to: &output)
        output.append(")")
    }

    /// Hours between two instants stored in a time format.
    open func writeHoursBetween(
        _ start: SQLExpression, _ end: SQLExpression, format: SQLTimeFormat, to output: inout SQLOutput
    ) {
        switch format {
        case .iso:
            output.append("(EXTRACT(EPOCH FROM (CAST(")
            write(end, to: &output)
            output.append(" AS TIMESTAMP) - CAST(")
            write(start, to: &output)
            output.append(" AS TIMESTAMP))) / 3600.0)")
        case .unix: writeScaledDifference(start, end, divisor: 3600, to: &output)
        case .julian: writeScaledDifference(start, end, multiplier: 24, to: &output)
        }
    }

    /// The keyword of a join kind; only SQLite keeps `CROSS JOIN` for ``SQLJoin/Kind/innerInOrder``.
    open func keyword(for kind: SQLJoin.Kind) -> String {
        kind == .innerInOrder ? SQLJoin.Kind.inner.rawValue : kind.rawValue
    }

    /// The `YYYY-MM-DD` day of an instant: its first 10 characters when ISO, else to_char.
    open func writeDay(_ instant: SQLExpression, format: SQLTimeFormat, to output: inout SQLOutput) {
        guard format == .iso else {
            return writeCalendarText(instant, format: format, pattern: "YYYY-MM-DD", to: &output)
        }
        writeISOPrefix(instant, length: 10, to: &output)
    }

    /// A day's key from its `YYYY-MM-DD` text: the year's, month's and day's digits joined and
    /// read as an integer, `CAST(SUBSTRING(x FROM 1 FOR 4) || … AS INTEGER)`. The dashes are
    /// left out by position, so nothing else is taken for one.
    open func writeDayKey(_ day: SQLExpression, to output: inout SQLOutput) {
        output.append("CAST(")
        output.join([(1, 4), (6, 2), (9, 2)], separator: " || ") { part, output in
            self.writeSubstring(day, start: part.0, length: part.1, to: &output)
        }
        output.append(" AS \(typeName(.integer)))")
    }

    /// `length` characters of text from position `start` (1 for the first):
    /// `SUBSTRING(x FROM start FOR length)`.
    open func writeSubstring(_ text: SQLExpression, start: Int, length: Int, to output: inout SQLOutput) {
        output.append("SUBSTRING(")
        write(text, to: &output)
        output.append(" FROM \(start) FOR \(length))")
    }

    /// Whether an ISO instant's month key (``writeMonthKey(_:format:to:)``) is NULL or no
    /// `YYYY-MM` month (01 to 12) exactly when ``writeUnreadableTime(_:format:to:)`` flags it:
    /// both read the first 7 characters of the instant's text here. A query grouped by month can
    /// then count those rows from its groups instead of testing every row.
    open var monthKeyTellsUnreadableISOTimes: Bool { true }

    /// The `YYYY-MM` month of an instant: its first 7 characters when ISO, else to_char.
    open func writeMonthKey(_ instant: SQLExpression, format: SQLTimeFormat, to output: inout SQLOutput) {
        guard format == .iso else { return writeCalendarText(instant, format: format, pattern: "YYYY-MM", to: &output) }
        writeISOPrefix(instant, length: 7, to: &output)
    }

    /// The first characters of an ISO instant's text: `SUBSTRING(CAST(x AS TEXT) FROM 1 FOR n)`.
    ///
    /// ISO text is taken as it is stored, as SQLite does: no parse per row, and a day the
    /// calendar lacks (`2026-02-30`) is no error. A `date` or `timestamp` is its ISO text (the
    /// session's DateStyle is ISO), a `timestamptz` its text in the session's time zone.
    private func writeISOPrefix(_ instant: SQLExpression, length: Int, to output: inout SQLOutput) {
        output.append("SUBSTRING(CAST(")
        write(instant, to: &output)
        output.append(" AS \(typeName(.text))) FROM 1 FOR \(length))")
    }

    private func writeCalendarText(
        _ instant: SQLExpression, format: SQLTimeFormat, pattern: String, to output: inout SQLOutput
    ) {
        output.append("to_char(")
        switch format {
        case .iso:
            output.append("CAST(")
            write(instant, to: &output)
            output.append(" AS TIMESTAMP)")
        case .unix:
            output.append("to_timestamp(")
            write(instant, to: &output)
            output.append(") AT TIME ZONE 'UTC'")
        case .julian:
            output.append("to_timestamp((")
            write(instant, to: &output)
            output.append(" - 2440587.5) * 86400) AT TIME ZONE 'UTC'")
        }
        output.append(", '\(pattern)')")
    }

    /// Writes a test true when a value is not NULL and its text does not read as a decimal number.
    ///
    /// Standard SQL: `(x IS NOT NULL AND CAST(x AS TEXT) NOT SIMILAR TO ?)` with a bound pattern for
    /// a signed decimal with optional exponent, surrounding spaces allowed.
    open func writeNotANumber(_ value: SQLExpression, to output: inout SQLOutput) {
        output.append("(")
        write(.isNull(value, negated: true), to: &output)
        output.append(" AND CAST(")
        write(value, to: &output)
        output.append(" AS \(typeName(.text))) NOT SIMILAR TO ")
        output.bind(.text(" *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *"), placeholder: placeholder)
        output.append(")")
    }

    /// Writes a test true when an instant is NULL or cannot be read as a time in its format.
    ///
    /// ISO text must start `YYYY-MM` with a month 01 to 12; unix seconds and Julian days must be
    /// numbers (``writeNotANumber(_:to:)``).
    open func writeUnreadableTime(_ instant: SQLExpression, format: SQLTimeFormat, to output: inout SQLOutput) {
        output.append("(")
        write(.isNull(instant, negated: false), to: &output)
        output.append(" OR ")
        switch format {
        case .iso: writeNotAMonthPrefix(instant, to: &output)
        case .unix, .julian: write(.notANumber(instant), to: &output)
        }
        output.append(")")
    }

    /// True when an instant's text does not start `YYYY-MM` with a month 01 to 12, without a
    /// regular expression per row (`SIMILAR TO` costs several times more):
    ///
    /// ```sql
    /// NOT (translate(SUBSTRING(CAST(x AS TEXT) FROM 1 FOR 7), '0123456789', '0000000000') = '0000-00'
    ///      AND SUBSTRING(CAST(x AS TEXT) FROM 6 FOR 2) BETWEEN '01' AND '12')
    /// ```
    private func writeNotAMonthPrefix(_ instant: SQLExpression, to output: inout SQLOutput) {
        output.append("NOT (translate(")
        writeISOPrefix(instant, length: 7, to: &output)
        output.append(", ")
        output.bind(.text("0123456789"), placeholder: placeholder)
        output.append(", ")
        output.bind(.text("0000000000"), placeholder: placeholder)
        output.append(") = ")
        output.bind(.text("0000-00"), placeholder: placeholder)
        output.append(" AND SUBSTRING(CAST(")
        write(instant, to: &output)
        output.append(" AS \(typeName(.text))) FROM 6 FOR 2) BETWEEN ")
        output.bind(.text("01"), placeholder: placeholder)
        output.append(" AND ")
        output.bind(.text("12"), placeholder: placeholder)
        output.append(")")
    }

    /// An ISO instant as text: standard SQL `CAST(x AS TEXT)`.
    ///
    /// So a `date` or `timestamp` column compares with ISO text bounds; the text of a
    /// `timestamptz` is in the session's time zone.
    open func writeISOText(_ instant: SQLExpression, to output: inout SQLOutput) {
        output.append("CAST(")
        write(instant, to: &output)
        output.append(" AS \(typeName(.text)))")
    }

    /// A boolean as 1 or 0: `CAST(x AS INTEGER)`.
    ///
    /// PostgreSQL casts a boolean to `integer`, not to `bigint`.
    open func writeBooleanAsNumber(_ flag: SQLExpression, to output: inout SQLOutput) {
        output.append("CAST(")
        write(flag, to: &output)
        output.append(" AS INTEGER)")
    }

    /// A number where a condition stands, true when not zero as in SQLite: `(x <> 0)`.
    ///
    /// NULL stays NULL (not true), so `NOT x` is true only for 0, as in SQLite.
    open func writeNumberAsCondition(_ number: SQLExpression, to output: inout SQLOutput) {
        output.append("(")
        write(number, to: &output)
        output.append(" <> 0)")
    }

    /// The database's name for a portable type.
    open func typeName(_ type: SQLType) -> String {
        switch type {
        case .integer: "BIGINT"
        case .real: "DOUBLE PRECISION"
        case .text: "TEXT"
        }
    }

    // MARK: Shared rendering

    func writeScaledDifference(
        _ start: SQLExpression, _ end: SQLExpression, divisor: Int = 1, multiplier: Int = 1,
        to output: inout SQLOutput
    ) {
        output.append("((")
        write(end, to: &output)
        output.append(" - ")
        write(start, to: &output)
        output.append(multiplier != 1 ? ") * \(multiplier).0)" : ") / \(divisor).0)")
    }

    func write(_ select: SQLSelect, to output: inout SQLOutput) {
        if !select.with.isEmpty {
            output.append("WITH ")
            output.join(select.with, separator: ",\n") { self.write($0, to: &$1) }
            output.append("\n")
        }
        output.append(select.distinct ? "SELECT DISTINCT " : "SELECT ")
        output.join(select.columns, separator: ", ") { column, out in
            self.write(column.expression, to: &out)
            if let alias = column.alias { out.append(" AS " + self.quote(alias)) }
        }
        output.append("\nFROM ")
        write(select.from, to: &output)
        for join in select.joins {
            output.append("\n\(keyword(for: join.kind)) ")
            write(join.table, to: &output)
            output.append(" ON ")
            writeCondition(join.on, to: &output)
        }
        if let filter = select.filter {
            output.append("\nWHERE ")
            writeCondition(filter, to: &output)
        }
        writeList("\nGROUP BY ", select.groupBy, to: &output)
        if let having = select.having {
            output.append("\nHAVING ")
            writeCondition(having, to: &output)
        }
        writeList("\nORDER BY ", select.orderBy, each: select.descending ? " DESC" : "", to: &output)
        if let limit = select.limit {
            output.append("\nLIMIT ")
            output.bind(.integer(Int64(limit)), placeholder: placeholder)
        }
    }

    private func writeList(
        _ keyword: String, _ expressions: [SQLExpression], each suffix: String = "", to output: inout SQLOutput
    ) {
        guard !expressions.isEmpty else { return }
        output.append(keyword)
        output.join(expressions, separator: ", ") {
            self.write($0, to: &$1)
            $1.append(suffix)
        }
    }

    private func write(_ table: SQLCommonTable, to output: inout SQLOutput) {
        output.append(quote(table.name) + "(" + table.columns.map(quote).joined(separator: ", ") + ") AS (")
        switch table.body {
        case .select(let select): write(select, to: &output)
        case .values(let rows):
            output.append("VALUES ")
            output.join(rows, separator: ", ") { row, out in
                out.append("(")
                out.join(row, separator: ", ") { self.write($0, to: &$1) }
                out.append(")")
            }
        }
        output.append(")")
    }

    func write(_ reference: SQLTableReference, to output: inout SQLOutput) {
        switch reference {
        case .table(let name, let alias):
            output.append(quoteTable(name))
            if let alias { output.append(" AS " + quote(alias)) }
        case .subquery(let select, let alias):
            output.append("(")
            write(select, to: &output)
            output.append(") AS " + quote(alias))
        }
    }
}

/// The text and bindings being written.
public struct SQLOutput {
    /// The SQL written so far, placeholders included.
    public private(set) var text = ""
    /// The values bound so far, one per placeholder in ``text``, in order.
    public private(set) var bindings: [SQLValue] = []

    mutating func append(_ string: String) { text += string }

    /// Appends a parameter marker and records its value.
    mutating func bind(_ value: SQLValue, placeholder: (Int) -> String) {
        bindings.append(value)
        text += placeholder(bindings.count)
    }

    mutating func join<T>(_ items: [T], separator: String, _ write: (T, inout SQLOutput) -> Void) {
        for (index, item) in items.enumerated() {
            if index > 0 { text += separator }
            write(item, &self)
        }
    }
}
