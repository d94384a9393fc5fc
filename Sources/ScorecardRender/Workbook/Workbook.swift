import CXLSXWriter
import Foundation

/// A libxlsxwriter workbook being written to a file: sheets, cached cell formats, properties.
///
/// ```swift
/// let book = try Workbook(path: "/tmp/x.xlsx")
/// let sheet = try book.sheet("Scorecard")
/// try sheet.number(1, 0, 1234.5, book.format("money") { format_set_num_format($0, "#,##0") })
/// try book.close()
/// ```
final class Workbook {
    private let workbook: UnsafeMutablePointer<lxw_workbook>
    private var formats: [String: UnsafeMutablePointer<lxw_format>] = [:]
    private var closed = false

    init(path: String) throws {
        guard let workbook = workbook_new(path) else {
            throw WorkbookError(reason: "libxlsxwriter cannot create \(path)")
        }
        self.workbook = workbook
    }

    deinit { if !closed { workbook_close(workbook) } }

    /// Adds a worksheet named `name` (at most 31 characters, no `[]:*?/\`).
    func sheet(_ name: String) throws -> Sheet {
        guard let sheet = workbook_add_worksheet(workbook, name) else {
            throw WorkbookError(reason: "cannot add the sheet \(name)")
        }
        return Sheet(sheet: sheet)
    }

    /// The format stored under `key`, made by `configure` the first time.
    func format(_ key: String, _ configure: (UnsafeMutablePointer<lxw_format>) -> Void) -> UnsafeMutablePointer<
        lxw_format
    > {
        if let format = formats[key] { return format }
        // libxlsxwriter returns NULL here only when malloc fails; no input can cause that.
        let format = workbook_add_format(workbook)!
        configure(format)
        formats[key] = format
        return format
    }

    /// Title, author, subject, keywords and a fixed creation time (so the same inputs give the same bytes).
    func setProperties(title: String, author: String, subject: String, keywords: String, created: Date) throws {
        try title.withCString { title in
            try author.withCString { author in
                try subject.withCString { subject in
                    try keywords.withCString { keywords in
                        var properties = lxw_doc_properties()
                        properties.title = UnsafeMutablePointer(mutating: title)
                        properties.author = UnsafeMutablePointer(mutating: author)
                        properties.subject = UnsafeMutablePointer(mutating: subject)
                        properties.keywords = UnsafeMutablePointer(mutating: keywords)
                        properties.created = time_t(created.timeIntervalSince1970)
                        try check(workbook_set_properties(workbook, &properties), "the document properties")
                    }
                }
            }
        }
    }

    /// Writes the file.
    func close() throws {
        closed = true
        try check(workbook_close(workbook), "the workbook")
    }
}

/// Throws a `WorkbookError` for a libxlsxwriter error code.
func check(_ error: lxw_error, _ what: @autoclosure () -> String) throws {
    guard error != LXW_NO_ERROR else { return }
    throw WorkbookError(reason: "\(what()): " + String(cString: lxw_strerror(error)))
}
