import CXLSXWriter
import Foundation

/// One worksheet: cells by zero-based row and column, widths, frozen panes, row outline levels.
struct Sheet {
    let sheet: UnsafeMutablePointer<lxw_worksheet>
    typealias Format = UnsafeMutablePointer<lxw_format>

    /// A text cell; empty text leaves the cell blank (with its format).
    func text(_ row: Int, _ column: Int, _ text: String, _ format: Format? = nil) throws {
        guard !text.isEmpty else { return try blank(row, column, format) }
        try check(
            worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), String(text.prefix(32_767)), format),
            "cell \(row):\(column)")
    }

    /// A number cell, or a blank cell for nil and non-finite values.
    func number(_ row: Int, _ column: Int, _ value: Double?, _ format: Format? = nil) throws {
        guard let value, value.isFinite else { return try blank(row, column, format) }
        try check(
            worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), value, format), "cell \(row):\(column)")
    }

    /// A date cell for the first day of a `YYYY-MM` month (text when it is not one).
    func month(_ row: Int, _ column: Int, _ text: String, _ format: Format? = nil) throws {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2 else { return try self.text(row, column, text, format) }
        var date = lxw_datetime(year: Int32(parts[0]), month: Int32(parts[1]), day: 1, hour: 0, min: 0, sec: 0)
        try check(
            worksheet_write_datetime(sheet, lxw_row_t(row), lxw_col_t(column), &date, format), "cell \(row):\(column)")
    }

    func blank(_ row: Int, _ column: Int, _ format: Format?) throws {
        guard let format else { return }
        try check(worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(column), format), "cell \(row):\(column)")
    }

    /// Column widths in characters, from column 0.
    func widths(_ widths: [Double]) throws {
        for (column, width) in widths.enumerated() {
            try check(worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), width, nil), "column \(column)")
        }
    }

    /// Keeps the rows above `row` and the columns left of `column` in view while scrolling.
    func freeze(row: Int, column: Int) {
        worksheet_freeze_panes(sheet, lxw_row_t(row), lxw_col_t(column))
    }

    /// Puts a row at an outline level, so stages fold in Excel.
    func outline(_ row: Int, level: Int) throws {
        var options = lxw_row_col_options(hidden: 0, level: UInt8(level), collapsed: 0)
        try check(worksheet_set_row_opt(sheet, lxw_row_t(row), 15, nil, &options), "row \(row)")
    }
}
