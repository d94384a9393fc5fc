import ScorecardSQL

/// Everything a source's aggregate queries gave, gathered from the read queue's jobs.
struct SourceAggregates {
    let queries: SourceAggregateQueries
    /// The monthly query's result (nil only while the jobs' results are being gathered).
    var months: SourceMonths?
    /// One tally per key query, in the queries' order.
    var keys: [KeyWindowTally]
    /// One set of ranks per value query, in the queries' order.
    var values: [PercentileRanks]
}
