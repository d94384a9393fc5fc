import ScorecardPostgres
import ScorecardSQL
import Testing

/// Bulk loading with COPY FROM STDIN, read back through the read-only backend.
@Suite struct PostgresLoaderTests {
    static let setup = """
        CREATE SCHEMA crm;
        CREATE TABLE crm."Orders" (id bigint, amount numeric(12,2), ratio double precision, note text, data bytea);
        """

    /// Cents as PostgreSQL writes a numeric(12,2): `1234.05`.
    private func decimal(_ cents: Int) -> String {
        "\(cents / 100)." + (cents % 100 < 10 ? "0" : "") + "\(cents % 100)"
    }

    @Test func rowsOfEveryKindLoadAndReadBackUnchanged() throws {
        let fixture = try PostgresFixture(Self.setup)
        let notes = ["plain", "tab\there", "line\nbreak", "back\\slash \\N", "carriage\rreturn", "ünïcode €", ""]
        let count = 30_000
        func row(_ index: Int) -> [SQLValue] {
            [
                .integer(Int64(index)), .real(Double(index * 7) / 100), .real(Double(index) / 3),
                index % 9 == 8 ? .null : .text(notes[index % notes.count]),
                index % 5 == 0 ? .blob([0, 9, 10, 92, UInt8(index % 256)]) : .null,
            ]
        }
        let loaded = try PostgresLoader(url: fixture.url).copy(
            into: "crm.Orders", columns: ["id", "amount", "ratio", "note", "data"]
        ) { rows in
            for index in 0..<count { try rows.append(row(index)) }
        }
        #expect(loaded == count)
        let database = try fixture.connect()
        let mismatches: [Int] = try database.readSnapshot {
            let rows = try database.query(#"SELECT id, amount, ratio, note, data FROM crm."Orders" ORDER BY id"#)
            var mismatches: [Int] = []
            var index = 0
            while try rows.next() {
                let expected = row(index)
                let same =
                    rows.value(0) == expected[0] && rows.text(1) == decimal(index * 7) && rows.value(2) == expected[2]
                    && rows.value(3) == expected[3] && rows.value(4) == expected[4]
                if !same { mismatches.append(index) }
                index += 1
            }
            #expect(index == count)
            return mismatches
        }
        #expect(mismatches.isEmpty, "rows that differ: \(mismatches.prefix(5))")
    }

    @Test func aThrowingProducerLoadsNothing() throws {
        struct Stop: Error {}
        let fixture = try PostgresFixture(Self.setup)
        let loader = try PostgresLoader(url: fixture.url)
        #expect(throws: Stop.self) {
            try loader.copy(into: "crm.Orders", columns: ["id"]) { rows in
                for id in 0..<100_000 { try rows.append([.integer(Int64(id))]) }
                throw Stop()
            }
        }
        #expect(try fixture.execute(#"SELECT count(*) FROM crm."Orders""#) == "0\n")
        // The connection is usable again.
        #expect(try loader.copy(into: "crm.Orders", columns: ["id"]) { try $0.append([.integer(1)]) } == 1)
    }

    @Test func aValueTheColumnRefusesIsAQueryErrorAndLoadsNothing() throws {
        let fixture = try PostgresFixture(Self.setup)
        let loader = try PostgresLoader(url: fixture.url)
        let error = #expect(throws: DatabaseError.self) {
            try loader.copy(into: "crm.Orders", columns: ["id"]) { rows in
                try rows.append([.integer(1)])
                try rows.append([.text("not a number")])
            }
        }
        #expect(error?.kind == .query && error?.message.contains("not a number") == true)
        let wrongWidth = #expect(throws: DatabaseError.self) {
            try loader.copy(into: "crm.Orders", columns: ["id", "note"]) { try $0.append([.integer(1)]) }
        }
        #expect(wrongWidth?.message.contains("has 1 values, not 2") == true)
        #expect(try fixture.execute(#"SELECT count(*) FROM crm."Orders""#) == "0\n")
    }
}
