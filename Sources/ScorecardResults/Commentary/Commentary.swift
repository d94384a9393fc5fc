/// The controller's commentary for one period: the executive summary's message and a comment per KPI.
///
/// Read from `commentary/<period>.md` by `CommentaryParser` (format in docs/output.md):
///
/// ```markdown
/// ---
/// period: 2026-10
/// message: Revenue on plan; acquisition cost too high, campaigns re-planned for November.
/// ---
///
/// ## cost_per_acquisition
/// value: 364.76
///
/// Two campaigns started late and spent their budget on few new customers.
/// ```
public struct Commentary: Sendable, Equatable {
    /// The period named in the header, if any.
    public var period: String?
    /// The executive summary's message.
    public var message: String?
    /// The comments in file order.
    public var comments: [Comment]

    /// A commentary from its front matter and comments.
    public init(period: String? = nil, message: String? = nil, comments: [Comment] = []) {
        self.period = period
        self.message = message
        self.comments = comments
    }

    /// One KPI's comment.
    public struct Comment: Sendable, Equatable {
        /// The KPI id from the `## id` heading.
        public var kpi: String
        /// The comment's paragraphs (HTML comments removed), trimmed.
        public var text: String
        /// The value the comment was written against, from its `value:` line.
        public var recorded: RecordedValue?
        /// The 1-based line and column of the KPI id in the heading.
        public var line: Int
        /// The 1-based column of the KPI id.
        public var column: Int

        /// A comment on a KPI, located at its heading.
        public init(kpi: String, text: String, recorded: RecordedValue?, line: Int, column: Int) {
            self.kpi = kpi
            self.text = text
            self.recorded = recorded
            self.line = line
            self.column = column
        }
    }

    /// A recorded value: a number, or `n/a` when the KPI had none.
    public enum RecordedValue: Sendable, Equatable {
        case number(Double)
        case notAvailable
    }
}
