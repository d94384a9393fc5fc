import Foundation

extension SQLValue {
    /// Text that reads as a decimal number (surrounding spaces allowed) as that integer or real, as
    /// SQL's numeric conversion sees it; any other value unchanged (`'inf'`, `'nan'` and hex are text).
    public var numeric: SQLValue {
        guard case .text(let text) = self else { return self }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.contains(where: \.isASCIIDigit),
            trimmed.allSatisfy({ $0.isASCIIDigit || "+-.eE".contains($0) })
        else { return self }
        if let integer = Int64(trimmed) { return .integer(integer) }
        return Double(trimmed).map(SQLValue.real) ?? self
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
