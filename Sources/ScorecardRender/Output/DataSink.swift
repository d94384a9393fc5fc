import CCairo
import Foundation

/// Collects the bytes cairo writes through a stream callback.
final class DataSink {
    var data = Data()

    /// The callback cairo calls with each chunk; `closure` is an unretained `DataSink`.
    static let write: cairo_write_func_t = { closure, bytes, length in
        guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
        Unmanaged<DataSink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
        return CAIRO_STATUS_SUCCESS
    }

    /// The pointer to pass as the callback's closure while `self` is alive.
    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}
