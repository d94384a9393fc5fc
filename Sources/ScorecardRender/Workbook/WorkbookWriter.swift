import CXLSXWriter
import Foundation
import ScorecardModel
import ScorecardResults

/// Writes `scorecard.xlsx` with the sheets Scorecard, Trend, Breakdowns and Definitions.
///
/// Real numbers in number formats of the KPI's unit, frozen headers and fixed document properties.
///
/// ```swift
/// let xlsx = try WorkbookWriter(values: values, created: close).data()   // the same bytes for the same values
/// ```
public struct WorkbookWriter: Sendable {
    /// The period's values.
    public let values: ScorecardValues
    /// The creation time written into the document properties (the period's close, as in the PDF).
    public let created: Date
    let formatter: ValueFormatter

    /// A writer of one period's values, dated `created`.
    public init(values: ScorecardValues, created: Date) {
        self.values = values
        self.created = created
        formatter = ValueFormatter(currency: values.currency, locale: values.locale)
    }

    /// The workbook's bytes (written to a temporary file, which is removed).
    public func data() throws -> Data {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("scorecard-\(UUID().uuidString).xlsx")
            .path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let book = try Workbook(path: path)
        let period = formatter.period(of: values)
        try book.setProperties(
            title: "\(values.title): scorecard \(period)", author: values.organisation,
            subject: "KPI scorecard for \(period) (\(values.periodStart) to \(values.periodEnd))",
            keywords: "KPI, scorecard, CRM, \(values.period)", created: created)
        let styles = WorkbookStyles(book: book, codes: NumberFormatCode(formatter: formatter))
        try scorecardSheet(try book.sheet("Scorecard"), styles: styles)
        try trendSheet(try book.sheet("Trend"), styles: styles)
        try breakdownSheet(try book.sheet("Breakdowns"), styles: styles)
        try definitionSheet(try book.sheet("Definitions"), styles: styles)
        try book.close()
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw WorkbookError(reason: "cannot read back \(path): \(error.localizedDescription)")
        }
    }

    /// A header row in bold with a rule below.
    func header(_ titles: [String], in sheet: Sheet, row: Int, styles: WorkbookStyles) throws {
        for (column, title) in titles.enumerated() {
            try sheet.text(row, column, title, styles.header)
        }
    }
}
