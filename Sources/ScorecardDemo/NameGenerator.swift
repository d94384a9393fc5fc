/// Customer names that fit each region: people for consumers, companies for businesses.
///
/// Names include apostrophes and non-ASCII letters on purpose (D'Amico, Müller, Ñúñez),
/// so that anything reading the database must handle them.
enum NameGenerator {
    private static let firstNames: [[String]] = [
        ["Lukas", "Anna", "Jonas", "Lea", "Felix", "Sophie", "Maximilian", "Jana", "Jürgen", "Käthe"],
        ["Louis", "Camille", "Hugo", "Léa", "Gabriel", "Chloé", "Arthur", "Manon", "François", "Zoé"],
        ["Daan", "Emma", "Sem", "Julia", "Lucas", "Tess", "Finn", "Sophie", "Bram", "Anouk"],
        ["Hugo", "Lucía", "Martín", "Sofía", "Mateo", "Martina", "Pablo", "Carmen", "Íñigo", "Nuria"],
        ["Leonardo", "Giulia", "Francesco", "Aurora", "Alessandro", "Sofia", "Lorenzo", "Chiara", "Niccolò", "Bianca"],
        ["Oscar", "Alice", "William", "Maja", "Liam", "Elsa", "Noah", "Astrid", "Björn", "Saga"],
    ]
    private static let lastNames: [[String]] = [
        ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schäfer", "Keller"],
        ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Lefèvre", "D'Arcy"],
        [
            "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
            "Peeters",
        ],
        ["García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Ñúñez", "Gómez"],
        ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "D'Amico", "Bruno"],
        [
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
            "Lindqvist",
        ],
    ]
    private static let companySuffixes = ["GmbH", "SARL", "B.V.", "S.L.", "S.r.l.", "AB"]
    private static let enterpriseSuffixes = ["AG", "SA", "N.V.", "S.A.", "S.p.A.", "AB (publ)"]
    private static let trades = [
        "Logistics", "Consulting", "Engineering", "Retail", "Health", "Foods", "Media", "Systems",
        "Partners", "Interiors", "Analytics", "Energy",
    ]

    /// A name for a customer of `segment` in region `regionIndex`.
    static func name(segment: Segment, regionIndex: Int, random: inout DemoRandom) -> String {
        let region = min(regionIndex, firstNames.count - 1)
        let last = lastNames[region][random.int(below: lastNames[region].count)]
        switch segment {
        case .consumer:
            return firstNames[region][random.int(below: firstNames[region].count)] + " " + last
        case .smallBusiness:
            return last + " " + trades[random.int(below: trades.count)] + " " + companySuffixes[region]
        case .enterprise:
            let second = lastNames[region][random.int(below: lastNames[region].count)]
            return last + " & " + second + " " + trades[random.int(below: trades.count)] + " "
                + enterpriseSuffixes[region]
        }
    }
}
