import ScorecardLanguage

/// Source text with `‸` marking where a diagnostic is expected; the marker is removed before parsing.
public struct MarkedSource {
    public let file: SourceFile
    /// Byte offsets of the markers in the cleaned text.
    public let markers: [Int]

    public init(_ marked: String, path: String = "case.kpi") {
        var bytes: [UInt8] = []
        var markers: [Int] = []
        let marker = Array("‸".utf8)
        let raw = Array(marked.utf8)
        var index = 0
        while index < raw.count {
            if raw[index...].starts(with: marker) {
                markers.append(bytes.count)
                index += marker.count
            } else {
                bytes.append(raw[index])
                index += 1
            }
        }
        self.file = SourceFile(path: path, bytes: bytes)
        self.markers = markers
    }

    /// The first marker's offset.
    public var marker: Int { markers[0] }
}
