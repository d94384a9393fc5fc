/// A PDF bookmark: a title, its depth (0 = section) and the page it opens.
public struct OutlineEntry: Sendable, Equatable {
    public var title: String
    public var level: Int
    /// The page, 1-based, filled in when pages are numbered.
    public var page: Int

    public init(title: String, level: Int, page: Int = 0) {
        self.title = title
        self.level = level
        self.page = page
    }
}
