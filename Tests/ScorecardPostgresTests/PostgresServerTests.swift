import ScorecardPostgres
import ScorecardSQL
import Testing

@Suite struct PostgresServerTests {
    @Test func connectsOverTCPWithThePassword() throws {
        let fixture = try PostgresFixture()
        let database = try fixture.connect()
        #expect(try database.values("SELECT current_database()") == [.text(fixture.name)])
        #expect(try database.values("SHOW default_transaction_read_only") == [.text("on")])
    }
}
