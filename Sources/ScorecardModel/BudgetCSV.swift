import ScorecardLanguage

/// A budget file: `kpi,period,target` rows with periods written `YYYY-MM`.
///
/// ```text
/// kpi,period,target
/// net_revenue,2026-04,1250000.00
/// ```
struct BudgetCSV {
    /// Targets by KPI id, then by period text.
    let targets: [String: [String: Double]]

    /// A problem found while reading, with the 1-based line; worded by `Diagnostic.budgetFileProblem`.
    struct Problem: Error {
        /// What is wrong with the line.
        enum Kind {
            /// The header does not name the columns kpi, period and target.
            case header
            /// A row with another number of fields than the header.
            case fieldCount(expected: Int, found: Int)
            /// A period that is not a `YYYY-MM` month.
            case notAMonth(String)
            /// A target that is not a finite number.
            case notANumber(String)
        }

        let line: Int
        let kind: Kind
    }

    /// Parses the file's text; throws the first malformed line.
    init(text: String) throws {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
        let header = lines.first.map { BudgetCSV.fields($0) } ?? []
        guard let kpiIndex = header.firstIndex(of: "kpi"), let periodIndex = header.firstIndex(of: "period"),
            let targetIndex = header.firstIndex(of: "target")
        else {
            throw Problem(line: 1, kind: .header)
        }
        var targets: [String: [String: Double]] = [:]
        for (offset, line) in lines.enumerated().dropFirst() where !line.trimmingCharacters(in: " \t").isEmpty {
            let fields = BudgetCSV.fields(line)
            guard fields.count == header.count else {
                throw Problem(line: offset + 1, kind: .fieldCount(expected: header.count, found: fields.count))
            }
            guard let period = PeriodLiteral(fields[periodIndex]), period.day == nil else {
                throw Problem(line: offset + 1, kind: .notAMonth(fields[periodIndex]))
            }
            guard let value = Double(fields[targetIndex]), value.isFinite else {
                throw Problem(line: offset + 1, kind: .notANumber(fields[targetIndex]))
            }
            targets[fields[kpiIndex], default: [:]][fields[periodIndex]] = value
        }
        self.targets = targets
    }

    /// Splits one line into fields, honouring double quotes.
    static func fields<S: StringProtocol>(_ line: S) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var characters = line.makeIterator()
        while let character = characters.next() {
            switch character {
            case "\"" where quoted: quoted = false
            case "\"" where current.isEmpty: quoted = true
            case "," where !quoted:
                fields.append(current.trimmingCharacters(in: " \t"))
                current = ""
            default: current.append(character)
            }
        }
        fields.append(current.trimmingCharacters(in: " \t"))
        return fields
    }
}

extension StringProtocol {
    /// The text without leading and trailing characters from a set (no Foundation needed).
    func trimmingCharacters(in set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
