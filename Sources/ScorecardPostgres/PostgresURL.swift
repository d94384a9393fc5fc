import Foundation

/// A `postgresql://` or `postgres://` URL as libpq reads it, with the password kept out of sight.
///
/// ```swift
/// let url = PostgresURL("postgresql://ana:s3cret@db.example.com/crm?sslmode=require")!
/// url.displayName   // "postgresql://ana@db.example.com/crm?sslmode=require"
/// ```
///
/// The URL itself goes to libpq unchanged, so its forms (several hosts, a unix-socket `host=`
/// parameter, percent-encoding) are libpq's; this type only finds the password to hide it.
struct PostgresURL: Sendable {
    /// The URL as given, for libpq.
    let text: String
    /// The URL without its password, for messages.
    let displayName: String
    /// The password written in the URL (as written and percent-decoded), for scrubbing messages.
    let secrets: [String]

    /// True when `location` is a PostgreSQL URL rather than a file path.
    static func isPostgres(_ location: String) -> Bool {
        let lowered = location.lowercased()
        return lowered.hasPrefix("postgresql://") || lowered.hasPrefix("postgres://")
    }

    init?(_ text: String) {
        guard Self.isPostgres(text), let schemeEnd = text.range(of: "://") else { return nil }
        self.text = text
        let scheme = String(text[..<schemeEnd.upperBound])
        let rest = text[schemeEnd.upperBound...]
        let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
        var authority = String(rest[..<authorityEnd])
        var found: [String] = []
        if let at = authority.lastIndex(of: "@") {
            let userInfo = authority[..<at]
            if let colon = userInfo.firstIndex(of: ":") {
                found.append(String(userInfo[userInfo.index(after: colon)...]))
                authority = String(userInfo[..<colon]) + String(authority[at...])
            }
        }
        let (path, passwords) = Self.removingPasswordParameter(String(rest[authorityEnd...]))
        found += passwords
        secrets = (found + found.compactMap { $0.removingPercentEncoding }).filter { !$0.isEmpty }
        displayName = scheme + authority + path
    }

    /// Replaces every occurrence of the URL's password in a message by `***`.
    func scrub(_ message: String) -> String {
        secrets.reduce(message) { $0.replacingOccurrences(of: $1, with: "***") }
    }

    /// The path and query with any `password=` parameter left out, and the passwords found.
    private static func removingPasswordParameter(_ pathAndQuery: String) -> (String, [String]) {
        guard let question = pathAndQuery.firstIndex(of: "?") else { return (pathAndQuery, []) }
        let parameters = pathAndQuery[pathAndQuery.index(after: question)...].split(separator: "&")
        let passwords = parameters.filter { $0.lowercased().hasPrefix("password=") }
        let kept = parameters.filter { !$0.lowercased().hasPrefix("password=") }
        let path = String(pathAndQuery[..<question]) + (kept.isEmpty ? "" : "?" + kept.joined(separator: "&"))
        return (path, passwords.map { String($0.dropFirst("password=".count)) })
    }
}
