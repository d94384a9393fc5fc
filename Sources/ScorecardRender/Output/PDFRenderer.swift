import CCairo
import Foundation

/// Writes laid-out pages as a PDF.
///
/// Metadata, a nested outline, a `Document` structure tag around everything (so link annotations
/// are valid in cairo 1.16) and embedded, subset fonts.
///
/// ```swift
/// let data = try PDFRenderer(paper: .a4, metadata: metadata).render(pages)
/// ```
public struct PDFRenderer: Sendable {
    /// The page size.
    public let paper: Paper
    /// The document information written into the PDF.
    public let metadata: PDFMetadata

    /// A renderer for a paper size and document information.
    public init(paper: Paper, metadata: PDFMetadata) {
        self.paper = paper
        self.metadata = metadata
    }

    /// The PDF file's bytes.
    public func render(_ pages: [Page]) throws -> Data {
        let sink = DataSink()
        let size = paper.size
        guard let surface = cairo_pdf_surface_create_for_stream(DataSink.write, sink.opaque, size.width, size.height)
        else {
            throw RenderError(what: "the board pack PDF", reason: "no PDF surface")
        }
        cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_5)
        setMetadata(surface)
        // Safe: cairo_create never returns NULL (failures give a context in an error state).
        let cairo = cairo_create(surface)!
        do {
            let painter = CairoPainter(cairo: cairo, emitsLinks: true)
            cairo_tag_begin(cairo, "Document", "")
            for (index, page) in pages.enumerated() {
                painter.draw(page)
                if index < pages.count - 1 { cairo_show_page(cairo) }
            }
            cairo_tag_end(cairo, "Document")
            cairo_show_page(cairo)
        }
        addOutline(surface, pages)
        let status = cairo_status(cairo)
        cairo_destroy(cairo)
        cairo_surface_finish(surface)
        let surfaceStatus = cairo_surface_status(surface)
        cairo_surface_destroy(surface)
        for status in [status, surfaceStatus] where status != CAIRO_STATUS_SUCCESS {
            throw RenderError(what: "the board pack PDF", reason: String(cString: cairo_status_to_string(status)))
        }
        return sink.data
    }

    private func setMetadata(_ surface: OpaquePointer) {
        let entries: [(cairo_pdf_metadata_t, String)] = [
            (CAIRO_PDF_METADATA_TITLE, metadata.title), (CAIRO_PDF_METADATA_AUTHOR, metadata.author),
            (CAIRO_PDF_METADATA_SUBJECT, metadata.subject), (CAIRO_PDF_METADATA_CREATOR, metadata.creator),
            (CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords),
            (CAIRO_PDF_METADATA_CREATE_DATE, metadata.date), (CAIRO_PDF_METADATA_MOD_DATE, metadata.date),
        ]
        for (key, value) in entries where !value.isEmpty {
            cairo_pdf_surface_set_metadata(surface, key, value)
        }
    }

    /// Bookmarks nested by level: each entry's parent is the last entry one level up.
    private func addOutline(_ surface: OpaquePointer, _ pages: [Page]) {
        var parents: [Int32] = [Int32(CAIRO_PDF_OUTLINE_ROOT)]
        for (index, page) in pages.enumerated() {
            for entry in page.outline {
                let level = min(entry.level, parents.count - 1)
                parents.removeSubrange((level + 1)...)
                let flags = level == 0 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(rawValue: 0)
                let id = cairo_pdf_surface_add_outline(surface, parents[level], entry.title, "page=\(index + 1)", flags)
                parents.append(id)
            }
        }
    }
}
