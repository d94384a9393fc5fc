import ScorecardModel

/// A CLV model's purchase history for a row scan, with what only the customer decides read once
/// per customer instead of joined to every purchase.
///
/// The opt-out (`customers.opted_out`) and dimensions such as `regions.name` are the same on all
/// of a customer's purchases when they are read through the joins that start at the model's
/// customer column. Joined to every purchase, they cost SQLite a lookup in the customers table
/// (and the regions table) per purchase, most of the scan on a large database. Split, the
/// purchases are read without those joins and the customers table once, in key order; the
/// reader matches each purchase's customer to its row (``PurchaseScan``).
public struct CustomerSplitHistory: Sendable {
    /// Where a dimension's value is read.
    public enum GroupColumn: Sendable, Equatable {
        /// This column of ``rows``: the dimension varies by purchase.
        case row(Int)
        /// This column of ``customers`` and ``absentCustomer``: the dimension is the customer's.
        case customer(Int)
    }

    /// The purchases in time order: customer, day, amount, latest (as in
    /// ``QueryPlanner/purchaseHistory(_:dimensions:firstDay:endDay:)``), then the dimensions of
    /// purchases; only the conditions on the purchases themselves filter them.
    public let rows: SQLSelect
    /// One row per row of the joined customers table, in the order of its key: the key, `keep`
    /// (1 when the customer's conditions hold, else 0), then the customers' dimensions.
    public let customers: SQLSelect
    /// The same columns for a customer the joined table lacks: one row, its key and columns all NULL.
    public let absentCustomer: SQLSelect
    /// Per dimension asked for, where its value is read.
    public let groups: [GroupColumn]
}

extension QueryPlanner {
    /// The purchase history split by what only the customer decides, or nil when nothing is to
    /// be gained or the split cannot be made.
    ///
    /// It is made when the model's customer is a column of the source itself, some `where`
    /// operand, the opt-out or a dimension reads only aliases joined through that column (all
    /// through one join onto one table), and everything else (the amount, the time) reads none of
    /// them. With `bad_rows skip` the checks would join too, so there is no split.
    public func splitPurchaseHistory(_ clv: CLVModel, dimensions: [Dimension], firstDay: Int, endDay: Int)
        -> CustomerSplitHistory?
    {
        let source = model.sources[clv.source]!
        guard model.settings.badRows != .skip, case .column(source.name, let customerColumn) = clv.customer,
            let split = CustomerAliases(source: source, customerColumn: customerColumn, model: model)
        else { return nil }
        let parts = source.conditionParts
        let timeAliases: Set<String> = [source.time?.alias ?? source.name]
        guard split.none(timeAliases.union(clv.amount.aliases)),
            let customerParts = split.partition(parts, aliases: \.aliases),
            let customerDimensions = split.partition(dimensions, aliases: \.expression.aliases),
            !customerParts.customer.isEmpty || !customerDimensions.customer.isEmpty
        else { return nil }

        var rowScope = scope(for: clv.source)
        let time = rowScope.timeColumn()
        var rows = SQLSelect(from: rowScope.fromClause().0)
        rows.columns =
            purchaseColumns(clv, time: time, scope: &rowScope)
            + customerDimensions.row.enumerated().map {
                SQLResultColumn(rowScope.sql(for: $1.expression), as: "group_\($0)")
            }
        rows.filter = allOf(
            customerParts.row.map { rowScope.sql(for: $0) } + [window(time, firstDay, endDay, rowScope.timeFormat)])
        rows.joins = rowScope.fromClause().1
        rows.orderBy = [time]

        return CustomerSplitHistory(
            rows: rows,
            customers: customerQuery(split, customerParts.customer, customerDimensions.customer, absent: false),
            absentCustomer: customerQuery(split, customerParts.customer, customerDimensions.customer, absent: true),
            groups: dimensions.map { dimension in
                if let index = customerDimensions.row.firstIndex(where: { $0.name == dimension.name }) {
                    return .row(4 + index)
                }
                return .customer(2 + customerDimensions.customer.firstIndex { $0.name == dimension.name }!)
            })
    }

    /// The customers' `keep` and dimensions: over every row of the joined table in key order, or
    /// (`absent`) once, for a customer that is NULL and so matches no row.
    ///
    /// The source's own alias is replaced by a derived table with one column named as the
    /// customer column, holding the joined table's keys (or NULL), so that the source's joins
    /// apply unchanged:
    ///
    /// ```sql
    /// SELECT "t0_orders"."customer_id" AS "key",
    ///        CASE WHEN <conditions> THEN 1 ELSE 0 END AS "keep", "t0_regions"."name" AS "group_0"
    /// FROM (SELECT "c"."id" AS "customer_id" FROM "customers" AS "c") AS "t0_orders"
    /// LEFT JOIN "customers" AS "t0_customers" ON "t0_customers"."id" = "t0_orders"."customer_id"
    /// LEFT JOIN "regions" AS "t0_regions" ON …
    /// ORDER BY "t0_orders"."customer_id"
    /// ```
    func customerQuery(
        _ split: CustomerAliases, _ conditions: [ConditionPart], _ dimensions: [Dimension], absent: Bool
    ) -> SQLSelect {
        var scope = scope(for: split.source.name)
        let base = scope.tableAlias(split.source.name)
        let key = SQLExpression.column(base, split.customerColumn)
        let keep = allOf(conditions.map { scope.sql(for: $0) })
        let groups = dimensions.enumerated().map { SQLResultColumn(scope.sql(for: $1.expression), as: "group_\($0)") }
        var keys = SQLSelect(from: .table(split.table, as: "c"))
        let tableKey = SQLExpression.column("c", split.key)
        if absent {
            // One row whatever the table holds, its NULL of the key's type: the maximum over no row.
            keys.columns = [SQLResultColumn(.function(.max, [tableKey]), as: split.customerColumn)]
            keys.filter = .binary(.equal, .value(.integer(1)), .value(.integer(0)))
        } else {
            keys.columns = [SQLResultColumn(tableKey, as: split.customerColumn)]
        }
        var select = SQLSelect(from: .subquery(keys, as: base))
        if !absent { select.orderBy = [key] }
        let flag: SQLExpression =
            keep.map { .caseWhen([SQLCase($0, .value(.integer(1)))], otherwise: .value(.integer(0))) }
            ?? .value(.integer(1))
        select.columns = [SQLResultColumn(key, as: "key"), SQLResultColumn(flag, as: "keep")] + groups
        select.joins = scope.fromClause().1
        return select
    }
}

extension Source {
    /// The source's row conditions, `bad_rows skip`'s checks aside: each operand of its `where`, and its opt-out.
    var conditionParts: [ConditionPart] {
        (filter?.logicalOperands("and") ?? []).map(ConditionPart.filter) + (optOut.map { [.optOut($0)] } ?? [])
    }
}

/// A part of a source's row conditions: one operand of its `where`, or its opt-out.
enum ConditionPart {
    case filter(RowExpression)
    case optOut(RowExpression)

    /// The aliases the part reads.
    var aliases: Set<String> {
        switch self {
        case .filter(let expression), .optOut(let expression): expression.aliases
        }
    }
}

extension SourceScope {
    /// A condition part as ``rowConditions(keepingBadRows:)`` writes it.
    mutating func sql(for part: ConditionPart) -> SQLExpression {
        switch part {
        case .filter(let expression): sql(for: expression)
        case .optOut(let flag): optOutCondition(flag)
        }
    }
}

/// The aliases of a source that only its customer column decides: those joined through the one
/// join that starts at that column.
struct CustomerAliases {
    let source: Source
    let customerColumn: String
    /// The joined table and its key.
    let table: String
    let key: String
    /// The first join's alias and every alias reached through it.
    let aliases: Set<String>

    /// Nil when no join starts at the customer column, or several do (the split keeps to one table).
    init?(source: Source, customerColumn: String, model: MetricsModel) {
        let rooted = source.joins.filter { _, path in
            path.steps.first.map { $0.fromAlias == source.name && $0.column == customerColumn } ?? false
        }
        let roots = Set(rooted.values.compactMap { $0.steps.first?.alias })
        guard roots.count == 1, let root = roots.first, let first = source.joins[root]?.steps.last,
            let target = model.sources[first.target], let key = target.key
        else { return nil }
        self.source = source
        self.customerColumn = customerColumn
        self.table = target.table
        self.key = key
        self.aliases = Set(rooted.keys)
    }

    /// True when none of `read` is a customer alias.
    func none(_ read: Set<String>) -> Bool { read.isDisjoint(with: aliases) }

    /// The items reading only customer aliases, and the others; nil when one reads both kinds.
    func partition<Item>(_ items: [Item], aliases read: (Item) -> Set<String>) -> (row: [Item], customer: [Item])? {
        var row: [Item] = []
        var customer: [Item] = []
        for item in items {
            let aliases = read(item)
            if none(aliases) {
                row.append(item)
            } else if aliases.isSubset(of: self.aliases) {
                customer.append(item)
            } else {
                return nil
            }
        }
        return (row, customer)
    }
}
