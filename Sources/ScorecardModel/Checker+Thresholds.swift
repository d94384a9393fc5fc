import ScorecardLanguage

/// Rule: thresholds point the way the polarity says and the red band lies beyond the amber band (E0211).
extension Checker {
    mutating func thresholds(_ table: PropertyTable, polarity: Polarity, hasTarget: Bool, file: SourceFile)
        -> Thresholds
    {
        var result = Thresholds()
        let expected: Threshold.Direction = polarity == .higher ? .below : .above
        for band in ["amber", "red"] {
            guard let property = table[band],
                case .threshold(let directionWord, let amount, let isPercent) = property.value
            else { continue }
            guard let direction = Threshold.Direction(rawValue: directionWord.name) else {
                report(
                    Diagnostic(
                        .E0211, "'\(directionWord.name)' is not a direction", file: file, range: directionWord.range,
                        help: "write `\(band) \(expected.rawValue) …`"))
                continue
            }
            guard direction == expected else {
                report(
                    Diagnostic(
                        .E0211, "`\(band) \(direction.rawValue)` contradicts `better \(polarity.rawValue)`", file: file,
                        range: property.range,
                        help: polarity == .higher
                            ? "for a KPI where higher is better write `\(band) below …`, or add `better lower`"
                            : "for a KPI where lower is better write `\(band) above …`"))
                continue
            }
            let threshold = Threshold(
                direction: direction, value: isPercent ? amount.value / 100 : amount.value, isRelative: isPercent)
            if band == "amber" { result.amber = threshold } else { result.red = threshold }
        }
        checkBandOrder(result, polarity: polarity, table: table, file: file)
        return result
    }

    private mutating func checkBandOrder(
        _ thresholds: Thresholds, polarity: Polarity, table: PropertyTable, file: SourceFile
    ) {
        guard let amber = thresholds.amber, let red = thresholds.red, amber.isRelative == red.isRelative,
            let redProperty = table["red"], let amberProperty = table["amber"]
        else { return }
        let redBeyondAmber = polarity == .higher ? red.value < amber.value : red.value > amber.value
        guard !redBeyondAmber else { return }
        report(
            Diagnostic(
                .E0211, "the red band must lie beyond the amber band", file: file, range: redProperty.range,
                notes: [.init("amber band here", file: file, range: amberProperty.range)],
                help: polarity == .higher
                    ? "for `better higher`, red's boundary is below amber's (e.g. amber below 100%, red below 90%)"
                    : "for `better lower`, red's boundary is above amber's (e.g. amber above 100%, red above 110%)"))
    }
}
