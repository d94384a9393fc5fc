extension KPICalculator {
    /// A KPI in a window.
    struct Key: Hashable {
        let id: String
        let range: MonthRange
    }

    /// The values computed so far, shared by copies of the calculator.
    final class Memo {
        var values: [Key: Outcome] = [:]
    }
}
