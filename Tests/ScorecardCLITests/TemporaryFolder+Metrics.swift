import Foundation

extension TemporaryFolder {
    /// A copy of the shipped metrics folder in `name`, with the scorecard's locale set to `locale`; returns its path.
    func metrics(_ name: String = "metrics", locale: String = "en_GB") throws -> String {
        let source = BinaryRunner.packageRoot.appendingPathComponent("metrics")
        for file in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            var data = try Data(contentsOf: source.appendingPathComponent(file))
            if file == "scorecard.kpi" {
                let text = String(decoding: data, as: UTF8.self)
                precondition(
                    text.contains("locale \"en_GB\""), "the shipped scorecard.kpi no longer sets locale \"en_GB\"")
                data = Data(text.replacingOccurrences(of: "locale \"en_GB\"", with: "locale \"\(locale)\"").utf8)
            }
            try write("\(name)/\(file)", data)
        }
        return url.appendingPathComponent(name).path
    }
}
