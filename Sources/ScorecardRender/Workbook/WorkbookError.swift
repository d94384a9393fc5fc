/// A workbook that libxlsxwriter could not write.
public struct WorkbookError: Error, CustomStringConvertible, Sendable {
    /// libxlsxwriter's description of the failure.
    public let reason: String
    /// `cannot write scorecard.xlsx: REASON`.
    public var description: String { "cannot write scorecard.xlsx: \(reason)" }
}
