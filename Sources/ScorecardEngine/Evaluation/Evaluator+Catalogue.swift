import ScorecardModel
import ScorecardSQL

/// Reading the database's catalogue before planning: schema validation and the columns' kinds.
extension Evaluator {
    /// The queries `evaluate` would run for a KPI on this database, rendered in its dialect.
    ///
    /// Sets the time zone and reads the catalogue as `evaluate` does (``catalogued(database:kpis:)``,
    /// in a read snapshot), so the plan has the columns' kinds: on PostgreSQL a `boolean` flag is cast
    /// where it is a number, a numeric column is tested with `<> 0` where it is a condition,
    /// and the bad-row checks follow the columns' types. Throws the unknown time zone and the schema
    /// problems `evaluate` would throw; runs none of the queries.
    public func explain(kpiID: String, period: ReportingPeriod, database: any SQLDatabase) throws -> [(
        title: String, sql: RenderedSQL
    )] {
        let kpis = try selectedKPIs([kpiID])
        try useTimeZone(of: database)
        let model = try database.readSnapshot { try catalogued(database: database, kpis: kpis) }
        return try Evaluator(model: model).explain(
            kpiID: kpiID, period: period, dialect: database.dialect, foldingKeyQueries: !database.prefersRowScans)
    }

    /// The model with the kinds of its sources' columns from the database's catalogue, after
    /// checking that every table and column the KPIs use exists (an ``EvaluationError`` listing
    /// the problems otherwise). Called inside a read snapshot.
    func catalogued(database: any SQLDatabase, kpis: [KPI]) throws -> MetricsModel {
        var validator = try SchemaValidator(model: model, database: database, kpis: kpis)
        let problems = try validator.validate()
        guard problems.isEmpty else { throw EvaluationError.schema(problems) }
        var model = model
        model.columnKinds = validator.columnKinds()
        return model
    }
}
