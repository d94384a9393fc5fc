import Dispatch

extension Array where Element: Sendable {
    /// The elements transformed on all cores, in the original order.
    ///
    /// `transform` runs concurrently, so it must not touch shared mutable state; each result is
    /// written to its own slot.
    ///
    /// ```swift
    /// let squares = [1, 2, 3].concurrentMap { $0 * $0 }   // [1, 4, 9]
    /// ```
    func concurrentMap<Output>(_ transform: @Sendable (Element) -> Output) -> [Output] {
        var results = [Output?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            let output = UnsafeMutableSendableBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: count) { i in output.buffer[i] = transform(self[i]) }
        }
        return results.map { $0! }
    }
}

/// Lets the workers of `concurrentPerform` write disjoint elements of one buffer.
struct UnsafeMutableSendableBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}
