/// A problem found in a metrics file: data, rendered in one place by `DiagnosticRenderer`.
public struct Diagnostic: Sendable {
    /// Whether the diagnostic stops the scorecard from running.
    public enum Severity: String, Sendable { case error, warning }

    /// An additional message, optionally pointing at another place (e.g. the first definition).
    public struct Note: Sendable {
        public let message: String
        public let file: SourceFile?
        public let range: SourceRange?

        public init(_ message: String, file: SourceFile? = nil, range: SourceRange? = nil) {
            self.message = message
            self.file = file
            self.range = range
        }
    }

    public let code: DiagnosticCode
    public let message: String
    /// The file the diagnostic is about; nil only for problems outside any file.
    public let file: SourceFile?
    public let range: SourceRange
    public var notes: [Note]
    /// A suggestion such as "did you mean 'revenue'?".
    public var help: String?

    public var severity: Severity { code.severity }

    public init(
        _ code: DiagnosticCode, _ message: String, file: SourceFile?, range: SourceRange,
        notes: [Note] = [], help: String? = nil
    ) {
        self.code = code
        self.message = message
        self.file = file
        self.range = range
        self.notes = notes
        self.help = help
    }

    /// The 1-based line and column where the diagnostic starts.
    public var location: SourceLocation? { file?.location(of: range.start) }
}
