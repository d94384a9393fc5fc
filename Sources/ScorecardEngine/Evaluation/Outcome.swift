/// A computed value, or why there is none.
enum Outcome: Equatable {
    case value(Double)
    case notAvailable(String)

    var number: Double? {
        if case .value(let value) = self { return value }
        return nil
    }

    var reason: String? {
        if case .notAvailable(let reason) = self { return reason }
        return nil
    }
}
