import ScorecardModel
import ScorecardSQL
import ScorecardSQLite
import ScorecardTestSupport

/// A SQLite music shop with the columns every snapshot query reads and rows in every window the
/// queries look at (April to October 2025), so each query returns rows.
struct MusicShopDatabase {
    let folder: TemporaryFolder
    /// The shop opened as an evaluation opens a database: read-only, through the backend protocol.
    let database: any SQLDatabase

    static let schema = """
        CREATE TABLE customers (id INTEGER PRIMARY KEY, country TEXT, support_rep_id INTEGER);
        CREATE TABLE invoices (
          id INTEGER PRIMARY KEY, customer_id INTEGER, invoice_date TEXT, due_date TEXT, total REAL, rating INTEGER,
          paid_at INTEGER, settled_at INTEGER, booked_on REAL, closed_on REAL);
        CREATE TABLE invoice_lines (id INTEGER PRIMARY KEY, invoice_id INTEGER, track_id INTEGER, unit_price REAL,
          quantity INTEGER);
        CREATE TABLE tracks (id INTEGER PRIMARY KEY, genre_id INTEGER);
        CREATE TABLE genres (id INTEGER PRIMARY KEY, name TEXT);
        INSERT INTO genres VALUES (1, 'Jazz'), (2, 'Rock'), (3, 'Blues');
        INSERT INTO tracks VALUES (1, 1), (2, 1), (3, 2), (4, 3);
        INSERT INTO customers VALUES (1, 'NO', 1), (2, 'NO', NULL), (3, 'FR', 2), (4, 'FR', 2), (5, NULL, 1);
        """

    /// Writes the shop (most customers buy on the 3rd and 17th of most months from March to
    /// November 2025, one to three lines an invoice), then opens it for reading as an evaluation
    /// does, with the SQL functions the SQLite dialect renders.
    init() throws {
        folder = try TemporaryFolder()
        let path = folder.path("music-shop.sqlite")
        let writer = try SQLiteDatabase(path: path, mode: .readWriteCreate)
        defer { writer.close() }
        try writer.execute(Self.schema)
        try writer.writeTransaction { try Self.insertInvoices(writer) }
        database = try SQLiteDatabase.openForReading(path: path)
    }

    private static func insertInvoices(_ database: SQLiteDatabase) throws {
        let invoice = try database.prepare("INSERT INTO invoices VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        let line = try database.prepare(
            "INSERT INTO invoice_lines (invoice_id, track_id, unit_price, quantity) VALUES (?, ?, ?, ?)")
        var id: Int64 = 0
        for month in 3...11 {
            for customer in Int64(1)...5 where (Int64(month) + customer) % 4 != 0 {
                for dayOfMonth in [3, 17] where customer != 5 || dayOfMonth == 3 {
                    id += 1
                    let day = CivilDays.days(year: 2025, month: month, day: dayOfMonth)
                    let seconds = Int64(day) * 86_400 + 36_000 + id
                    let julian = Double(day) + 2_440_587.5 + 0.25
                    try invoice.run([
                        .integer(id), .integer(customer), .text(EpochDay.isoDate(day) + " 10:00:00"),
                        .text(EpochDay.isoDate(day + 30)), .real(Double(id) * 1.25), .integer(id % 11),
                        .integer(seconds), .integer(seconds + 7_200), .real(julian), .real(julian + 0.5),
                    ])
                    for track in 1...(1 + id % 3) {
                        try line.run([
                            .integer(id), .integer((id + track) % 4 + 1), .real(0.99 * Double(track)), .integer(track),
                        ])
                    }
                }
            }
        }
    }

    /// Runs a rendered statement with its bindings through the backend protocol and counts its rows.
    func rowCount(_ rendered: RenderedSQL) throws -> Int {
        let rows = try database.query(rendered)
        var count = 0
        while try rows.next() { count += 1 }
        return count
    }
}
