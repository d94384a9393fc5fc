import ScorecardSQL
import Testing

@testable import ScorecardSQLite

@Suite struct SQLiteSchemaTests {
    @Test func tableNamesAndColumnsComeFromTheSchema() throws {
        let db = try SQLiteDatabase(path: ":memory:", mode: .readWriteCreate)
        try db.execute(
            #"""
            CREATE TABLE orders (id INTEGER PRIMARY KEY, "net amount" REAL, customer_id INTEGER);
            CREATE TABLE "odd ""name""" (a, b);
            CREATE INDEX orders_customer ON orders (customer_id);
            CREATE VIEW big_orders AS SELECT id FROM orders WHERE "net amount" > 100;
            """#)
        #expect(try db.tableNames() == ["big_orders", "odd \"name\"", "orders"])
        #expect(try db.tableColumns("orders") == ["id", "net amount", "customer_id"])
        #expect(try db.tableColumns("odd \"name\"") == ["a", "b"])
        #expect(try db.tableColumns("big_orders") == ["id"])
        #expect(try db.tableColumns("orders'); DROP TABLE orders; --") == [])
        #expect(try db.tableColumns("missing") == [])
    }
}
