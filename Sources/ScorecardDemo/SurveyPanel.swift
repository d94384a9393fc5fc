import ScorecardResults

/// Survey responses after purchases and resolved tickets: NPS (0–10) and CSAT (1–5).
///
/// About half of the respondents are promoters and a fifth detractors (NPS near +30); a return or
/// a slow ticket makes detractors likelier, and one recent quarter (the one containing the month
/// six months before the end) has a service dip. Customers who opted out get no surveys.
struct SurveyPanel {
    /// What the survey followed; it shifts the answers.
    enum Context: Int {
        case purchase, returned, fastTicket, slowTicket

        /// Probabilities of promoter, passive and detractor.
        var classWeights: [Double] {
            switch self {
            case .purchase, .fastTicket: return [0.53, 0.29, 0.18]
            case .returned: return [0.25, 0.30, 0.45]
            case .slowTicket: return [0.20, 0.30, 0.50]
            }
        }
    }

    /// A survey to be answered, before scores and ids are drawn.
    struct Seed {
        let day: Int
        let customerIndex: Int
        let context: Context
    }

    private(set) var seeds: [Seed] = []
    private let lastDay: Int
    private let dipQuarter: (year: Int, quarter: Int)
    private let seed: UInt64

    init(options: DemoDatabaseOptions) {
        lastDay = options.end.lastDay
        let dip = options.end.advanced(by: -6)
        dipQuarter = (dip.year, dip.quarter)
        seed = options.seed
    }

    /// Sends a survey after 8 % of orders, answered one to fourteen days later.
    mutating func maybeAfterOrder(customerIndex: Int, day: Int, returned: Bool, random: inout DemoRandom) {
        guard random.chance(0.08) else { return }
        add(
            day: day + 1 + random.int(below: 14), customerIndex: customerIndex,
            context: returned ? .returned : .purchase)
    }

    /// Adds a response on `day` unless it falls after the end of the range.
    mutating func add(day: Int, customerIndex: Int, context: Context) {
        guard day <= lastDay else { return }
        seeds.append(Seed(day: day, customerIndex: customerIndex, context: context))
    }

    /// Draws the scores and writes the responses in date order.
    func write(to writer: DemoTableWriter) throws {
        var random = DemoRandom(seed: seed, stream: "surveys")
        let sorted = seeds.sorted {
            ($0.day, $0.customerIndex, $0.context.rawValue) < ($1.day, $1.customerIndex, $1.context.rawValue)
        }
        for (offset, response) in sorted.enumerated() {
            let (nps, csat) = scores(response, random: &random)
            try writer.insert(
                "survey_responses",
                [
                    DemoTableWriter.int(offset + 1), DemoTableWriter.int(response.customerIndex + 1),
                    .text(CivilDate.date(response.day)), DemoTableWriter.optional(nps), DemoTableWriter.optional(csat),
                ])
        }
    }

    private static let promoterScores = WeightedChoice([0.45, 0.55])
    private static let passiveScores = WeightedChoice([0.45, 0.55])
    private static let detractorScores = WeightedChoice([0.06, 0.06, 0.08, 0.10, 0.15, 0.25, 0.30])
    /// CSAT 1...5 weights per NPS class (promoter, passive, detractor).
    private static let csatByClass = [
        WeightedChoice([0, 0, 0.03, 0.27, 0.70]),
        WeightedChoice([0, 0.05, 0.15, 0.55, 0.25]),
        WeightedChoice([0.20, 0.25, 0.30, 0.20, 0.05]),
    ]

    /// NPS and CSAT for one response; one of them may be missing, never both.
    private func scores(_ response: Seed, random: inout DemoRandom) -> (Int?, Int?) {
        var weights = response.context.classWeights
        let month = CivilDate.month(of: response.day)
        if month.year == dipQuarter.year && month.quarter == dipQuarter.quarter {
            weights[0] -= 0.12
            weights[2] += 0.12
        }
        let npsClass = WeightedChoice(weights).pick(&random)
        let nps: Int
        switch npsClass {
        case 0: nps = 9 + Self.promoterScores.pick(&random)
        case 1: nps = 7 + Self.passiveScores.pick(&random)
        default: nps = Self.detractorScores.pick(&random)
        }
        let csat = 1 + Self.csatByClass[npsClass].pick(&random)
        let form = random.uniform()
        if form < 0.15 { return (nil, csat) }
        if form < 0.35 { return (nps, nil) }
        return (nps, csat)
    }
}
