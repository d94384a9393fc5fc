/// SQLite: `?` parameters, `percentile_cont(x, p)` from the engine's registered aggregate, julianday() for ISO text.
///
/// SQLite's own functions (`TOTAL`, `julianday`, `substr`, `date`, `strftime`, `typeof`) and the
/// engine's (`percentile_cont`, `scorecard_not_number`) are named here and nowhere else.
public final class SQLiteDialect: SQLDialect, @unchecked Sendable {
    /// `TOTAL(x)` for ``SQLFunction/sumOrZero``; SQLite's `ROUND(x)` already rounds halves away from zero.
    override public func writeFunction(
        _ function: SQLFunction, _ arguments: [SQLExpression], distinct: Bool, to output: inout SQLOutput
    ) {
        switch function {
        case .sumOrZero: writeCall("TOTAL", arguments, distinct: distinct, to: &output)
        case .round: writeCall("ROUND", arguments, distinct: distinct, to: &output)
        default: super.writeFunction(function, arguments, distinct: distinct, to: &output)
        }
    }

    /// Writes `percentile_cont(x, ?)`, the engine's registered two-argument aggregate, with the fraction bound.
    override public func writePercentile(_ value: SQLExpression, fraction: Double, to output: inout SQLOutput) {
        output.append("percentile_cont(")
        write(value, to: &output)
        output.append(", ")
        output.bind(.real(fraction), placeholder: placeholder)
        output.append(")")
    }

    /// Writes `((julianday(end) - julianday(start)) * 24.0)` for ISO text; numbers as in standard SQL.
    override public func writeHoursBetween(
        _ start: SQLExpression, _ end: SQLExpression, format: SQLTimeFormat,
        to output: inout SQLOutput
    ) {
        guard format == .iso else { return super.writeHoursBetween(start, end, format: format, to: &output) }
        output.append("((")
        writeCall("julianday", [end], to: &output)
        output.append(" - ")
        writeCall("julianday", [start], to: &output)
        output.append(") * 24.0)")
    }

    /// The instant itself: SQLite keeps ISO times as text (a cast would hide its time index).
    override public func writeISOText(_ instant: SQLExpression, to output: inout SQLOutput) {
        write(instant, to: &output)
    }

    /// The value itself: SQLite has no boolean type, its flags are already 1 and 0.
    override public func writeBooleanAsNumber(_ flag: SQLExpression, to output: inout SQLOutput) {
        write(flag, to: &output)
    }

    /// The number itself: SQLite takes any number as a condition, true when not zero.
    override public func writeNumberAsCondition(_ number: SQLExpression, to output: inout SQLOutput) {
        write(number, to: &output)
    }

    /// `CROSS JOIN` makes SQLite loop over the left table first.
    override public func keyword(for kind: SQLJoin.Kind) -> String { kind.rawValue }

    /// Writes the `YYYY-MM-DD` day: `substr(x, 1, 10)` of ISO text, `date(x, 'unixepoch')`, or `date(x)`.
    override public func writeDay(_ instant: SQLExpression, format: SQLTimeFormat, to output: inout SQLOutput) {
        switch format {
        case .iso: writeCall("substr", [instant, .value(.integer(1)), .value(.integer(10))], to: &output)
        case .unix: writeCall("date", [instant, .value(.text("unixepoch"))], to: &output)
        case .julian: writeCall("date", [instant], to: &output)
        }
    }

    /// Writes `substr(x, start, length)`.
    override public func writeSubstring(_ text: SQLExpression, start: Int, length: Int, to output: inout SQLOutput) {
        output.append("substr(")
        write(text, to: &output)
        output.append(", \(start), \(length))")
    }

    /// False: the test looks at the value's type (a number or a blob is unreadable), the month key
    /// only at its first 7 characters.
    override public var monthKeyTellsUnreadableISOTimes: Bool { false }

    /// Writes the `YYYY-MM` month: `substr(x, 1, 7)` of ISO text, else `strftime('%Y-%m', x[, 'unixepoch'])`.
    override public func writeMonthKey(_ instant: SQLExpression, format: SQLTimeFormat, to output: inout SQLOutput) {
        switch format {
        case .iso: writeCall("substr", [instant, .value(.integer(1)), .value(.integer(7))], to: &output)
        case .unix: writeCall("strftime", [.value(.text("%Y-%m")), instant, .value(.text("unixepoch"))], to: &output)
        case .julian: writeCall("strftime", [.value(.text("%Y-%m")), instant], to: &output)
        }
    }

    /// Writes the day number (whole days since 1970-01-01) of an instant as an integer.
    ///
    /// Unix seconds: `(CAST(x AS INTEGER) / 86400)`, which truncates toward zero, so only seconds
    /// from 1970 on give the right day. ISO text and Julian days: the `julianday` of the calendar
    /// day, less 1970-01-01's (2440587.5), as an integer.
    override public func writeDayNumber(_ instant: SQLExpression, format: SQLTimeFormat, to output: inout SQLOutput) {
        if format == .unix {
            output.append("(CAST(")
            write(instant, to: &output)
            output.append(" AS INTEGER) / 86400)")
            return
        }
        output.append("CAST(julianday(")
        writeDay(instant, format: format, to: &output)
        output.append(") - 2440587.5 AS INTEGER)")
    }

    /// Writes a test true for text or a blob that is not a number by SQLite's own reading.
    ///
    /// The storage class is tested first, so numbers cost no call of the engine's registered
    /// `scorecard_not_number(x)`: `((typeof(x) IN ('text', 'blob')) AND scorecard_not_number(x))`.
    override public func writeNotANumber(_ value: SQLExpression, to output: inout SQLOutput) {
        output.append("((")
        writeCall("typeof", [value], to: &output)
        output.append(" IN (")
        output.bind(.text("text"), placeholder: placeholder)
        output.append(", ")
        output.bind(.text("blob"), placeholder: placeholder)
        output.append(")) AND ")
        writeCall("scorecard_not_number", [value], to: &output)
        output.append(")")
    }

    /// Writes a test true when an instant is NULL or cannot be read as a time in its format.
    ///
    /// ISO text must be text starting `YYYY-MM` with a month 01 to 12 (GLOB):
    /// `(NOT ((typeof(x) = 'text') AND ((x GLOB '…-0[1-9]*') OR (x GLOB '…-1[0-2]*'))))`, which
    /// is true for NULL too. Unix seconds and Julian days must be numbers, as in standard SQL.
    override public func writeUnreadableTime(
        _ instant: SQLExpression, format: SQLTimeFormat, to output: inout SQLOutput
    ) {
        guard format == .iso else { return super.writeUnreadableTime(instant, format: format, to: &output) }
        output.append("(NOT ((")
        writeCall("typeof", [instant], to: &output)
        output.append(" = ")
        output.bind(.text("text"), placeholder: placeholder)
        output.append(") AND (")
        for (index, pattern) in ["[0-9][0-9][0-9][0-9]-0[1-9]*", "[0-9][0-9][0-9][0-9]-1[0-2]*"].enumerated() {
            output.append(index == 0 ? "(" : " OR (")
            write(instant, to: &output)
            output.append(" GLOB ")
            output.bind(.text(pattern), placeholder: placeholder)
            output.append(")")
        }
        output.append(")))")
    }

    /// SQLite's type names: `INTEGER`, `REAL`, `TEXT`.
    override public func typeName(_ type: SQLType) -> String {
        switch type {
        case .integer: "INTEGER"
        case .real: "REAL"
        case .text: "TEXT"
        }
    }
}

/// PostgreSQL: `$n` parameters; everything else is the standard rendering.
public final class PostgreSQLDialect: SQLDialect, @unchecked Sendable {
    /// `$1`, `$2`, …: PostgreSQL numbers its parameters.
    override public func placeholder(_ index: Int) -> String { "$\(index)" }

    /// The standard test, after a look at the value's type.
    ///
    /// A column PostgreSQL types as an integer always holds a number, one typed `numeric`, `real`
    /// or `double precision` unless it holds NaN or an infinity; only other types (text) go
    /// through the pattern. (The pattern costs a regular expression per row; the type costs
    /// nearly nothing.)
    ///
    /// ```sql
    /// (x IS NOT NULL AND CASE WHEN CAST(pg_typeof(x) AS TEXT) IN ($1, $2, $3) THEN FALSE
    ///   WHEN CAST(pg_typeof(x) AS TEXT) IN ($4, $5, $6) THEN CAST(x AS TEXT) IN ($7, $8, $9)
    ///   ELSE CAST(x AS TEXT) NOT SIMILAR TO $10 END)
    /// ```
    override public func writeNotANumber(_ value: SQLExpression, to output: inout SQLOutput) {
        output.append("(")
        write(.isNull(value, negated: true), to: &output)
        output.append(" AND CASE WHEN ")
        writeTypeIn(value, ["smallint", "integer", "bigint"], to: &output)
        output.append(" THEN FALSE WHEN ")
        writeTypeIn(value, ["numeric", "real", "double precision"], to: &output)
        output.append(" THEN CAST(")
        write(value, to: &output)
        output.append(" AS TEXT) IN (")
        for (index, special) in ["NaN", "Infinity", "-Infinity"].enumerated() {
            if index > 0 { output.append(", ") }
            output.bind(.text(special), placeholder: placeholder)
        }
        output.append(") ELSE ")
        super.writeNotANumber(value, to: &output)
        output.append(" END)")
    }

    /// `CAST(pg_typeof(x) AS TEXT) IN (…)`, the names bound.
    private func writeTypeIn(_ value: SQLExpression, _ names: [String], to output: inout SQLOutput) {
        output.append("CAST(pg_typeof(")
        write(value, to: &output)
        output.append(") AS TEXT) IN (")
        for (index, name) in names.enumerated() {
            if index > 0 { output.append(", ") }
            output.bind(.text(name), placeholder: placeholder)
        }
        output.append(")")
    }
}
