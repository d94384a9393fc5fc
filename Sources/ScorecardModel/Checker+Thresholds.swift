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
                report(.notADirection(directionWord, band: band, expected: expected, file: file))
                continue
            }
            guard direction == expected else {
                report(
                    .thresholdContradictsPolarity(
                        band: band, direction: direction, polarity: polarity, file: file, range: property.range))
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
            .redNotBeyondAmber(polarity: polarity, file: file, range: redProperty.range, amber: amberProperty.range))
    }
}
