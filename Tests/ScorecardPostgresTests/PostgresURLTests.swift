import Testing

@testable import ScorecardPostgres

/// The URL shown in messages never shows the password, whichever way it was written.
@Suite struct PostgresURLTests {
    @Test(arguments: [
        (
            "postgresql://ana:s3cret@db.example.com:5432/crm?sslmode=require",
            "postgresql://ana@db.example.com:5432/crm?sslmode=require"
        ),
        ("postgres://ana:p%40ss@db/crm", "postgres://ana@db/crm"),
        (
            "postgresql://db/crm?user=ana&password=s3cret&sslmode=verify-full",
            "postgresql://db/crm?user=ana&sslmode=verify-full"
        ),
        ("postgresql://db/crm?password=s3cret", "postgresql://db/crm"),
        ("postgresql://ana@h1:5432,h2:5433/crm", "postgresql://ana@h1:5432,h2:5433/crm"),
        ("postgresql:///crm?host=/var/run/postgresql", "postgresql:///crm?host=/var/run/postgresql"),
    ])
    func displayNameDropsThePassword(url: String, shown: String) throws {
        let parsed = try #require(PostgresURL(url))
        #expect(parsed.displayName == shown)
        #expect(parsed.text == url)
    }

    @Test func scrubbingHidesThePasswordAsWrittenAndDecoded() throws {
        let parsed = try #require(PostgresURL("postgresql://ana:p%40ss@db/crm"))
        #expect(parsed.scrub("bad token p%40ss near p@ss") == "bad token *** near ***")
    }

    @Test func onlyPostgresURLsAreTaken() {
        #expect(PostgresDatabase.handles("postgresql://db/crm") && PostgresDatabase.handles("POSTGRES://db/crm"))
        #expect(!PostgresDatabase.handles("crm.sqlite") && !PostgresDatabase.handles("/data/postgresql/crm.db"))
        #expect(PostgresURL("mysql://db/crm") == nil)
    }

    @Test(arguments: [
        ("2026-03-01 10:00:00+05:30", "2026-03-01 10:00:00"),
        ("2026-03-01 10:00:00.25-03", "2026-03-01 10:00:00.25"),
        ("2026-03-01 10:00:00+00", "2026-03-01 10:00:00"),
        ("0044-03-15 10:00:00+00:53:28 BC", "0044-03-15 10:00:00 BC"),
        ("infinity", "infinity"),
    ])
    func zonedTimestampsLoseTheirOffset(text: String, local: String) {
        #expect(PostgresTimestamp.droppingOffset(text) == local)
    }
}
