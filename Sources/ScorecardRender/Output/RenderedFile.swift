import Foundation

/// One output file of a render: its name in the report folder and its bytes.
public struct RenderedFile: Sendable, Equatable {
    /// The file's name in the report folder, e.g. `board-pack.pdf`.
    public let name: String
    /// The file's bytes.
    public let data: Data

    /// A file from its name and bytes.
    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}
