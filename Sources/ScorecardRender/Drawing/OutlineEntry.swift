/// A PDF bookmark: a title, its depth (0 = section) and the page it opens.
public struct OutlineEntry: Sendable, Equatable {
    /// The bookmark's text.
    public var title: String
    /// The depth: 0 for a section, 1 for an entry within it.
    public var level: Int
    /// The page, 1-based, filled in when pages are numbered.
    public var page: Int

    /// A bookmark; the page is set when the pages are numbered.
    public init(title: String, level: Int, page: Int = 0) {
        self.title = title
        self.level = level
        self.page = page
    }
}
