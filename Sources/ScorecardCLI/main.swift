import ArgumentParser

/// Entry point: the only place where errors become a message and an exit code.
Scorecard.runAndExit()
