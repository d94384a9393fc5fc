import CPNGWriter
import Foundation

/// Collects the bytes the libpng writer hands over, chunk by chunk.
final class PNGSink {
    var data = Data()

    /// The callback the writer calls with each chunk; `closure` is an unretained `PNGSink`.
    static let write: scorecard_png_sink = { closure, bytes, length in
        guard let closure, let bytes else { return 1 }
        Unmanaged<PNGSink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: length)
        return 0
    }

    /// The pointer to pass as the callback's closure while `self` is alive.
    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}
