/// Database access and KPI evaluation: runs compiled plans against the CRM database in one
/// read snapshot and turns the rows into KPI results.
public enum ScorecardEngine {}
