/// Every file of this target sees the shared test helpers (`TemporaryFolder`, `SeededGenerator`).
@_exported import ScorecardTestSupport
