import ScorecardPostgres
import ScorecardSQL
import ScorecardSQLite

/// The demo tables being loaded into PostgreSQL: one `COPY … FROM STDIN` per table, each on its
/// own connection, so rows of different tables can arrive interleaved as the generator draws
/// them. Nothing is visible until ``finish()`` ends every COPY.
final class DemoPostgresTables {
    private let url: String
    private var loaders: [String: PostgresLoader] = [:]
    private var streams: [String: PostgresCopyStream] = [:]

    init(url: String) { self.url = url }

    deinit { abandon() }

    /// Appends a row to a table, starting its COPY on first use.
    func append(_ table: String, _ values: [SQLiteValue]) throws {
        try stream(table).append(values.map(Self.value))
    }

    /// Ends every COPY; a failure abandons the others.
    func finish() throws {
        for table in DemoSchema.tableNames {
            guard let stream = streams.removeValue(forKey: table) else { continue }
            do {
                try stream.finish()
            } catch {
                abandon()
                throw error
            }
        }
        close()
    }

    /// Ends every COPY without loading anything.
    func abandon() {
        for stream in streams.values { stream.abandon() }
        streams = [:]
        close()
    }

    private func close() {
        for loader in loaders.values { loader.close() }
        loaders = [:]
    }

    private func stream(_ table: String) throws -> PostgresCopyStream {
        if let stream = streams[table] { return stream }
        let loader = try PostgresLoader(url: url)
        loaders[table] = loader
        let stream = try loader.beginCopy(into: table)
        streams[table] = stream
        return stream
    }

    private static func value(_ value: SQLiteValue) -> SQLValue {
        switch value {
        case .null: .null
        case .integer(let number): .integer(number)
        case .real(let number): .real(number)
        case .text(let text): .text(text)
        case .blob(let bytes): .blob(bytes)
        }
    }
}
