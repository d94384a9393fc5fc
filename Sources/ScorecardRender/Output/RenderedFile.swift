import Foundation

/// One output file of a render: its name in the report folder and its bytes.
public struct RenderedFile: Sendable, Equatable {
    public let name: String
    public let data: Data

    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}
