import Testing

@Suite struct HelpTests {
    @Test func rootHelpDescribesTheToolAndExitsZero() throws {
        let result = try BinaryRunner.run(["--help"])
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("USAGE: scorecard"))
        #expect(result.stdout.contains("metrics files"))
    }

    @Test func unknownFlagIsAUsageErrorWithExitCodeTwo() throws {
        let result = try BinaryRunner.run(["--no-such-flag"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("--no-such-flag"))
    }
}
