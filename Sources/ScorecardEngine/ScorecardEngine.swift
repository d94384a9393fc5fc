/// The calendar, the result values and the commentary live in ScorecardResults, which Render uses
/// without linking the evaluator; every user of the engine sees them too.
@_exported import ScorecardResults

/// Database access and KPI evaluation; the enum itself is only the module's namespace.
///
/// The engine runs compiled plans against the CRM database in one read snapshot and turns the rows
/// into KPI results.
public enum ScorecardEngine {}
