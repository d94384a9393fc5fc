import ScorecardLanguage
import ScorecardModel
import ScorecardTestSupport

/// A small valid metrics folder that test cases add one file to.
enum CheckerFixture {
    static let prelude = """
        source orders {
          table orders
          key id
          time ordered_at
          where status != 'cancelled'
          join customers on customer_id
        }

        source customers {
          table customers
          key id
          time acquired_on
          join regions on region_id
        }

        source regions {
          table regions
          key id
        }

        source tickets {
          table support_tickets
          key id
          time opened_at unix
        }

        dimension region = regions.name
        dimension channel = tickets.channel

        measure revenue: money = sum(orders.net_amount)
        measure buyers = count_distinct(orders.customer_id)
        measure ticket_count = count(tickets)
        """

    /// A complete KPI block; `lines` replace or add properties.
    static func kpi(_ id: String = "k", value: String = "revenue / buyers", _ lines: String...) -> String {
        var properties = [
            "stage customer_revenue", "focus internal", "value \(value)", "target 100", "owner \"CFO\"",
            "description \"A KPI.\"",
        ]
        for line in lines {
            let keyword =
                line.replacingOccurrences(of: "‸", with: "").split(separator: " ").first.map(String.init) ?? ""
            if let index = properties.firstIndex(where: { $0.hasPrefix(keyword + " ") }),
                !["target", "amber", "red"].contains(keyword)
            {
                properties[index] = line
            } else {
                properties.append(line)
            }
        }
        return "kpi \(id) {\n" + properties.map { "  " + $0 }.joined(separator: "\n") + "\n}\n"
    }

    /// Checks the prelude plus one marked case file.
    static func check(_ marked: MarkedSource, withPrelude: Bool = true) -> Checker.Result {
        let prelude = SourceFile(path: "prelude.kpi", text: prelude)
        let files = (withPrelude ? [prelude] : []) + [marked.file]
        return Checker.check(files.map(Parser.parse))
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
