import Foundation
import Testing

/// End-to-end: `run` writes scorecard.xlsx and `render` rewrites it byte for byte; openpyxl reads every cell back as in values.json.
@Suite(.serialized) struct WorkbookCommandTests {
    static var database: String { FinanceDemoDatabase.path }

    static let statusWords = ["green": "On target", "amber": "Watch", "red": "Off target", "none": "No target"]

    /// Runs the pack for June 2026 in `locale`; returns the report folder and its values.json.
    private func run(locale: String, in folder: TemporaryFolder) throws -> (URL, [String: Any]) {
        let metrics = try folder.metrics(locale: locale)
        let result = try BinaryRunner.run([
            "run", "--db", Self.database, "--period", "2026-06", "--metrics", metrics,
            "--out", folder.url.path, "--dpi", "36",
        ])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let report = folder.url.appendingPathComponent("2026-06")
        #expect(result.stdout.contains(report.appendingPathComponent("scorecard.xlsx").path))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: report.appendingPathComponent("values.json")))
                as? [String: Any])
        return (report, json)
    }

    /// A JSON number or null as an optional Double.
    private func number(_ value: Any?) -> Double? { (value as? NSNumber)?.doubleValue }
    private func nested(_ object: Any?, _ key: String) -> Double? { number((object as? [String: Any])?[key]) }

    private func same(_ cell: Double?, _ json: Double?, _ what: String) {
        switch (cell, json) {
        case (nil, nil): break
        case (let cell?, let json?):
            #expect(
                abs(cell - json) <= 1e-9 * max(1, abs(json)), "\(what): \(cell) in the workbook, \(json) in values.json"
            )
        default:
            Issue.record(
                "\(what): \(String(describing: cell)) in the workbook, \(String(describing: json)) in values.json")
        }
    }

    @Test(arguments: ["en_GB", "de_DE"])
    func everyCellMatchesValuesJSON(locale: String) throws {
        let folder = try TemporaryFolder()
        let (report, json) = try run(locale: locale, in: folder)
        let book = try WorkbookReader(path: report.appendingPathComponent("scorecard.xlsx").path)
        #expect(book.sheetNames == ["Scorecard", "Trend", "Breakdowns", "Definitions"])
        #expect(book.properties["creator"] == json["organisation"] as? String)
        #expect(
            book.properties["created"]?.hasPrefix("2026-06-30T23:59:59") == true,
            "created: \(book.properties["created"] ?? "none")")
        #expect(book.properties["title"]?.contains(locale == "de_DE" ? "Juni 2026" : "June 2026") == true)
        let kpis = try #require(json["kpis"] as? [[String: Any]])

        // Scorecard: header frozen, one row per KPI under its stage row, numbers as numbers.
        let sheet = try #require(book.sheets["Scorecard"])
        #expect(sheet.freeze == "B3")
        #expect(sheet.text(2, 4) == "Actual" && sheet.cell(2, 4)?.bold == true)
        var rows: [String: Int] = [:]
        for row in 3...max(3, sheet.rowCount) { if let id = sheet.text(row, 2) { rows[id] = row } }
        #expect(rows.count == kpis.count)
        let stageRows = (3...max(3, sheet.rowCount)).filter { sheet.text($0, 2) == nil && sheet.text($0, 1) != nil }
        #expect(stageRows.count == Set(kpis.compactMap { $0["stage"] as? String }).count)
        var fills: [String: Set<String>] = [:]
        for kpi in kpis {
            let id = try #require(kpi["id"] as? String)
            let row = try #require(rows[id], "no row for \(id)")
            #expect(sheet.text(row, 1) == kpi["label"] as? String)
            let expected: [Double?] = [
                number(kpi["value"]), number(kpi["target"]), nested(kpi["variance"], "absolute"),
                nested(kpi["variance"], "relative"),
                number(kpi["last_year"]), nested(kpi["last_year_variance"], "relative"), number(kpi["ytd"]),
                number(kpi["ytd_target"]), nested(kpi["ytd_variance"], "absolute"),
                nested(kpi["ytd_variance"], "relative"),
            ]
            for (offset, value) in expected.enumerated() {
                let cell = sheet.value(row, 4 + offset)
                #expect(
                    cell == nil || cell is NSNumber,
                    "\(id) column \(4 + offset) holds \(String(describing: cell)), not a number")
                same(sheet.number(row, 4 + offset), value, "\(id) \(WorkbookCommandTestsColumns.names[offset])")
            }
            let status = try #require(kpi["status"] as? String)
            #expect(
                sheet.text(row, 14)?.hasSuffix(Self.statusWords[status] ?? "?") == true,
                "\(id): \(sheet.text(row, 14) ?? "")")
            if let fill = sheet.cell(row, 14)?.fill {
                fills[status, default: []].insert(fill)
            } else {
                Issue.record("\(id): status without a fill")
            }
            let format = sheet.cell(row, 4)?.format ?? ""
            switch kpi["unit"] as? String {
            case "money": #expect(format.contains("€") && format.contains("#,##0"), "\(id): \(format)")
            case "percent": #expect(format.hasSuffix("%"), "\(id): \(format)")
            default: #expect(!format.contains("€") && format != "General", "\(id): \(format)")
            }
            if locale == "de_DE", kpi["unit"] as? String == "money" {
                #expect(format.hasSuffix("€\""), "euro after the amount in de_DE: \(format)")
            }
            #expect(sheet.text(row, 16) == kpi["note"] as? String)
        }
        #expect(
            fills.values.allSatisfy { $0.count == 1 } && Set(fills.values.flatMap { $0 }).count == fills.count,
            "one fill per status: \(fills)")

        // Trend: three rows per KPI over the 13 months of values.json.
        let trend = try #require(book.sheets["Trend"])
        #expect(trend.freeze == "D2")
        let months = ((kpis.first?["trend"] as? [[String: Any]]) ?? []).compactMap { $0["period"] as? String }
        #expect(months.count == 13)
        #expect((0..<13).map { trend.text(1, 4 + $0) } == months.map { "date:" + $0 })
        #expect(trend.rowCount == 1 + 3 * kpis.count)
        for (index, kpi) in kpis.enumerated() {
            let points = (kpi["trend"] as? [[String: Any]]) ?? []
            for (series, (name, key)) in [("Actual", "value"), ("Target", "target"), ("Last year", "last_year")]
                .enumerated()
            {
                let row = 2 + 3 * index + series
                #expect(trend.text(row, 2) == kpi["id"] as? String && trend.text(row, 3) == name)
                for (column, point) in points.enumerated() {
                    same(
                        trend.number(row, 4 + column), number(point[key]),
                        "trend \(kpi["id"] ?? "") \(name) \(point["period"] ?? "")")
                }
            }
        }

        // Breakdowns: every group of every dimension, suppressed ones marked and empty.
        let breakdowns = try #require(book.sheets["Breakdowns"])
        var row = 2
        for kpi in kpis {
            let dimensions = (kpi["breakdowns"] as? [String: [[String: Any]]]) ?? [:]
            for dimension in dimensions.keys.sorted() {
                for group in dimensions[dimension] ?? [] {
                    #expect(breakdowns.text(row, 2) == kpi["id"] as? String && breakdowns.text(row, 3) == dimension)
                    #expect(breakdowns.text(row, 4) == group["key"] as? String)
                    let suppressed = group["suppressed"] as? Bool ?? false
                    #expect(breakdowns.text(row, 6) == (suppressed ? "suppressed" : nil))
                    same(
                        breakdowns.number(row, 5), number(group["value"]),
                        "breakdown \(kpi["id"] ?? "") \(dimension) \(group["key"] ?? "")")
                    row += 1
                }
            }
        }
        #expect(breakdowns.rowCount == row - 1)
        #expect(row > 20, "the demo has breakdowns")

        // Definitions: the appendix.
        let definitions = try #require(book.sheets["Definitions"])
        for (index, kpi) in kpis.enumerated() {
            let row = index + 2
            for (column, key) in [
                (1, "label"), (2, "id"), (4, "focus"), (5, "unit"), (6, "better"), (7, "owner"), (8, "description"),
                (9, "expression"), (10, "target_source"),
            ] {
                #expect(definitions.text(row, column) == kpi[key] as? String, "definitions \(kpi["id"] ?? "") \(key)")
            }
        }
    }

    @Test func renderRewritesTheSameWorkbook() throws {
        let folder = try TemporaryFolder()
        let (report, _) = try run(locale: "fr_FR", in: folder)
        let again = folder.url.appendingPathComponent("again")
        let render = try BinaryRunner.run([
            "render", "--values", report.appendingPathComponent("values.json").path, "--out", again.path, "--dpi", "36",
        ])
        #expect(render.exitCode == 0, "\(render.stderr)")
        let first = try Data(contentsOf: report.appendingPathComponent("scorecard.xlsx"))
        #expect(first.starts(with: [0x50, 0x4B, 0x03, 0x04]), "an xlsx file is a zip archive")
        #expect(try Data(contentsOf: again.appendingPathComponent("scorecard.xlsx")) == first)
    }
}

/// Names of the Scorecard sheet's number columns, for messages.
enum WorkbookCommandTestsColumns {
    static let names = [
        "actual", "target", "variance", "variance %", "last year", "last-year variance %", "ytd", "ytd target",
        "ytd variance", "ytd variance %",
    ]
}
