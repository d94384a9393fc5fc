import ScorecardPostgres
import ScorecardSQL
import Testing

/// Schema introspection, schema-qualified tables and quoted, case-kept identifiers.
@Suite struct PostgresTablesTests {
    static let setup = """
        CREATE SCHEMA crm;
        CREATE TABLE crm.orders ("Order ID" integer, "netAmount" numeric(12,2), ordered_at timestamptz);
        CREATE TABLE customers (id bigint, name varchar(40), joined date);
        CREATE VIEW big_customers AS SELECT id FROM customers WHERE id > 100;
        INSERT INTO crm.orders VALUES (1, 10.50, '2026-01-31 23:00:00+00'), (2, 4.25, '2026-02-01 01:00:00+00');
        """

    @Test func listsTablesViewsAndSchemaQualifiedTablesWithTheirColumns() throws {
        let tables = try PostgresFixture(Self.setup).connect().tables()
        #expect(tables.map(\.name).sorted() == ["big_customers", "crm.orders", "customers"])
        let orders = try #require(tables.first { $0.name == "crm.orders" })
        #expect(
            orders.columns == [
                DatabaseColumn(name: "Order ID", type: "integer", kind: .integer),
                DatabaseColumn(name: "netAmount", type: "numeric(12,2)", kind: .decimal),
                DatabaseColumn(name: "ordered_at", type: "timestamp with time zone", kind: .time),
            ])
        #expect(
            tables.first { $0.name == "customers" }?.columns.map(\.type) == ["bigint", "character varying(40)", "date"])
    }

    @Test func aTableOnTheSearchPathIsNamedBare() throws {
        let fixture = try PostgresFixture(Self.setup)
        try fixture.execute("ALTER DATABASE \(fixture.name) SET search_path = crm, public")
        let names = try fixture.connect().tables().map(\.name).sorted()
        #expect(names == ["big_customers", "customers", "orders"])
        let qualified = try fixture.connect().tables().compactMap(\.qualifiedName).sorted()
        #expect(qualified == ["crm.orders", "public.big_customers", "public.customers"])
    }

    @Test func aSchemaQualifiedTableRendersQuotedAndRuns() throws {
        let database = try PostgresFixture(Self.setup).connect(timeZone: "Europe/Paris")
        var select = SQLSelect(from: .table("crm.orders", as: "o"))
        select.columns = [
            SQLResultColumn(.monthKey(.column("o", "ordered_at"), format: .iso), as: "month"),
            SQLResultColumn(.function(.sum, [.column("o", "netAmount")]), as: "revenue"),
        ]
        select.groupBy = [.monthKey(.column("o", "ordered_at"), format: .iso)]
        select.orderBy = [.monthKey(.column("o", "ordered_at"), format: .iso)]
        let rendered = database.dialect.render(select)
        #expect(rendered.text.contains("FROM \"crm\".\"orders\" AS \"o\""))
        let months = try database.readSnapshot {
            let rows = try database.query(rendered)
            var months: [String: String] = [:]
            while try rows.next() { months[rows.text(0) ?? ""] = rows.text(1) }
            return months
        }
        // 23:00 UTC on 31 January is 1 February in Paris: both orders fall in February there.
        #expect(months == ["2026-02": "14.75"])
    }
}
