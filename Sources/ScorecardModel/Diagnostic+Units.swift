import ScorecardLanguage

/// The catalogue of unit diagnostics: what measures and KPI values compute against their declared
/// units (E0208), sorted by code.
extension Diagnostic {
    /// E0208: a KPI value that is not arithmetic (a comparison or condition).
    static func kpiValueNotArithmetic(file: SourceFile, range: SourceRange) -> Diagnostic {
        Diagnostic(
            .E0208, "a KPI value must be arithmetic over measures and KPIs", file: file, range: range,
            help: "conditions belong in a measure's `where`")
    }

    /// E0208: a measure's declared unit that its aggregate cannot give (e.g. `count` as money).
    static func aggregateUnitMismatch(
        _ function: AggregateFunction, gives quantity: Quantity, declared unit: Unit, file: SourceFile,
        range: SourceRange
    ) -> Diagnostic {
        Diagnostic(
            .E0208, "\(function.rawValue)(…) gives \(quantity.phrase), not \(unit.rawValue)", file: file, range: range,
            help: "declare it as \(quantity.compatibleUnits.map(\.rawValue).joined(separator: " or "))")
    }

    /// E0208: a KPI whose declared unit does not fit the quantity of its value.
    static func kpiUnitMismatch(
        kpi: String, declared: Unit, value quantity: Quantity, file: SourceFile, range: SourceRange
    ) -> Diagnostic {
        Diagnostic(
            .E0208, "kpi '\(kpi)' is declared \(declared.rawValue) but its value is \(quantity.phrase)",
            file: file, range: range,
            help:
                "declare it as \(quantity.compatibleUnits.map(\.rawValue).joined(separator: " or ")), or change the value"
        )
    }

    /// E0208: KPI arithmetic over quantities that do not combine (money plus a count).
    static func incompatibleArithmetic(
        kpi: String, op: String, _ left: Quantity, _ right: Quantity, file: SourceFile, range: SourceRange
    ) -> Diagnostic {
        let verb =
            switch op {
            case "+": "add"
            case "-": "subtract"
            case "*": "multiply"
            default: "divide"
            }
        return unitMismatch(kpi: kpi, "cannot \(verb) \(left.phrase) and \(right.phrase)", file: file, range: range)
    }

    /// E0208: a comparison function (e.g. `ratio`) over quantities of different kinds.
    static func unlikeComparison(
        kpi: String, _ function: KPIFunction, _ left: Quantity, _ right: Quantity, file: SourceFile,
        range: SourceRange
    ) -> Diagnostic {
        unitMismatch(
            kpi: kpi, "\(function.rawValue)(…) compares like with like, not \(left.phrase) with \(right.phrase)",
            file: file, range: range)
    }

    /// E0208: the common shape of a unit mismatch inside a KPI value.
    private static func unitMismatch(kpi: String, _ detail: String, file: SourceFile, range: SourceRange)
        -> Diagnostic
    {
        Diagnostic(
            .E0208, "unit mismatch in kpi '\(kpi)': \(detail)", file: file, range: range,
            help: "money, counts and durations can only be added to their own kind; divide to get a ratio")
    }

}
