extension MetricsModel {
    /// How many years before a window each KPI reads.
    ///
    /// 0 for most, 1 for `growth(x)`, 2 for the growth of a KPI that uses growth itself, and so on
    /// through the KPIs a value uses.
    ///
    /// The evaluation plans its windows from this, so a trend point's last-year value of a
    /// growth KPI (which compares a year ago with two years ago) has its data:
    ///
    /// ```
    /// kpi yoy { value growth(revenue) }   # yearsBack["yoy"] == 1
    /// kpi yoy2 { value growth(yoy) }      # yearsBack["yoy2"] == 2
    /// ```
    ///
    /// Computed once in dependency order, with an explicit stack (no recursion) per expression.
    public var yearsBack: [String: Int] {
        var result: [String: Int] = [:]
        for kpi in kpis { result[kpi.id] = kpi.value.yearsBack { result[$0] ?? 0 } }
        return result
    }
}

extension KPIExpression {
    /// The most years before a window this expression reads, given the KPIs' own figures.
    public func yearsBack(ofKPI kpiYears: (String) -> Int) -> Int {
        var deepest = 0
        var pending: [(KPIExpression, Int)] = [(self, 0)]
        while let (expression, years) = pending.popLast() {
            switch expression {
            case .number, .measure: deepest = max(deepest, years)
            case .kpi(let id): deepest = max(deepest, years + kpiYears(id))
            case .unary(_, let operand): pending.append((operand, years))
            case .binary(_, let lhs, let rhs): pending += [(lhs, years), (rhs, years)]
            case .function(let function, let arguments):
                pending += arguments.map { ($0, function == .growth ? years + 1 : years) }
            }
        }
        return deepest
    }
}
