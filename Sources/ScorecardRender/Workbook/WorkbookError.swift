/// A workbook that libxlsxwriter could not write.
public struct WorkbookError: Error, CustomStringConvertible, Sendable {
    public let reason: String
    public var description: String { "cannot write scorecard.xlsx: \(reason)" }
}
