import Foundation
import ScorecardLanguage
import ScorecardTestSupport
import Testing

/// The diagnostic catalogues (`Diagnostic+*.swift` in ScorecardLanguage, ScorecardModel and
/// ScorecardEngine) are the only places that build a diagnostic, each constructor names its code, and
/// the codes they build are exactly the ones docs/language.md documents.
@Suite struct DiagnosticCatalogueTests {
    /// The targets whose files are searched, with their subfolders; the CLI builds no diagnostic either.
    static let targets = [
        "Sources/ScorecardLanguage", "Sources/ScorecardModel", "Sources/ScorecardEngine", "Sources/ScorecardCLI",
    ]

    /// The Swift files of those targets, by path relative to the package root.
    static func sourceFiles() throws -> [String: String] {
        var files: [String: String] = [:]
        for target in targets {
            let folder = ShippedMetrics.path(target)
            for name in try FileManager.default.subpathsOfDirectory(atPath: folder) where name.hasSuffix(".swift") {
                files[target + "/" + name] = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            }
        }
        return files
    }

    static func isCatalogue(_ path: String) -> Bool { (path as NSString).lastPathComponent.hasPrefix("Diagnostic+") }

    /// The codes named by the `/// E0203: …` doc comments of a catalogue, in file order.
    static func documentedCodes(in text: String) -> [String] {
        text.components(separatedBy: "\n").compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("/// "), trimmed.dropFirst(4).prefix(6).hasSuffix(":") else { return nil }
            let code = String(trimmed.dropFirst(4).prefix(5))
            return DiagnosticCode(rawValue: code) == nil ? nil : code
        }
    }

    /// The codes of the `### E0203: …` headings of docs/language.md.
    static func codesInDocs() throws -> Set<String> {
        let text = try String(contentsOfFile: ShippedMetrics.path("docs/language.md"), encoding: .utf8)
        return Set(
            text.components(separatedBy: "\n").compactMap { line -> String? in
                guard line.hasPrefix("### "), line.dropFirst(4).prefix(6).hasSuffix(":") else { return nil }
                return String(line.dropFirst(4).prefix(5))
            })
    }

    @Test func catalogueCodesAndDocumentedCodesAreTheSame() throws {
        let catalogues = try Self.sourceFiles().filter { Self.isCatalogue($0.key) }
        #expect(catalogues.count >= 9, "catalogue files missing in \(Self.targets): \(catalogues.keys.sorted())")
        #expect(catalogues.keys.contains("Sources/ScorecardEngine/Evaluation/Diagnostic+Evaluation.swift"))
        let built = Set(catalogues.values.flatMap(Self.documentedCodes))
        let documented = try Self.codesInDocs()
        #expect(
            built.subtracting(documented).isEmpty, "built but not in docs/language.md: \(built.subtracting(documented))"
        )
        #expect(
            documented.subtracting(built).isEmpty,
            "in docs/language.md but built by no constructor: \(documented.subtracting(built))")
        #expect(documented == Set(DiagnosticCode.allCases.map(\.rawValue)))
    }

    @Test func everyConstructorNamesItsCodeAndCataloguesAreSortedByCode() throws {
        for (path, text) in try Self.sourceFiles() where Self.isCatalogue(path) {
            let constructors = text.components(separatedBy: "static func ").count - 1
            let codes = Self.documentedCodes(in: text)
            #expect(codes.count == constructors, "\(path): \(constructors) constructors, \(codes.count) with a code")
            #expect(codes == codes.sorted(), "\(path) is not sorted by code: \(codes)")
        }
    }

    @Test func noDiagnosticIsBuiltOutsideTheCatalogues() throws {
        let building = try NSRegularExpression(pattern: #"\bDiagnostic\(|\bNote\(|\.init\(""#)
        for (path, text) in try Self.sourceFiles() where !Self.isCatalogue(path) && !path.hasSuffix("/Diagnostic.swift")
        {
            let matches = building.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))
            #expect(matches == 0, "\(path) builds \(matches) diagnostic(s) or note(s) outside the catalogue")
        }
    }
}
