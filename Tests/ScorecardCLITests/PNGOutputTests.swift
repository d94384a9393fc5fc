import Foundation
import Testing

/// End-to-end: the PNGs `run` writes at 144 dpi are complete 8-bit RGB images, decoded here by Python's zlib.
@Suite struct PNGOutputTests {
    static var database: String { FinanceDemoDatabase.path }

    static let decoder = """
        import struct, sys, zlib
        data = open(sys.argv[1], "rb").read()
        assert data[:8] == b"\\x89PNG\\r\\n\\x1a\\n"
        pos, idat, header = 8, b"", None
        while pos < len(data):
            length, kind = struct.unpack(">I4s", data[pos:pos + 8])
            body = data[pos + 8:pos + 8 + length]
            assert zlib.crc32(kind + body) == struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])[0], kind
            if kind == b"IHDR": header = struct.unpack(">IIBBBBB", body)
            if kind == b"IDAT": idat += body
            pos += 12 + length
        width, height, depth, colour = header[:4]
        raw = zlib.decompress(idat)
        rows = [raw[y * (1 + width * 3):(y + 1) * (1 + width * 3)] for y in range(height)]
        inked = sum(1 for row in rows if row[1:].count(255) != width * 3)
        print(width, height, depth, colour, len(raw) == height * (1 + width * 3), inked)
        """

    @Test func stagePNGsAreCompleteRGBImages() throws {
        let folder = try TemporaryFolder()
        let run = try BinaryRunner.run(["run", "--db", Self.database, "--period", "2026-06", "--out", folder.url.path])
        #expect(run.exitCode == 0, "\(run.stderr)")
        for name in ["scorecard.png", "stage-product.png", "stage-lifetime_value.png"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
            process.arguments = ["-c", Self.decoder, folder.url.appendingPathComponent("2026-06/\(name)").path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(name) does not decode")
            let fields = output.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            #expect(fields.prefix(5) == ["1684", "1191", "8", "2", "True"], "\(name): \(output)")
            #expect((Int(fields.last ?? "") ?? 0) > 300, "\(name) has drawn rows: \(output)")
        }
    }
}
