import ScorecardLanguage
import ScorecardModel
import ScorecardSQL

/// Checks, before anything runs, that every table and column the metrics use exists.
struct SchemaValidator {
    let model: MetricsModel
    let database: any SQLDatabase
    /// The KPIs being evaluated, to name who needs a missing column.
    let kpis: [KPI]
    /// The database's tables, as its catalogue lists them.
    let tables: [DatabaseTable]
    /// True when names must match with their case (PostgreSQL's quoted identifiers).
    private let caseSensitive: Bool
    private var columnsByTable: [String: [String]] = [:]
    private var tableNames: [String] = []
    /// The problems found, as diagnostics (E0401, E0402) at the definitions that need them.
    private(set) var problems: [Diagnostic] = []

    init(model: MetricsModel, database: any SQLDatabase, kpis: [KPI]) throws {
        self.model = model
        self.database = database
        self.kpis = kpis
        self.tables = try database.tables()
        self.caseSensitive = database.identifiersAreCaseSensitive
        self.tableNames = tables.map(\.name)
        self.columnsByTable = Dictionary(tables.map { ($0.name, $0.columns.map(\.name)) }) { first, _ in first }
    }

    /// The kinds of the columns of every source's table, as the catalogue gives them.
    func columnKinds() -> ColumnKinds {
        var kinds = ColumnKinds()
        for source in model.sources.values {
            for column in databaseTable(named: source.table)?.columns ?? [] {
                kinds.set(column.kind, table: source.table, column: column.name)
            }
        }
        return kinds
    }

    /// The table a metrics file's name (`orders`, `crm.orders`, `main.orders`) names, if any.
    ///
    /// Its own spelling first, then (where case does not matter) in any case.
    func databaseTable(named name: String) -> DatabaseTable? {
        let spelled = { (table: DatabaseTable) in table.name == name || table.qualifiedName == name }
        if let exact = tables.first(where: spelled) { return exact }
        guard !caseSensitive else { return nil }
        let lowered = name.lowercased()
        return tables.first { $0.name.lowercased() == lowered || $0.qualifiedName?.lowercased() == lowered }
    }

    /// Every problem for the measures and breakdowns the KPIs use.
    mutating func validate() throws -> [Diagnostic] {
        let measureNames = kpis.reduce(into: Set<String>()) { $0.formUnion(model.measures(of: $1)) }
        for name in measureNames.sorted() {
            guard let measure = model.measures[name] else { continue }
            let subject = "measure '\(name)' (\(users(of: name)))"
            try checkSource(measure.source, subject: subject, location: measure.location)
            let modelColumns =
                measure.aggregate.model.flatMap { model.clvModels[$0] }.map {
                    columns($0.customer) + columns($0.amount)
                } ?? []
            for column in columns(measure.aggregate.argument) + columns(measure.filter) + modelColumns {
                try check(
                    alias: column.alias, column: column.name, from: measure.source, subject: subject,
                    location: measure.location)
            }
        }
        for kpi in kpis {
            try checkBreakdowns(kpi)
            try checkTargetTable(kpi)
        }
        return problems
    }

    private func users(of measure: String) -> String {
        let ids = kpis.filter { model.measures(of: $0).contains(measure) }.map(\.id)
        return "used by kpi " + ids.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
            + (ids.count > 3 ? " and \(ids.count - 3) more" : "")
    }

    private mutating func checkSource(_ name: String, subject: String, location: Location) throws {
        guard let source = model.sources[name] else { return }
        let sourceSubject = "source '\(name)' (\(subject))"
        guard try table(source.table, subject: sourceSubject, location: source.location) != nil else { return }
        for column in [source.key, source.time?.alias == nil ? source.time?.column : nil].compactMap({ $0 }) {
            try check(alias: name, column: column, from: name, subject: sourceSubject, location: source.location)
        }
        if let time = source.time, let alias = time.alias {
            try check(alias: alias, column: time.column, from: name, subject: sourceSubject, location: source.location)
        }
        for column in columns(source.filter) + columns(source.optOut) + columns(source.customer) {
            try check(
                alias: column.alias, column: column.name, from: name, subject: sourceSubject, location: source.location)
        }
        for path in source.joins.values {
            for step in path.steps {
                try check(
                    alias: step.fromAlias, column: step.column, from: name, subject: sourceSubject,
                    location: source.location)
                if let key = model.sources[step.target]?.key {
                    try check(
                        alias: step.alias, column: key, from: name, subject: sourceSubject, location: source.location)
                }
            }
        }
    }

    private mutating func checkBreakdowns(_ kpi: KPI) throws {
        for name in kpi.breakdowns {
            guard let dimension = model.dimensions[name] else { continue }
            for measureName in model.measures(of: kpi).sorted() {
                guard let measure = model.measures[measureName] else { continue }
                for column in columns(dimension.expression) {
                    try check(
                        alias: column.alias, column: column.name, from: measure.source,
                        subject: "dimension '\(name)' (kpi '\(kpi.id)')", location: dimension.location)
                }
            }
        }
    }

    private mutating func checkTargetTable(_ kpi: KPI) throws {
        guard case .table(let name, let kpiColumn, let periodColumn, let targetColumn)? = kpi.targets else { return }
        let subject = "targets of kpi '\(kpi.id)'"
        guard let actual = try table(name, subject: subject, location: kpi.location) else { return }
        for column in [kpiColumn, periodColumn, targetColumn] {
            try checkColumn(column, table: actual, subject: subject, location: kpi.location)
        }
    }

    /// Checks a column of an alias as seen from a source.
    private mutating func check(
        alias: String, column: String, from sourceName: String, subject: String, location: Location
    ) throws {
        guard let source = model.sources[sourceName] else { return }
        let targetName = alias == sourceName ? sourceName : source.joins[alias]?.steps.last?.target
        guard let targetName, let target = model.sources[targetName],
            let actual = try table(target.table, subject: subject, location: location)
        else { return }
        try checkColumn(column, table: actual, subject: subject, location: location)
    }

    private mutating func checkColumn(_ column: String, table: String, subject: String, location: Location) throws {
        let columns = try columnsOf(table)
        guard !columns.contains(where: { caseSensitive ? $0 == column : $0.lowercased() == column.lowercased() })
        else { return }
        record(
            .missingColumn(
                column, table: table, neededBy: subject, at: location,
                suggestion: Suggestion.closest(to: column, among: columns)))
    }

    /// The actual name of a table, or nil after recording that it is missing.
    private mutating func table(_ name: String, subject: String, location: Location) throws -> String? {
        if let actual = databaseTable(named: name) { return actual.name }
        record(
            .missingTable(
                name, neededBy: subject, at: location,
                suggestion: inOtherSchema(name) ?? Suggestion.closest(to: name, among: tableNames)))
        return nil
    }

    /// The name of a table in another schema whose own name is the bare `name` (`crm.orders` for `orders`).
    private func inOtherSchema(_ name: String) -> String? {
        guard !name.contains(".") else { return nil }
        let bare = { (table: DatabaseTable) in String(table.name.split(separator: ".").last ?? "") }
        return tables.first { caseSensitive ? bare($0) == name : bare($0).lowercased() == name.lowercased() }?.name
    }

    private func columnsOf(_ table: String) throws -> [String] {
        columnsByTable[table] ?? []
    }

    private mutating func record(_ problem: Diagnostic) {
        let header = DiagnosticRenderer.header(problem)
        if !problems.contains(where: { DiagnosticRenderer.header($0) == header }) { problems.append(problem) }
    }

    private func columns(_ expression: RowExpression?) -> [(alias: String, name: String)] {
        expression?.columns ?? []
    }
}
