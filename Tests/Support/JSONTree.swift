import Foundation

/// Two encodable values compared as JSON trees: numbers within a relative tolerance (the two
/// databases may sum and interpolate doubles in another order), everything else exactly.
public enum JSONTree {
    /// The paths where `a` and `b` differ, with both values.
    public static func differences<T: Encodable>(_ a: T, _ b: T, relativeTolerance: Double) throws -> [String] {
        let encoder = JSONEncoder()
        return try differences(json: encoder.encode(a), json: encoder.encode(b), relativeTolerance: relativeTolerance)
    }

    /// The paths where two JSON documents (such as two `values.json`) differ, with both values.
    public static func differences(json a: Data, json b: Data, relativeTolerance: Double) throws -> [String] {
        let left = try JSONSerialization.jsonObject(with: a, options: [.fragmentsAllowed])
        let right = try JSONSerialization.jsonObject(with: b, options: [.fragmentsAllowed])
        var found: [String] = []
        compare(left, right, path: "$", tolerance: relativeTolerance, into: &found)
        return found
    }

    private static func compare(_ a: Any, _ b: Any, path: String, tolerance: Double, into found: inout [String]) {
        switch (a, b) {
        case (let x as [String: Any], let y as [String: Any]):
            guard Set(x.keys) == Set(y.keys) else {
                return found.append("\(path): keys \(x.keys.sorted()) vs \(y.keys.sorted())")
            }
            for key in x.keys.sorted() {
                compare(x[key]!, y[key]!, path: path + "." + key, tolerance: tolerance, into: &found)
            }
        case (let x as [Any], let y as [Any]):
            guard x.count == y.count else { return found.append("\(path): \(x.count) vs \(y.count) items") }
            for (index, pair) in zip(x, y).enumerated() {
                compare(pair.0, pair.1, path: "\(path)[\(index)]", tolerance: tolerance, into: &found)
            }
        case (let x as NSNumber, let y as NSNumber) where !(x is Bool) && !(y is Bool):
            let (u, v) = (x.doubleValue, y.doubleValue)
            if abs(u - v) > tolerance * max(abs(u), abs(v)) { found.append("\(path): \(u) vs \(v)") }
        default:
            if String(describing: a) != String(describing: b) { found.append("\(path): \(a) vs \(b)") }
        }
    }
}
