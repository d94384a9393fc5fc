import ScorecardDemo
import ScorecardEngine
import Testing

@Suite struct DemoSchemaTests {
    static let expectedColumns: [String: [String]] = [
        "regions": ["id", "name", "country"],
        "campaigns": ["id", "name", "channel", "started_on", "ended_on"],
        "campaign_spend": ["id", "campaign_id", "spent_on", "amount"],
        "customers": ["id", "name", "segment", "region_id", "campaign_id", "acquired_on", "opted_out"],
        "categories": ["id", "name"],
        "products": ["id", "sku", "name", "category_id", "list_price", "unit_cost"],
        "orders": ["id", "customer_id", "ordered_at", "status", "channel", "campaign_id", "net_amount", "cost_amount"],
        "order_lines": [
            "id", "order_id", "product_id", "quantity", "unit_price", "net_amount", "cost_amount", "returned",
        ],
        "support_tickets": [
            "id", "customer_id", "channel", "priority", "opened_at", "resolved_at", "first_contact_resolution",
        ],
        "survey_responses": ["id", "customer_id", "answered_on", "nps_score", "csat_score"],
        "loyalty_snapshots": ["id", "snapshot_on", "tier", "members", "points_liability"],
        "budget": ["id", "kpi", "period", "target"],
    ]

    @Test func tablesAndColumnsAreExactlyTheDocumentedSchema() throws {
        let db = try DemoFixture.open()
        #expect(try db.tableNames().filter { $0 != "sqlite_stat1" } == Self.expectedColumns.keys.sorted())
        for (table, columns) in Self.expectedColumns {
            #expect(try db.tableColumns(table) == columns, "\(table)")
        }
    }

    @Test(arguments: expectedColumns.keys.sorted())
    func everyTableHasRows(table: String) throws {
        let db = try DemoFixture.open()
        #expect(try db.scalar("SELECT count(*) FROM \(table)") > 0)
    }

    static let foreignKeys: [(table: String, column: String, parent: String)] = [
        ("campaign_spend", "campaign_id", "campaigns"), ("customers", "region_id", "regions"),
        ("customers", "campaign_id", "campaigns"), ("products", "category_id", "categories"),
        ("orders", "customer_id", "customers"), ("orders", "campaign_id", "campaigns"),
        ("order_lines", "order_id", "orders"), ("order_lines", "product_id", "products"),
        ("support_tickets", "customer_id", "customers"), ("survey_responses", "customer_id", "customers"),
    ]

    @Test func noForeignKeyIsAnOrphan() throws {
        let db = try DemoFixture.open()
        for key in Self.foreignKeys {
            let orphans = try db.scalar(
                """
                SELECT count(*) FROM \(key.table) AS child
                WHERE child.\(key.column) IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM \(key.parent) AS parent WHERE parent.id = child.\(key.column))
                """)
            #expect(orphans == 0, "\(key.table).\(key.column)")
        }
        let check = try db.prepare("PRAGMA foreign_key_check")
        #expect(try !check.step())
        #expect(
            try db.scalar(
                "SELECT count(*) FROM orders WHERE NOT EXISTS (SELECT 1 FROM order_lines WHERE order_id = orders.id)")
                == 0)
        #expect(try db.scalar("SELECT count(*) FROM orders WHERE campaign_id IS NOT NULL") > 0)
        #expect(try db.scalar("SELECT count(*) FROM customers WHERE campaign_id IS NOT NULL") > 0)
    }

    @Test func everyForeignKeyAndTimeColumnIsIndexed() throws {
        let db = try DemoFixture.open()
        let indexed =
            [
                ("orders", "ordered_at"), ("customers", "acquired_on"), ("support_tickets", "opened_at"),
                ("survey_responses", "answered_on"), ("loyalty_snapshots", "snapshot_on"),
                ("campaign_spend", "spent_on"),
            ] + Self.foreignKeys.map { ($0.table, $0.column) }
        for (table, column) in indexed {
            let count = try db.scalar(
                """
                SELECT count(*) FROM pragma_index_list(?) AS list
                JOIN pragma_index_info(list.name) AS info WHERE info.seqno = 0 AND info.name = ?
                """, [.text(table), .text(column)])
            #expect(count >= 1, "\(table).\(column)")
        }
    }
}
