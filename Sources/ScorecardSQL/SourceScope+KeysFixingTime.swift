import ScorecardModel

extension SourceScope {
    /// A key column as it is grouped, counted and read: `CAST(x AS TEXT)`, so that the integer 42
    /// and the text '42' (in a SQLite column without a type) are one key; a column the catalogue
    /// types as an integer is itself, since its values equal as integers exactly when their texts
    /// do, and grouping whole numbers costs less than text (on PostgreSQL, a quarter less for the
    /// customers' key and month).
    mutating func keyText(_ expression: RowExpression) -> SQLExpression {
        let key = sql(for: expression)
        if case .column(let alias, let name) = expression, kind(ofColumn: name, alias: alias) == .integer { return key }
        return .cast(key, .text)
    }

    /// True when rows with the same value of `expression` all have the same time, so the value's
    /// distinct count over a window is the sum of its monthly distinct counts.
    ///
    /// That holds for a key column: the source's own `key` (one row per value), a joined source's
    /// key, or the column a source is joined on (`join orders on order_id`: one order per value),
    /// when the time is the keyed row's or reached from it (`time orders.ordered_at`). Keys are
    /// unique and joins many-to-one (docs/language.md 3.4, 3.5), so one value fixes one row and
    /// everything joined from it.
    func keyFixesTime(_ expression: RowExpression) -> Bool {
        guard let time = source.time, case .column(let alias, let column) = expression else { return false }
        let timePath = time.alias.flatMap { source.joins[$0]?.steps.map(\.alias) } ?? []
        return rowsKeyed(by: column, of: alias).contains { $0 == source.name || timePath.contains($0) }
    }

    /// The aliases whose rows `alias.column` identifies: `alias` when the column is its key, and
    /// every alias joined on that column.
    private func rowsKeyed(by column: String, of alias: String) -> [String] {
        let joinedOnIt = source.joins.compactMap { joined, path in
            path.steps.last.flatMap { $0.fromAlias == alias && $0.column == column ? joined : nil }
        }
        return (keyColumn(of: alias) == column ? [alias] : []) + joinedOnIt
    }

    /// The key column of the source an alias names in this scope.
    private func keyColumn(of alias: String) -> String? {
        guard alias != source.name else { return source.key }
        return source.joins[alias]?.steps.last.flatMap { model.sources[$0.target]?.key }
    }
}
