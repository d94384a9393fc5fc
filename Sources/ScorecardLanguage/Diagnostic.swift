/// A problem found in a metrics file: data, rendered in one place by `DiagnosticRenderer`.
public struct Diagnostic: Sendable {
    /// Whether the diagnostic stops the scorecard from running.
    public enum Severity: String, Sendable { case error, warning }

    /// An additional message, optionally pointing at another place (e.g. the first definition).
    public struct Note: Sendable {
        /// The note's text, e.g. "first defined here".
        public let message: String
        /// The file the note points into, when it points anywhere.
        public let file: SourceFile?
        /// The place the note points at, or nil for a note without a place.
        public let range: SourceRange?

        /// A note with its text and, optionally, the place it points at.
        public init(_ message: String, file: SourceFile? = nil, range: SourceRange? = nil) {
            self.message = message
            self.file = file
            self.range = range
        }
    }

    /// The stable code (E0203), which also decides the severity.
    public let code: DiagnosticCode
    /// The one-line message, e.g. "unknown measure or KPI 'revnue'".
    public let message: String
    /// The file the diagnostic is about; nil only for problems outside any file.
    public let file: SourceFile?
    /// The byte range the diagnostic underlines.
    public let range: SourceRange
    /// Further messages, each optionally pointing at another place.
    public var notes: [Note]
    /// A suggestion such as "did you mean 'revenue'?".
    public var help: String?

    /// Error or warning, from the code's first letter.
    public var severity: Severity { code.severity }

    /// A diagnostic; build it through a catalogue constructor (`Diagnostic+*.swift`: syntax, checker, evaluation).
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
