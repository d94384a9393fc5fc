/// A failure of cairo while writing a PDF or PNG.
public struct RenderError: Error, CustomStringConvertible, Equatable {
    /// What was being written, e.g. "the board pack PDF".
    public let what: String
    /// cairo's status description.
    public let reason: String

    /// `could not write WHAT: REASON`.
    public var description: String { "could not write \(what): \(reason)" }
}
