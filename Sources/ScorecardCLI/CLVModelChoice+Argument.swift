import ArgumentParser
import ScorecardEngine

/// `--model bgnbd|pareto-nbd` on the command line.
extension CLVModelChoice: ExpressibleByArgument {}
