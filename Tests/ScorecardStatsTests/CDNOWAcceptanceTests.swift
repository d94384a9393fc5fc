import Foundation
import Testing

@testable import ScorecardStats

/// The public CDNOW data set (2,357 customers of the 1997 Q1 cohort, 39-week calibration period,
/// times in weeks), as shipped inside the `lifetimes` 0.11.3 wheel on PyPI. `make datasets` puts it
/// in `.build/datasets/cdnow`; `SCORECARD_DATASETS` points elsewhere (its `cdnow` subfolder).
enum CDNOW {
    static let directory: URL = {
        if let root = ProcessInfo.processInfo.environment["SCORECARD_DATASETS"], !root.isEmpty {
            return URL(fileURLWithPath: root).appendingPathComponent("cdnow")
        }
        // #filePath is <package root>/Tests/ScorecardStatsTests/CDNOWAcceptanceTests.swift.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent(".build/datasets/cdnow")
    }()

    /// ID, frequency, recency, T.
    static let summaryFile = directory.appendingPathComponent("cdnow_customers_summary.csv")
    /// ID, x, t_x, T, zbar (the mean value of the repeat purchases, 0 when x = 0).
    static let monetaryFile = directory.appendingPathComponent("cdnow_customers_summary_with_transactions.csv")

    static var isAvailable: Bool {
        [summaryFile, monetaryFile].allSatisfy { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// CI sets CI (to "true"); there a missing data set is a failure, not a skip.
    static var isCI: Bool {
        !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty
    }

    static var missingMessage: String {
        "CDNOW data set not found in \(directory.path): run `make datasets` (or set SCORECARD_DATASETS)"
    }

    /// The customers, or nil after recording an issue (missing or unreadable files).
    static func customers(sourceLocation: SourceLocation = #_sourceLocation) -> [CustomerSummary]? {
        guard isAvailable else {
            Issue.record(Comment(rawValue: missingMessage), sourceLocation: sourceLocation)
            return nil
        }
        do {
            let summary = try table(summaryFile, columns: ["frequency", "recency", "T"])
            let monetary = try table(monetaryFile, columns: ["x", "t_x", "T", "zbar"])
            guard summary.count == monetary.count else {
                Issue.record(
                    "the two CDNOW files have \(summary.count) and \(monetary.count) rows",
                    sourceLocation: sourceLocation)
                return nil
            }
            return zip(summary, monetary).map { s, m in
                CustomerSummary(x: s[0], tx: s[1], T: s[2], meanSpend: s[0] > 0 ? m[3] : nil)
            }
        } catch {
            Issue.record(
                error, "reading the CDNOW data in \(directory.path); run `make datasets` again",
                sourceLocation: sourceLocation)
            return nil
        }
    }

    struct FormatError: Error, CustomStringConvertible {
        var description: String
    }

    /// The named numeric columns of a CSV file with a header line.
    static func table(_ url: URL, columns: [String]) throws -> [[Double]] {
        let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline)
        guard let header = lines.first?.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) else {
            throw FormatError(description: "\(url.lastPathComponent) is empty")
        }
        let indices = try columns.map { name in
            guard let i = header.firstIndex(of: name) else {
                throw FormatError(description: "\(url.lastPathComponent) has no column \(name) (header: \(header))")
            }
            return i
        }
        return try lines.dropFirst().enumerated().map { row, line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            return try indices.map { i in
                guard i < fields.count, let value = Double(fields[i].trimmingCharacters(in: .whitespaces)) else {
                    throw FormatError(description: "\(url.lastPathComponent) line \(row + 2): bad field \(i)")
                }
                return value
            }
        }
    }
}

/// |estimate − published| ≤ half a unit in the third significant figure of the published value
/// (0.243 ± 0.0005, 4.414 ± 0.005, 15.44 ± 0.05): the estimates agree to three significant figures.
func agreesToThreeSignificantFigures(_ estimate: Double, _ published: Double) -> Bool {
    let unit = pow(10, floor(log10(abs(published))) - 2)
    return abs(estimate - published) <= 0.5 * unit * (1 + 1e-9)
}

/// The literature acceptance test: refit CDNOW and compare with the published estimates, as
/// `lifetimes` and CLVTools do. Runs whenever the data is there, and always on CI (where a missing
/// data set fails with a hint); a local run without `make datasets` reports the suite as skipped.
@Suite(
    "CDNOW acceptance against the literature",
    .enabled(
        if: CDNOW.isAvailable || CDNOW.isCI,
        "CDNOW data set not in .build/datasets/cdnow or $SCORECARD_DATASETS/cdnow: run `make datasets`")
)
struct CDNOWAcceptanceTests {
    @Test func dataSetIsTheCDNOWCohort() throws {
        guard let customers = CDNOW.customers() else { return }
        #expect(customers.count == 2_357)
        #expect(customers.filter { $0.x > 0 }.count == 946)
        #expect(customers.map(\.x).reduce(0, +) == 2_457)
        #expect(customers.allSatisfy { $0.T > 27 - 1e-9 && $0.T < 39 + 1e-9 })
    }

    /// Fader, Hardie & Lee (2005), "Counting your customers the easy way", Marketing Science 24(2):
    /// r = 0.243, α = 4.414, a = 0.793, b = 2.426, LL = −9582.4.
    @Test func bgnbdMatchesThePublishedEstimates() throws {
        guard let customers = CDNOW.customers() else { return }
        let fit = try BGNBDModel.fit(customers)
        let m = fit.model
        for (name, estimate, published) in [
            ("r", m.r, 0.243), ("alpha", m.alpha, 4.414), ("a", m.a, 0.793), ("b", m.b, 2.426),
        ] {
            #expect(
                agreesToThreeSignificantFigures(estimate, published), "\(name) = \(estimate), published \(published)")
        }
        #expect(abs(fit.logLikelihood - -9582.4) <= 0.1, "LL = \(fit.logLikelihood)")
        // Grouping the identical histories gives the same fit.
        let grouped = try BGNBDModel.fit(CustomerSummary.grouped(customers))
        #expect(maxRelativeError(grouped.model.parameters, m.parameters) < 1e-4)
        #expect(abs(grouped.logLikelihood - fit.logLikelihood) < 1e-6)
    }

    /// FHL (2005), section 5: the customer with x = 2, tx = 30.43, T = 38.86 (CDNOW's customer 1)
    /// is expected to make 1.226 repeat purchases in weeks 40–78.
    @Test func bgnbdConditionalForecastMatchesThePaper() throws {
        guard let customers = CDNOW.customers() else { return }
        let first = try #require(customers.first)
        #expect(first == CustomerSummary(x: 2, tx: 30.43, T: 38.86, meanSpend: 22.35))
        let model = try BGNBDModel.fit(customers).model
        let forecast = model.conditionalExpectedPurchases(t: 39, x: first.x, tx: first.tx, T: first.T)
        #expect(agreesToThreeSignificantFigures(forecast, 1.226), "E[Y(39)] = \(forecast)")
    }

    /// Fader & Hardie (2005), "A Note on Deriving the Pareto/NBD Model and Related Expressions":
    /// r = 0.5534, α = 10.5802, s = 0.6061, β = 11.6562, LL = −9595.0.
    @Test func paretoNBDMatchesThePublishedEstimates() throws {
        guard let customers = CDNOW.customers() else { return }
        let fit = try ParetoNBDModel.fit(CustomerSummary.grouped(customers))
        let m = fit.model
        for (name, estimate, published) in [
            ("r", m.r, 0.5534), ("alpha", m.alpha, 10.5802), ("s", m.s, 0.6061), ("beta", m.beta, 11.6562),
        ] {
            #expect(
                agreesToThreeSignificantFigures(estimate, published), "\(name) = \(estimate), published \(published)")
        }
        #expect(abs(fit.logLikelihood - -9595.0) <= 0.1, "LL = \(fit.logLikelihood)")
    }

    /// Fader, Hardie & Lee, "The Gamma-Gamma Model of Monetary Value" and the `lifetimes`
    /// documentation: p = 6.25, q = 3.74, γ = 15.44 on the 946 repeat buyers.
    @Test func gammaGammaMatchesThePublishedEstimates() throws {
        guard let customers = CDNOW.customers() else { return }
        let fit = try GammaGammaModel.fit(customers)
        #expect(fit.customers == 946)
        let m = fit.model
        for (name, estimate, published) in [("p", m.p, 6.25), ("q", m.q, 3.74), ("gamma", m.gamma, 15.44)] {
            #expect(
                agreesToThreeSignificantFigures(estimate, published), "\(name) = \(estimate), published \(published)")
        }
    }

    /// The `lifetimes` documentation (Gamma-Gamma section): over all 2,357 customers the mean
    /// conditional expected average profit is 35.25 (the population mean for x = 0), against an
    /// observed mean of 35.08 over the repeat buyers.
    @Test func gammaGammaConditionalSpendMatchesTheLifetimesDocumentation() throws {
        guard let customers = CDNOW.customers() else { return }
        let model = try GammaGammaModel.fit(customers).model
        let expected = customers.map { model.conditionalExpectedAverageSpend(x: $0.x, meanSpend: $0.meanSpend ?? 0) }
        let observed = customers.compactMap(\.meanSpend)
        let meanExpected = expected.reduce(0, +) / Double(expected.count)
        let meanObserved = observed.reduce(0, +) / Double(observed.count)
        #expect(agreesToThreeSignificantFigures(meanExpected, 35.2530), "mean E[M | x, m̄] = \(meanExpected)")
        #expect(agreesToThreeSignificantFigures(meanObserved, 35.0786), "mean m̄ = \(meanObserved)")
    }
}
