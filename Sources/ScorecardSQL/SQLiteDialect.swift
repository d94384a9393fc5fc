/// SQLite: `?` parameters, `percentile_cont(x, p)` from the engine's registered aggregate, julianday() for ISO text.
public final class SQLiteDialect: SQLDialect, @unchecked Sendable {
    override public func writePercentile(_ value: SQLExpression, fraction: Double, to output: inout SQLOutput) {
        output.append("percentile_cont(")
        write(value, to: &output)
        output.append(", ")
        output.bind(.real(fraction), placeholder: placeholder)
        output.append(")")
    }

    override public func writeHoursBetween(
        _ start: SQLExpression, _ end: SQLExpression, format: SQLTimeFormat,
        to output: inout SQLOutput
    ) {
        guard format == .iso else { return super.writeHoursBetween(start, end, format: format, to: &output) }
        writeScaledDifference(
            .function("julianday", [start]), .function("julianday", [end]), multiplier: 24, to: &output)
    }

    /// `CROSS JOIN` makes SQLite loop over the left table first.
    override public func keyword(for kind: SQLJoin.Kind) -> String { kind.rawValue }

    override public func writeDay(_ instant: SQLExpression, format: SQLTimeFormat, to output: inout SQLOutput) {
        switch format {
        case .iso: write(.function("substr", [instant, .value(.integer(1)), .value(.integer(10))]), to: &output)
        case .unix: write(.function("date", [instant, .value(.text("unixepoch"))]), to: &output)
        case .julian: write(.function("date", [instant]), to: &output)
        }
    }

    override public func writeMonthKey(_ instant: SQLExpression, format: SQLTimeFormat, to output: inout SQLOutput) {
        switch format {
        case .iso: write(.function("substr", [instant, .value(.integer(1)), .value(.integer(7))]), to: &output)
        case .unix:
            write(.function("strftime", [.value(.text("%Y-%m")), instant, .value(.text("unixepoch"))]), to: &output)
        case .julian: write(.function("strftime", [.value(.text("%Y-%m")), instant]), to: &output)
        }
    }

    /// Text or a blob that `scorecard_not_number(x)`, registered by the engine, finds not to be a
    /// number by SQLite's own test; the storage class is tested first, so numbers cost no call.
    override public func writeNotANumber(_ value: SQLExpression, to output: inout SQLOutput) {
        let textOrBlob = SQLExpression.inList(
            .function("typeof", [value]), [.value(.text("text")), .value(.text("blob"))], negated: false)
        write(.binary("AND", textOrBlob, .function("scorecard_not_number", [value])), to: &output)
    }

    /// ISO text must be text starting `YYYY-MM` with a month 01 to 12 (GLOB); unix seconds and Julian days numbers.
    override public func writeUnreadableTime(
        _ instant: SQLExpression, format: SQLTimeFormat, to output: inout SQLOutput
    ) {
        guard format == .iso else { return super.writeUnreadableTime(instant, format: format, to: &output) }
        let months = ["[0-9][0-9][0-9][0-9]-0[1-9]*", "[0-9][0-9][0-9][0-9]-1[0-2]*"].map {
            SQLExpression.binary("GLOB", instant, .value(.text($0)))
        }
        let text = SQLExpression.binary("=", .function("typeof", [instant]), .value(.text("text")))
        write(.unary("NOT", .binary("AND", text, .binary("OR", months[0], months[1]))), to: &output)
    }

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
    override public func placeholder(_ index: Int) -> String { "$\(index)" }
}
