import ScorecardResults

/// Support tickets: opened by active customers (more often after a return), resolved in minutes
/// to days, about 70 % at first contact; tickets still open at the end of the range stay unresolved.
struct SupportDesk {
    /// One ticket, before ids are assigned in time order.
    struct Ticket {
        let openedAt: Int
        let customerIndex: Int
        let channel: Int
        let priority: Int
        let resolvedAt: Int?
        let firstContact: Bool
    }

    static let channels = ["email", "phone", "chat"]
    static let priorities = ["low", "normal", "high", "urgent"]
    private static let channelChoice = WeightedChoice([0.45, 0.30, 0.25])
    private static let priorityChoice = WeightedChoice([0.30, 0.50, 0.15, 0.05])
    private static let enterprisePriorityChoice = WeightedChoice([0.15, 0.45, 0.28, 0.12])
    private static let firstContactRate = [0.58, 0.80, 0.78]
    /// Median minutes to resolve at first contact, per channel.
    private static let firstContactMinutes = [180.0, 15, 25]
    private static let priorityFactor = [1.6, 1.0, 0.6, 0.35]

    /// Tickets in the order they were drawn.
    private(set) var tickets: [Ticket] = []
    /// The last second of the range (no resolution after it).
    let endSecond: Int

    init(options: DemoDatabaseOptions) {
        endSecond = (options.end.lastDay + 1) * CivilDate.secondsPerDay - 1
    }

    /// Perhaps opens a ticket for the customer this month, and perhaps a survey after it.
    mutating func maybeOpenTicket(
        customerIndex: Int, customer: DemoCustomer, month: DemoMonth, hadReturn: Bool,
        random: inout DemoRandom, surveys: inout SurveyPanel
    ) {
        guard random.chance(customer.segment.ticketRate * (hadReturn ? 4 : 1)) else { return }
        let firstDay = max(month.firstDay, customer.acquiredDay)
        let day = firstDay + random.int(below: month.lastDay - firstDay + 1)
        let openedAt = day * CivilDate.secondsPerDay + (7 + random.int(below: 14)) * 3600 + random.int(below: 3600)
        let channel = Self.channelChoice.pick(&random)
        let priority = (customer.segment == .enterprise ? Self.enterprisePriorityChoice : Self.priorityChoice).pick(
            &random)
        let firstContact = random.chance(Self.firstContactRate[channel])
        let minutes =
            firstContact
            ? random.logNormal(median: Self.firstContactMinutes[channel], sigma: 0.6)
            : random.logNormal(median: 30 * 60 * Self.priorityFactor[priority], sigma: 0.9)
        let neverResolved = random.chance(0.015)
        let resolvedAt = openedAt + max(60, Int(minutes * 60))
        let resolved = !neverResolved && resolvedAt <= endSecond
        tickets.append(
            Ticket(
                openedAt: openedAt, customerIndex: customerIndex, channel: channel, priority: priority,
                resolvedAt: resolved ? resolvedAt : nil, firstContact: resolved && firstContact))
        if resolved, !customer.optedOut, random.chance(0.15) {
            let context: SurveyPanel.Context = minutes > 48 * 60 ? .slowTicket : .fastTicket
            surveys.add(
                day: resolvedAt / CivilDate.secondsPerDay + random.int(below: 4), customerIndex: customerIndex,
                context: context)
        }
    }

    /// Writes the tickets in order of opening time.
    func write(to writer: DemoTableWriter) throws {
        let sorted = tickets.enumerated().sorted {
            ($0.element.openedAt, $0.element.customerIndex, $0.offset) < (
                $1.element.openedAt, $1.element.customerIndex, $1.offset
            )
        }.map(\.element)
        for (offset, ticket) in sorted.enumerated() {
            try writer.insert(
                "support_tickets",
                [
                    DemoTableWriter.int(offset + 1), DemoTableWriter.int(ticket.customerIndex + 1),
                    .text(Self.channels[ticket.channel]), .text(Self.priorities[ticket.priority]),
                    DemoTableWriter.int(ticket.openedAt), DemoTableWriter.optional(ticket.resolvedAt),
                    DemoTableWriter.flag(ticket.firstContact),
                ])
        }
    }
}
