import ArgumentParser
import CMalloc

// Blocks of 1 MiB and more (the per-customer arrays of CLV fits and scans) are mapped for
// themselves and unmapped when freed: resident memory falls after each stage of an evaluation
// instead of staying at the highest it reached.
_ = scorecard_map_large_blocks(1 << 20)

/// Entry point: the only place where errors become a message and an exit code.
Scorecard.runAndExit()
