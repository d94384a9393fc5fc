/// A failure to generate the demo database, with a message fit for the user.
public enum DemoDatabaseError: Error, CustomStringConvertible, Equatable {
    /// An option is out of range.
    case invalidOptions(String)
    /// The output path cannot be written (missing folder, a directory, no permission).
    case output(path: String, reason: String)

    /// True when the error is about the options given, not the environment.
    public var isUsage: Bool {
        if case .invalidOptions = self { return true }
        return false
    }

    /// A one-line message.
    public var description: String {
        switch self {
        case .invalidOptions(let reason): return "invalid demo database options: \(reason)"
        case .output(let path, let reason): return "cannot write the demo database \(path): \(reason)"
        }
    }
}
