import ArgumentParser
import Foundation
import ScorecardDemo
import ScorecardPostgres

/// `scorecard demo-db`: writes a realistic demo CRM database to try the scorecard on.
struct DemoDBCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo-db",
        abstract:
            "Generate a demo CRM database (SQLite or PostgreSQL) with orders, campaigns, support, surveys and budget.",
        discussion: """
            The data is synthetic but realistic: six regions with different growth (one declining), \
            seasonality with a Q4 peak, campaigns that bring customers, churn, returns, support \
            tickets, NPS and CSAT surveys, loyalty snapshots and a monthly budget. The same options \
            always give the same data.

            The file is written beside --out under a temporary name and renamed into place only \
            when complete. See docs/demo-database.md for the schema.
            """
    )

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The SQLite database file to write (replaced only on success), or a postgresql:// URL of an empty database to load with COPY.",
            valueName: "file-or-url"))
    var out: String

    @Option(name: .long, help: ArgumentHelp("The number of customers.", valueName: "n"))
    var customers: Int = 20_000

    @Option(name: .long, help: ArgumentHelp("The number of months of history, up to 240.", valueName: "m"))
    var months: Int = 36

    @Option(name: .long, help: ArgumentHelp("The seed of the pseudo-random generator.", valueName: "s"))
    var seed: UInt64 = 1

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The last month with data (default: the last complete month before today, UTC).", valueName: "YYYY-MM"))
    var end: String?

    func validate() throws {
        if !DemoDatabaseOptions.customerRange.contains(customers) {
            throw ValidationError(
                "--customers must be between 1 and \(DemoDatabaseOptions.customerRange.upperBound), not \(customers).")
        }
        if !DemoDatabaseOptions.monthRange.contains(months) {
            throw ValidationError("--months must be between 1 and 240, not \(months).")
        }
        if let end {
            guard let month = DemoMonth(parsing: end) else {
                throw ValidationError("--end must be a month written YYYY-MM, such as 2025-12, not '\(end)'.")
            }
            if !DemoDatabaseOptions.endYearRange.contains(month.year) {
                throw ValidationError("--end must be between 1990-01 and 9000-12, not \(end).")
            }
        }
    }

    func run() throws {
        let endMonth = end.flatMap(DemoMonth.init(parsing:)) ?? DemoMonth.lastCompleteMonth(before: Date())
        let options = DemoDatabaseOptions(customers: customers, months: months, seed: seed, end: endMonth)
        let generator = DemoDatabaseGenerator(options: options)
        let summary = try PostgresDatabase.handles(out) ? generator.write(toPostgres: out) : generator.write(to: out)
        print(summary)
    }
}
