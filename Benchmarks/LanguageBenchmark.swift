import Foundation
import ScorecardLanguage
import ScorecardModel

/// Parse + check of a generated file with 10,000 KPIs (target: under 0.5 s).
func runLanguageBenchmark() throws {
    let text = generatedMetrics(kpis: 10_000)
    let file = SourceFile(path: "generated.kpi", text: text)
    var timings: [Double] = []
    var kpiCount = 0
    for _ in 0..<7 {
        let clock = ContinuousClock()
        let start = clock.now
        let result = Checker.check([Parser.parse(file)])
        timings.append((clock.now - start).seconds)
        kpiCount = result.model?.kpis.count ?? -1
        precondition(result.errorCount == 0, "the generated file must check cleanly")
    }
    timings.sort()
    print(
        "parse + check, \(kpiCount) KPIs, \(file.bytes.count / 1024) KiB: median \(milliseconds(timings[timings.count / 2])) ms, best \(milliseconds(timings[0])) ms"
    )
}

/// A metrics file with a few sources, one measure per KPI and KPIs that use each other.
func generatedMetrics(kpis: Int) -> String {
    var text = """
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

        dimension region = regions.name

        """
    for index in 0..<kpis {
        text += "measure m\(index): money = sum(orders.net_amount) where orders.channel = 'c\(index % 7)'\n"
        let value = index > 0 && index % 3 == 0 ? "m\(index) / k\(index - 1) * 100" : "m\(index)"
        text += """
            kpi k\(index) "KPI number \(index)" {
              stage product
              focus internal
              value \(value)
              better higher
              target \(100 + index % 50)
              amber below 95%
              red below 90%
              owner "Owner \(index % 10)"
              breakdown region
              description "Generated KPI \(index) for the benchmark."
            }

            """
    }
    return text
}

func milliseconds(_ seconds: Double) -> String { String(format: "%.1f", seconds * 1000) }

extension Duration {
    /// The duration in seconds as a floating-point number.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
