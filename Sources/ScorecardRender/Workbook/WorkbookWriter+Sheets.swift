import Foundation
import ScorecardModel
import ScorecardResults

/// The four sheets.
extension WorkbookWriter {
    /// The columns of the Scorecard sheet.
    static let scorecardColumns = [
        "KPI", "ID", "Unit", "Actual", "Target", "Var.", "Var. %", "Last year", "Var. LY %",
        "YTD", "YTD target", "YTD var.", "YTD var. %", "Status", "Owner", "Note", "Comment", "Comment written against",
    ]

    /// The page-3 table: a title row, the header (frozen) and per stage a stage row and its KPIs (one outline level).
    func scorecardSheet(_ sheet: Sheet, styles: WorkbookStyles) throws {
        try sheet.text(0, 0, "\(values.title) · \(formatter.period(of: values))", styles.title)
        try sheet.text(0, 3, values.message ?? "", styles.message)
        try header(Self.scorecardColumns, in: sheet, row: 1, styles: styles)
        try sheet.widths([40, 26, 9, 14, 14, 13, 9, 14, 10, 14, 14, 13, 10, 14, 24, 40, 60, 14])
        sheet.freeze(row: 2, column: 1)
        var row = 2
        for stage in Stage.allCases {
            let kpis = values.kpis.filter { $0.stage == stage }
            guard !kpis.isEmpty else { continue }
            for column in Self.scorecardColumns.indices {
                try sheet.text(row, column, column == 0 ? "\(stage.order + 1). \(stage.label)" : "", styles.stage)
            }
            row += 1
            for kpi in kpis {
                try scorecardRow(kpi, row: row, in: sheet, styles: styles)
                try sheet.outline(row, level: 1)
                row += 1
            }
        }
    }

    private func scorecardRow(_ kpi: KPIResult, row: Int, in sheet: Sheet, styles: WorkbookStyles) throws {
        let unit = kpi.unit
        try sheet.text(row, 0, kpi.label)
        try sheet.text(row, 1, kpi.id)
        try sheet.text(row, 2, unit.rawValue)
        let numbers: [(Double?, Sheet.Format)] = [
            (kpi.value, styles.value(kpi.value, unit: unit)), (kpi.target, styles.value(kpi.target, unit: unit)),
            (kpi.variance?.absolute, styles.value(kpi.variance?.absolute, unit: unit, signed: true)),
            (kpi.variance?.relative, styles.relative),
            (kpi.lastYear, styles.value(kpi.lastYear, unit: unit)), (kpi.lastYearVariance?.relative, styles.relative),
            (kpi.ytd, styles.value(kpi.ytd, unit: unit)), (kpi.ytdTarget, styles.value(kpi.ytdTarget, unit: unit)),
            (kpi.ytdVariance?.absolute, styles.value(kpi.ytdVariance?.absolute, unit: unit, signed: true)),
            (kpi.ytdVariance?.relative, styles.relative),
        ]
        for (offset, (value, format)) in numbers.enumerated() {
            try sheet.number(row, 3 + offset, value, format)
        }
        try sheet.text(row, 13, WorkbookStyles.statusText(kpi.status), styles.status(kpi.status))
        try sheet.text(row, 14, kpi.owner ?? "")
        try sheet.text(row, 15, kpi.note ?? "")
        if let comment = kpi.comment {
            // A stale comment (written against an earlier value) gets the amber fill.
            try sheet.text(row, 16, comment.text, comment.stale ? styles.status(.amber) : nil)
            try sheet.number(row, 17, comment.writtenAgainst, styles.value(comment.writtenAgainst, unit: unit))
        }
    }

    /// Per KPI three rows (actual, target, last year) over the 13 trend months, oldest first.
    func trendSheet(_ sheet: Sheet, styles: WorkbookStyles) throws {
        let months = trendMonths
        try header(["KPI", "ID", "Series"], in: sheet, row: 0, styles: styles)
        for (offset, month) in months.enumerated() { try sheet.month(0, 3 + offset, month, styles.month) }
        try sheet.widths([40, 26, 10] + Array(repeating: 12, count: months.count))
        sheet.freeze(row: 1, column: 3)
        var row = 1
        for kpi in values.kpis {
            let byMonth = Dictionary(kpi.trend.map { ($0.period, $0) }, uniquingKeysWith: { first, _ in first })
            let series: [(String, (TrendPoint) -> Double?)] = [
                ("Actual", \.value), ("Target", \.target), ("Last year", \.lastYear),
            ]
            for (name, read) in series {
                try sheet.text(row, 0, kpi.label)
                try sheet.text(row, 1, kpi.id)
                try sheet.text(row, 2, name)
                for (offset, month) in months.enumerated() {
                    let value = byMonth[month].flatMap(read)
                    try sheet.number(row, 3 + offset, value, styles.value(value, unit: kpi.unit))
                }
                row += 1
            }
        }
    }

    /// The 13 months ending with the period's last month, `YYYY-MM`, oldest first.
    var trendMonths: [String] {
        guard let end = Month(parsing: values.periodEnd) else { return values.kpis.first?.trend.map(\.period) ?? [] }
        return (0..<13).map { end.advanced(by: $0 - 12).description }
    }

    /// Per KPI and dimension the groups and their values; suppressed groups are marked and have no value.
    func breakdownSheet(_ sheet: Sheet, styles: WorkbookStyles) throws {
        try header(["KPI", "ID", "Dimension", "Group", "Value", "Suppressed"], in: sheet, row: 0, styles: styles)
        try sheet.widths([40, 26, 18, 28, 14, 12])
        sheet.freeze(row: 1, column: 0)
        var row = 1
        for kpi in values.kpis {
            for dimension in kpi.breakdowns.keys.sorted() {
                for group in kpi.breakdowns[dimension] ?? [] {
                    try sheet.text(row, 0, kpi.label)
                    try sheet.text(row, 1, kpi.id)
                    try sheet.text(row, 2, dimension)
                    try sheet.text(row, 3, group.key)
                    try sheet.number(
                        row, 4, group.suppressed ? nil : group.value, styles.value(group.value, unit: kpi.unit))
                    try sheet.text(row, 5, group.suppressed ? "suppressed" : "")
                    row += 1
                }
            }
        }
    }

    /// What each KPI means: the appendix of the board pack.
    func definitionSheet(_ sheet: Sheet, styles: WorkbookStyles) throws {
        try header(
            ["KPI", "ID", "Stage", "Focus", "Unit", "Better", "Owner", "Description", "Expression", "Target source"],
            in: sheet, row: 0, styles: styles)
        try sheet.widths([40, 26, 18, 10, 9, 8, 24, 60, 50, 18])
        sheet.freeze(row: 1, column: 1)
        for (index, kpi) in values.kpis.enumerated() {
            let row = index + 1
            let texts = [
                kpi.label, kpi.id, kpi.stage.label, kpi.focus.rawValue, kpi.unit.rawValue, kpi.better.rawValue,
                kpi.owner ?? "", kpi.description ?? "", kpi.expression, kpi.targetSource ?? "",
            ]
            for (column, text) in texts.enumerated() {
                try sheet.text(row, column, text, column == 7 || column == 8 ? styles.wrapped : nil)
            }
        }
    }
}
