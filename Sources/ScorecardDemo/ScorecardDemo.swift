/// Generates the demo CRM database.
public enum ScorecardDemo {}
