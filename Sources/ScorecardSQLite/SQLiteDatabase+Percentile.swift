import CSQLite
import ScorecardSQL

/// Exact percentile aggregates: `percentile_cont(value, p)` and `median(value)`.
extension SQLiteDatabase {
    /// Registers `percentile_cont(value, p)` and `median(value)` on this connection.
    ///
    /// Both are exact aggregates with linear interpolation between the closest ranks, like
    /// PostgreSQL's `percentile_cont(p) WITHIN GROUP (ORDER BY value)`. NULL values are ignored
    /// and a group without values gives NULL. `p` must be a number in 0...1, the same on every row.
    ///
    /// ```sql
    /// SELECT region_id, median(net_amount), percentile_cont(net_amount, 0.9) FROM orders GROUP BY region_id
    /// ```
    public func registerPercentileAggregate() throws {
        try registerAggregate(name: "percentile_cont", argumentCount: 2, step: percentileStep)
        try registerAggregate(name: "median", argumentCount: 1, step: medianStep)
    }

    private func registerAggregate(
        name: String, argumentCount: Int32,
        step: @convention(c) (OpaquePointer?, Int32, UnsafeMutablePointer<OpaquePointer?>?) -> Void
    ) throws {
        let db = try openHandle()
        let rc = sqlite3_create_function_v2(
            db, name, argumentCount, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nil,
            nil, step, percentileFinal, nil
        )
        guard rc == SQLITE_OK else { throw error(code: rc) }
    }
}

/// The accumulator of the current group, created on its first row.
///
/// SQLite's aggregate context holds one pointer to a retained `PercentileAccumulator`;
/// `percentileFinal` releases it, and SQLite calls xFinal even when a query is aborted.
private func accumulator(_ context: OpaquePointer?) -> PercentileAccumulator? {
    let size = Int32(MemoryLayout<UnsafeMutableRawPointer?>.size)
    guard let slot = sqlite3_aggregate_context(context, size) else {
        sqlite3_result_error_nomem(context)
        return nil
    }
    let pointer = slot.assumingMemoryBound(to: UnsafeMutableRawPointer?.self)
    if let existing = pointer.pointee {
        return Unmanaged<PercentileAccumulator>.fromOpaque(existing).takeUnretainedValue()
    }
    let created = PercentileAccumulator()
    pointer.pointee = Unmanaged.passRetained(created).toOpaque()
    return created
}

/// Adds the first argument to the group when it is not NULL; reports an error for non-numbers.
private func append(_ argument: OpaquePointer?, to values: PercentileAccumulator, context: OpaquePointer?, name: String)
    -> Bool
{
    switch sqlite3_value_numeric_type(argument) {
    case SQLITE_NULL: return true
    case SQLITE_INTEGER, SQLITE_FLOAT:
        values.append(sqlite3_value_double(argument))
        return true
    default:
        sqlite3_result_error(context, "\(name): the value must be a number", -1)
        return false
    }
}

private func medianStep(_ context: OpaquePointer?, _ count: Int32, _ arguments: UnsafeMutablePointer<OpaquePointer?>?) {
    guard let arguments, let values = accumulator(context) else { return }
    values.fraction = 0.5
    _ = append(arguments[0], to: values, context: context, name: "median")
}

private func percentileStep(
    _ context: OpaquePointer?, _ count: Int32, _ arguments: UnsafeMutablePointer<OpaquePointer?>?
) {
    guard let arguments, let values = accumulator(context) else { return }
    let fractionType = sqlite3_value_numeric_type(arguments[1])
    let fraction = sqlite3_value_double(arguments[1])
    guard fractionType == SQLITE_INTEGER || fractionType == SQLITE_FLOAT, (0...1).contains(fraction) else {
        sqlite3_result_error(context, "percentile_cont: the fraction must be a number between 0 and 1", -1)
        return
    }
    if let fixed = values.fraction, fixed != fraction {
        sqlite3_result_error(context, "percentile_cont: the fraction must be the same on every row", -1)
        return
    }
    values.fraction = fraction
    _ = append(arguments[0], to: values, context: context, name: "percentile_cont")
}

/// Sets the group's result and releases its accumulator; NULL when the group had no values.
private func percentileFinal(_ context: OpaquePointer?) {
    guard let slot = sqlite3_aggregate_context(context, 0) else {
        sqlite3_result_null(context)  // no rows at all
        return
    }
    let pointer = slot.assumingMemoryBound(to: UnsafeMutableRawPointer?.self)
    guard let opaque = pointer.pointee else {
        sqlite3_result_null(context)
        return
    }
    pointer.pointee = nil
    let values = Unmanaged<PercentileAccumulator>.fromOpaque(opaque).takeRetainedValue()
    if let fraction = values.fraction, let result = values.percentile(fraction) {
        sqlite3_result_double(context, result)
    } else {
        sqlite3_result_null(context)
    }
}
