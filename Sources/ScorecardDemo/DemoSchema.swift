/// The demo CRM schema: tables first, indexes after the bulk load.
///
/// Documented table by table in docs/demo-database.md; the KPI library is written against it.
enum DemoSchema {
    /// `CREATE TABLE` statements, in dependency order.
    static let tables = """
        CREATE TABLE regions (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT NOT NULL);
        CREATE TABLE campaigns (
            id INTEGER PRIMARY KEY, name TEXT, channel TEXT, started_on TEXT, ended_on TEXT);
        CREATE TABLE campaign_spend (
            id INTEGER PRIMARY KEY, campaign_id INTEGER REFERENCES campaigns (id),
            spent_on TEXT, amount REAL);
        CREATE TABLE customers (
            id INTEGER PRIMARY KEY, name TEXT, segment TEXT,
            region_id INTEGER REFERENCES regions (id), campaign_id INTEGER REFERENCES campaigns (id),
            acquired_on TEXT, opted_out INTEGER);
        CREATE TABLE categories (
            id INTEGER PRIMARY KEY, name TEXT);
        CREATE TABLE products (
            id INTEGER PRIMARY KEY, sku TEXT, name TEXT, category_id INTEGER REFERENCES categories (id),
            list_price REAL, unit_cost REAL);
        CREATE TABLE orders (
            id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers (id), ordered_at TEXT,
            status TEXT, channel TEXT, campaign_id INTEGER REFERENCES campaigns (id),
            net_amount REAL, cost_amount REAL);
        CREATE TABLE order_lines (
            id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders (id),
            product_id INTEGER REFERENCES products (id), quantity INTEGER, unit_price REAL,
            net_amount REAL, cost_amount REAL, returned INTEGER);
        CREATE TABLE support_tickets (
            id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers (id), channel TEXT,
            priority TEXT, opened_at INTEGER, resolved_at INTEGER, first_contact_resolution INTEGER);
        CREATE TABLE survey_responses (
            id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers (id), answered_on TEXT,
            nps_score INTEGER, csat_score INTEGER);
        CREATE TABLE loyalty_snapshots (
            id INTEGER PRIMARY KEY, snapshot_on TEXT, tier TEXT, members INTEGER, points_liability REAL);
        CREATE TABLE budget (
            id INTEGER PRIMARY KEY, kpi TEXT, period TEXT, target REAL);
        """

    /// Indexes on every foreign key and every time column.
    static let indexes = """
        CREATE INDEX campaigns_started_on ON campaigns (started_on);
        CREATE INDEX campaign_spend_campaign_id ON campaign_spend (campaign_id);
        CREATE INDEX campaign_spend_spent_on ON campaign_spend (spent_on);
        CREATE INDEX customers_region_id ON customers (region_id);
        CREATE INDEX customers_campaign_id ON customers (campaign_id);
        CREATE INDEX customers_acquired_on ON customers (acquired_on);
        CREATE INDEX products_category_id ON products (category_id);
        CREATE INDEX orders_customer_id ON orders (customer_id);
        CREATE INDEX orders_campaign_id ON orders (campaign_id);
        CREATE INDEX orders_ordered_at ON orders (ordered_at);
        CREATE INDEX order_lines_order_id ON order_lines (order_id);
        CREATE INDEX order_lines_product_id ON order_lines (product_id);
        CREATE INDEX support_tickets_customer_id ON support_tickets (customer_id);
        CREATE INDEX support_tickets_opened_at ON support_tickets (opened_at);
        CREATE INDEX support_tickets_resolved_at ON support_tickets (resolved_at);
        CREATE INDEX survey_responses_customer_id ON survey_responses (customer_id);
        CREATE INDEX survey_responses_answered_on ON survey_responses (answered_on);
        CREATE INDEX loyalty_snapshots_snapshot_on ON loyalty_snapshots (snapshot_on);
        CREATE INDEX budget_kpi_period ON budget (kpi, period);
        """

    /// The table names, in the order they are created.
    static let tableNames = [
        "regions", "campaigns", "campaign_spend", "customers", "categories", "products", "orders",
        "order_lines", "support_tickets", "survey_responses", "loyalty_snapshots", "budget",
    ]
}
