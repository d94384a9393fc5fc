/// The custom shop's KPIs computed in Swift from the inserted rows (`CustomerSchemaFixture`).
struct CustomerSchemaReference {
    typealias F = CustomerSchemaFixture
    typealias M = ReferenceMath
    /// Only rows of this zone label ("(none)" for a missing zone), when set.
    var zone: String?

    static let ids = [
        "turnover", "paid_turnover", "turnover_per_buyer", "big_sale_share", "new_buyers", "tickets_per_sale",
        "close_hours",
    ]

    private static func client(_ no: Int?) -> F.Client? { F.clients.first { $0.no == no } }
    static func zoneLabel(_ client: Int?) -> String {
        let zone = self.client(client)?.zone
        return F.zones.first { $0.0 == zone }?.1 ?? "(none)"
    }

    /// Source `sales`: not void, private clients dropped (NULL flag keeps the row).
    var sales: [F.Sale] {
        F.sales.filter { $0.state != "void" && (Self.client($0.client)?.isPrivate ?? 0) == 0 }
            .filter { zone == nil || Self.zoneLabel($0.client) == zone }
    }

    var tickets: [F.Ticket] { F.tickets.filter { zone == nil || Self.zoneLabel($0.client) == zone } }

    func sales(_ w: Window) -> [F.Sale]? {
        let rows = sales.filter { w.contains(ReferenceCalendar.month(unix: Double($0.unix))) }
        return rows.isEmpty ? nil : rows
    }

    func tickets(_ w: Window) -> [F.Ticket]? {
        let rows = tickets.filter { w.contains(ReferenceCalendar.month(unix: Double($0.logged))) }
        return rows.isEmpty ? nil : rows
    }

    func turnover(_ w: Window) -> Double? { sales(w).map { M.moneySum($0.map(\.amount)) } }
    func buyers(_ w: Window) -> Double? { sales(w).map { Double(Set($0.compactMap(\.client)).count) } }
    func saleCount(_ w: Window) -> Double? { sales(w).map { Double($0.count) } }

    func newBuyers(_ w: Window) -> Double? {
        guard sales(w) != nil else { return nil }
        var first: [Int: Int] = [:]
        for sale in sales { if let c = sale.client { first[c] = min(first[c] ?? sale.unix, sale.unix) } }
        return Double(first.values.filter { w.contains(ReferenceCalendar.month(unix: Double($0))) }.count)
    }

    func value(_ id: String, in w: Window) -> Double? {
        switch id {
        case "turnover": return turnover(w) ?? 0
        case "paid_turnover": return sales(w).map { M.moneySum($0.filter { $0.state == "paid" }.map(\.amount)) }
        case "turnover_per_buyer": return M.divide(turnover(w), buyers(w))
        case "big_sale_share":
            return M.divide(sales(w).map { Double($0.filter { ($0.amount ?? 0) >= 100 }.count) }, saleCount(w))
        case "new_buyers": return newBuyers(w)
        case "tickets_per_sale": return M.divide(tickets(w).map { Double($0.count) }, saleCount(w))
        case "close_hours":
            return tickets(w).flatMap { M.mean($0.compactMap { t in t.closed.map { Double($0 - t.logged) / 3600 } }) }
        default: preconditionFailure("no reference for \(id)")
        }
    }

    /// Distinct customers of a zone's sales in the window (the privacy group size).
    static func customers(zone: String, _ w: Window) -> Int {
        Set((CustomerSchemaReference(zone: zone).sales(w) ?? []).compactMap(\.client)).count
    }
}
