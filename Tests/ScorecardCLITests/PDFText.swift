import Foundation

/// The text of a PDF's pages, as poppler's `pdftotext` extracts it.
enum PDFText {
    /// One string per page (pdftotext ends every page with a form feed).
    static func pages(of pdf: URL) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdftotext", "-layout", pdf.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).components(separatedBy: "\u{0C}").dropLast().map { $0 }
    }
}
