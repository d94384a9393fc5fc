import Foundation

/// Reads an .xlsx file with an independent reader (Debian's python3-openpyxl) into plain values.
struct WorkbookReader {
    /// One cell as openpyxl reads it.
    struct Cell {
        let value: Any?
        let format: String
        let fill: String?
        let bold: Bool
    }

    /// One sheet: cells by 1-based row and column, and the top-left cell below and right of the frozen panes.
    struct SheetContent {
        let cells: [Int: [Int: Cell]]
        let freeze: String?
        var rowCount: Int { cells.keys.max() ?? 0 }
        func cell(_ row: Int, _ column: Int) -> Cell? { cells[row]?[column] }
        func value(_ row: Int, _ column: Int) -> Any? { cells[row]?[column]?.value }
        func text(_ row: Int, _ column: Int) -> String? { value(row, column) as? String }
        func number(_ row: Int, _ column: Int) -> Double? { (value(row, column) as? NSNumber)?.doubleValue }
    }

    let sheetNames: [String]
    let sheets: [String: SheetContent]
    let properties: [String: String]

    static let script = """
        import json, sys, datetime
        from openpyxl import load_workbook
        book = load_workbook(sys.argv[1])
        out = {"names": book.sheetnames, "sheets": {}, "properties": {}}
        p = book.properties
        for key in ["title", "creator", "subject", "keywords"]:
            out["properties"][key] = getattr(p, key)
        out["properties"]["created"] = p.created.isoformat() if p.created else None
        for sheet in book.worksheets:
            cells = []
            for row in sheet.iter_rows():
                for cell in row:
                    if cell.value is None and not cell.has_style:
                        continue
                    value = cell.value
                    if isinstance(value, (datetime.date, datetime.datetime)):
                        value = "date:" + value.strftime("%Y-%m")
                    fill = cell.fill.fgColor.rgb if cell.fill is not None and cell.fill.fill_type == "solid" else None
                    cells.append([cell.row, cell.column, value, cell.number_format, fill, bool(cell.font.b)])
            out["sheets"][sheet.title] = {"freeze": sheet.freeze_panes, "cells": cells}
        print(json.dumps(out))
        """

    init(path: String) throws {
        let process = Process()
        // Debian's interpreter, where python3-openpyxl is installed (a python3 earlier on PATH may lack it).
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", Self.script, path]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let root = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        else {
            throw ReadFailure(message: "openpyxl cannot read \(path): " + String(decoding: errors, as: UTF8.self))
        }
        sheetNames = root["names"] as? [String] ?? []
        properties = (root["properties"] as? [String: Any] ?? [:]).compactMapValues { $0 as? String }
        var sheets: [String: SheetContent] = [:]
        for (name, content) in root["sheets"] as? [String: [String: Any]] ?? [:] {
            var cells: [Int: [Int: Cell]] = [:]
            for entry in content["cells"] as? [[Any]] ?? [] {
                guard let row = entry[0] as? Int, let column = entry[1] as? Int else { continue }
                let value: Any? = entry[2] is NSNull ? nil : entry[2]
                cells[row, default: [:]][column] = Cell(
                    value: value, format: entry[3] as? String ?? "", fill: entry[4] as? String,
                    bold: entry[5] as? Bool ?? false)
            }
            sheets[name] = SheetContent(cells: cells, freeze: content["freeze"] as? String)
        }
        self.sheets = sheets
    }

    struct ReadFailure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}
