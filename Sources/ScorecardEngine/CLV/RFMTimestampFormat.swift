/// How the timestamp column of a transactions table stores instants.
///
/// ```swift
/// RFMTimestampFormat.iso          // '2026-03-01' or '2026-03-01 14:05:00' (text, UTC)
/// RFMTimestampFormat.unixSeconds  // 1772323500 (integer or real seconds since 1970-01-01 UTC)
/// ```
public enum RFMTimestampFormat: String, Sendable, CaseIterable {
    /// ISO 8601 text starting with `YYYY-MM-DD`; the day is its first ten characters.
    case iso
    /// Seconds since 1970-01-01 00:00 UTC (from 1970 on); the day is ⌊seconds / 86400⌋.
    case unixSeconds = "unix"
}
