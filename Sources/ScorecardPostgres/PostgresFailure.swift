import Foundation
import ScorecardSQL

/// How PostgreSQL's failures become ``DatabaseError`` kinds: by SQLSTATE for a statement, by
/// libpq's message for a connection attempt (libpq 15 gives no SQLSTATE there).
enum PostgresFailure {
    /// The kind of a statement's error from its SQLSTATE (nil when there is none).
    static func kind(sqlState: String?) -> DatabaseError.Kind {
        guard let sqlState else { return .query }
        switch sqlState {
        case "28P01", "28000": return .authentication
        case "3D000": return .notFound
        case "42501": return .permissionDenied
        case "57014": return .timeout
        case "25006": return .readOnly
        case "57P01", "57P02", "57P03": return .connectionLost
        default: return sqlState.hasPrefix("08") ? .connectionLost : .query
        }
    }

    /// The kind and an explanation of a failed connection attempt from libpq's message.
    ///
    /// `needsPassword` is libpq's `PQconnectionNeedsPassword`: the server asked for a password
    /// and none was given (in the URL, `PGPASSWORD` or `~/.pgpass`).
    static func connecting(message: String, needsPassword: Bool) -> (DatabaseError.Kind, String) {
        let lowered = message.lowercased()
        if needsPassword {
            return (.authentication, "the server asks for a password and none was given: " + message)
        }
        if lowered.contains("pg_hba.conf") && lowered.contains("no encryption") {
            return (
                .authentication,
                "the server refuses this unencrypted connection (if it requires TLS, add sslmode=require): " + message
            )
        }
        if lowered.contains("ssl") { return (.cannotConnect, "TLS (sslmode) failed: " + message) }
        if lowered.contains("authentication failed") || lowered.contains("pg_hba.conf")
            || (lowered.contains("role \"") && lowered.contains("does not exist"))
        {
            return (.authentication, message)
        }
        if lowered.contains("database \"") && lowered.contains("does not exist") { return (.notFound, message) }
        return (.cannotConnect, message)
    }

    /// libpq's message on one line: its lines joined, tabs and trailing spaces dropped.
    static func oneLine(_ message: String) -> String {
        message.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: "; ")
    }
}
