import ScorecardEngine
import ScorecardModel

/// Compares the values a run computes with the values the ledger says were published for the same
/// KPI and window; a difference beyond the tolerance is a ``Restatement``.
///
/// Money is compared to the cent and counts exactly; every other unit with a relative tolerance
/// (`--restatement-tolerance`, 0.0001 by default). The published value is the latest one in the
/// ledger, and "first published" is when that value (within the tolerance) first appeared. Only
/// windows with a value in both are compared: a window the engine leaves empty (a comparison it
/// does not compute for that run, such as model-based KPIs' trend months) restates nothing.
struct RestatementFinder {
    let tolerance: Double

    /// The restatements of `current` against `ledger`, in the order of the current values.
    func restatements(of current: [LedgerEntry.Value], labels: [String: String], ledger: [LedgerEntry]) -> [Restatement]
    {
        let history = publishedHistory(ledger)
        return current.compactMap { value -> Restatement? in
            let key = Key(kpi: value.kpi, window: value.window)
            guard let now = value.value, let published = history[key], differ(published.value, now, unit: value.unit)
            else { return nil }
            return Restatement(
                kpi: value.kpi, label: labels[value.kpi] ?? value.kpi, unit: value.unit, window: value.window,
                published: published.value, now: now, firstPublished: published.since,
                publishedIn: published.period)
        }
    }

    private struct Key: Hashable {
        let kpi: String
        let window: String
    }

    /// The latest published value per KPI and window, with when it was first published.
    private struct Published {
        var value: Double
        var since: String
        var period: String
    }

    private func publishedHistory(_ ledger: [LedgerEntry]) -> [Key: Published] {
        var history: [Key: Published] = [:]
        for entry in ledger {
            for value in entry.values {
                guard let number = value.value else { continue }
                let key = Key(kpi: value.kpi, window: value.window)
                if let known = history[key], !differ(known.value, number, unit: value.unit) {
                    history[key]?.period = entry.period
                } else {
                    history[key] = Published(value: number, since: entry.publishedAt, period: entry.period)
                }
            }
        }
        return history
    }

    /// Whether two values differ beyond the tolerance for their unit.
    func differ(_ old: Double, _ new: Double, unit: Unit) -> Bool {
        switch unit {
        case .money: return (old * 100).rounded() != (new * 100).rounded()
        case .count: return old.rounded() != new.rounded()
        default: return abs(new - old) > tolerance * max(abs(old), abs(new), 1e-12)
        }
    }
}
