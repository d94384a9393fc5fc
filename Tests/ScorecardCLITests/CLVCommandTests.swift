import Foundation
import ScorecardEngine
import ScorecardSQLite
import Testing

/// End-to-end tests of `scorecard clv` on simulated transactions.
@Suite struct CLVCommandTests {
    /// 30,000 simulated customers, shared by the tests of this suite (and reused by later runs).
    static let database: String = {
        do { return try CLVTransactions.cachedDatabase(customers: 30_000, seed: 11) } catch {
            preconditionFailure("\(error)")
        }
    }()

    /// 1,500 customers, for the slower Pareto/NBD fit (finite-difference gradients) in a debug build.
    static let smallDatabase: String = {
        do { return try CLVTransactions.cachedDatabase(customers: 1_500, seed: 5) } catch {
            preconditionFailure("\(error)")
        }
    }()

    static let columns = ["--table", "sales", "--customer", "client", "--date", "sold_at", "--amount", "total"]

    @Test func recoversTheSimulatedParameters() throws {
        let folder = try TemporaryFolder()
        let csv = folder.url.appendingPathComponent("customers.csv").path
        let result = try BinaryRunner.run(
            ["clv", "--db", Self.database] + Self.columns + [
                "--calibration-end", CLVTransactions.calibrationEnd, "--unit", "week", "--format", "json",
                "--customers-csv", csv,
            ])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in ["model", "customers", "parameters", "log_likelihood", "gamma_gamma", "clv"] {
            #expect(root[key] != nil, "missing \(key)")
        }
        #expect(root["model"] as? String == "bgnbd")
        #expect(root["customers"] as? Int == 30_000)
        let parameters = try #require(root["parameters"] as? [String: Double])
        let truth = CLVTransactions.purchases
        for (name, value) in [("r", truth.r), ("alpha", truth.alpha), ("a", truth.a), ("b", truth.b)] {
            let estimate = try #require(parameters[name], "parameter \(name)")
            #expect(abs(estimate / value - 1) < 0.15, "\(name) = \(estimate), simulated with \(value)")
        }
        let gammaGamma = try #require(root["gamma_gamma"] as? [String: Any])
        for key in ["customers", "parameters", "log_likelihood"] {
            #expect(gammaGamma[key] != nil, "missing gamma_gamma.\(key)")
        }
        let spend = try #require(gammaGamma["parameters"] as? [String: Double])
        let g = CLVTransactions.spend
        for (name, value) in [("p", g.p), ("q", g.q), ("gamma", g.gamma)] {
            let estimate = try #require(spend[name], "parameter \(name)")
            #expect(abs(estimate / value - 1) < 0.15, "\(name) = \(estimate), simulated with \(value)")
        }
        let clv = try #require(root["clv"] as? [String: Any])
        #expect(clv["horizon_months"] as? Int == 12)
        #expect(clv["discount"] as? Double == 0.01)
        let total = try #require(clv["total"] as? Double)
        let mean = try #require(clv["mean"] as? Double)
        #expect(total > 0 && abs(total / 30_000 - mean) < 1e-6 * mean)

        let lines = try folder.read("customers.csv").split(separator: "\n")
        #expect(lines.first == "id,x,t_x,T,mean_spend,p_alive,expected_purchases,expected_spend,clv")
        #expect(lines.count == 30_001)
        let csvTotal = lines.dropFirst().compactMap {
            Double($0.split(separator: ",", omittingEmptySubsequences: false)[8])
        }.reduce(0, +)
        #expect(abs(csvTotal / total - 1) < 1e-4)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["customers.csv"],
            "no temporary file left")
    }

    @Test func paretoNBDAndTableFormat() throws {
        let pareto = try BinaryRunner.run(
            ["clv", "--db", Self.smallDatabase] + Self.columns + [
                "--calibration-end", CLVTransactions.calibrationEnd, "--model", "pareto-nbd", "--format", "json",
                "--horizon-months", "6",
            ])
        #expect(pareto.exitCode == 0, "\(pareto.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(pareto.stdout.utf8)) as? [String: Any])
        #expect(root["model"] as? String == "pareto-nbd")
        #expect(Set((root["parameters"] as? [String: Double])?.keys ?? [:].keys) == ["r", "alpha", "s", "beta"])
        let table = try BinaryRunner.run(
            ["clv", "--db", Self.smallDatabase] + Self.columns + ["--calibration-end", "2025-12-31", "--unit", "month"])
        #expect(table.exitCode == 0, "\(table.stderr)")
        #expect(
            table.stdout.contains("BG/NBD") && table.stdout.contains("Gamma-Gamma")
                && table.stdout.contains("mean per customer"))
    }

    @Test func customersFirstSeenOnTheLastDayArePredictedButNotFitted() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("crm.sqlite").path
        try CLVTransactions.write(customers: 400, to: path, seed: 3)
        let db = try SQLiteDatabase(path: path, mode: .readWriteCreate)
        try db.execute(
            "INSERT INTO sales VALUES ('newcomer', '2025-12-31 18:00:00', 25), ('newcomer', '2025-12-31 19:00:00', 5)")
        db.close()
        let csv = folder.url.appendingPathComponent("customers.csv").path
        let result = try BinaryRunner.run(
            ["clv", "--db", path] + Self.columns + [
                "--calibration-end", "2025-12-31", "--format", "json", "--customers-csv", csv,
            ])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(root["customers"] as? Int == 401)
        #expect(root["excluded_from_fit"] as? Int == 1)
        let row = try folder.read("customers.csv").split(separator: "\n").first { $0.hasPrefix("newcomer,") }
        #expect(row?.hasPrefix("newcomer,0,0,0,,1,") == true, "\(row ?? "")")
    }

    @Test func missingColumnExitsOneWithDidYouMean() throws {
        let result = try BinaryRunner.run([
            "clv", "--db", Self.database, "--table", "sales", "--customer", "client",
            "--date", "sold_on", "--amount", "total", "--calibration-end", "2025-12-31",
        ])
        #expect(result.exitCode == 1)
        #expect(
            result.stderr.contains("error[E0402]: scorecard clv: table 'sales' has no column 'sold_on'")
                && result.stderr.contains("= help: did you mean 'sold_at'?; columns: "),
            "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: [
        ["--unit", "fortnight"], ["--model", "bg"], ["--calibration-end", "2025-02-30"], ["--format", "xml"],
        ["--horizon-months", "-1"], ["--discount", "1.5"],
    ])
    func badFlagsExitTwo(flag: [String]) throws {
        var arguments = ["clv", "--db", Self.database] + Self.columns + ["--calibration-end", "2025-12-31"]
        arguments += flag
        let result = try BinaryRunner.run(arguments)
        #expect(result.exitCode == 2, "\(flag): \(result.stderr)")
        #expect(!result.stderr.isEmpty)
    }

    @Test func unreadableDatabaseExitsThree() throws {
        let folder = try TemporaryFolder()
        let notADatabase = try folder.write("crm.sqlite", "this is not a database")
        for path in [notADatabase, folder.url.appendingPathComponent("missing.sqlite").path] {
            let result = try BinaryRunner.run(
                ["clv", "--db", path] + Self.columns + ["--calibration-end", "2025-12-31"])
            #expect(result.exitCode == 3, "\(result.stderr)")
            #expect(result.stderr.hasPrefix("error: "))
        }
    }
}
