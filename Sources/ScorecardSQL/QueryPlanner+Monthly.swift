import ScorecardModel

/// Plans the row-level component columns of measures that add up across months.
extension QueryPlanner {
    /// True when a measure can be combined from monthly components.
    public static func isMonthlyDecomposable(_ measure: Measure) -> Bool {
        !measure.aggregate.atPeriodEnd
            && [.sum, .count, .avg, .min, .max, .share, .nps].contains(measure.aggregate.function)
    }

    /// The component columns of a decomposable measure, to be placed from column `first` on, and
    /// how they combine.
    func monthlyColumns(_ measure: Measure, first: Int, scope: inout SourceScope) -> (
        [SourceAggregateQueries.ComponentColumn], MonthlyMeasure
    ) {
        let (components, divisor) = monthlyComponents(measure, scope: &scope)
        let columns = components.enumerated().map { offset, component in
            SourceAggregateQueries.ComponentColumn(
                column: first + offset, aggregate: component.0, expression: component.1)
        }
        let planned = MonthlyMeasure(
            name: measure.name, combination: combination(measure.aggregate.function, first: first), divisor: divisor)
        return (columns, planned)
    }

    private func combination(_ function: AggregateFunction, first: Int) -> MonthlyMeasure.Combination {
        switch function {
        case .avg, .share: .ratio(first, first + 1)
        case .min: .minimum(first)
        case .max: .maximum(first)
        case .nps: .netPromoter(promoters: first, detractors: first + 1, answered: first + 2)
        default: .sum(first)
        }
    }

    /// The per-row expressions of a decomposable measure and how each is aggregated per month.
    private func monthlyComponents(_ measure: Measure, scope: inout SourceScope) -> (
        [(MonthlyAggregate, SQLExpression)], Double
    ) {
        let filter = measure.filter.map { scope.sql(for: $0) }
        let argument = measure.aggregate.argument.map { scope.sql(for: $0) }
        func guarded(_ value: SQLExpression) -> SQLExpression {
            filter.map { .caseWhen([SQLCase($0, value)], otherwise: nil) } ?? value
        }
        func flag(_ condition: SQLExpression) -> SQLExpression {
            .caseWhen([SQLCase(condition, .value(.integer(1)))], otherwise: .value(.integer(0)))
        }
        switch measure.aggregate.function {
        case .sum where measure.unit == .money:
            let cents = SQLExpression.cast(
                .function(.round, [.binary(.multiply, argument!, .value(.integer(100)))]), .integer)
            return ([(.sum, guarded(cents))], 100)
        case .sum: return ([(.sum, guarded(argument!))], 1)
        case .count:
            guard let argument else { return ([filter.map { (.sum, flag($0)) } ?? (.count, .value(.integer(1)))], 1) }
            return ([(.count, guarded(argument))], 1)
        case .avg: return ([(.sum, guarded(argument!)), (.count, guarded(argument!))], 1)
        case .min: return ([(.minimum, guarded(argument!))], 1)
        case .max: return ([(.maximum, guarded(argument!))], 1)
        case .share: return ([(.sum, guarded(flag(argument!))), (.count, guarded(flag(argument!)))], 1)
        case .nps:
            let score = argument!
            return (
                [
                    (.sum, guarded(flag(.binary(.greaterOrEqual, score, .value(.integer(9)))))),
                    (.sum, guarded(flag(.binary(.lessOrEqual, score, .value(.integer(6)))))),
                    (.count, guarded(score)),
                ], 1
            )
        default: preconditionFailure("\(measure.aggregate.function) is not decomposable by month")
        }
    }
}
