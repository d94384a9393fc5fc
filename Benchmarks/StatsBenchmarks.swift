import ScorecardStats

/// Fits BG/NBD (on grouped patterns) and Gamma-Gamma (on repeat buyers) to simulated customers.
///
/// Customers come from the CDNOW estimates, recorded in whole weeks with T = 27...39 (13 weekly
/// cohorts), so identical (x, tx, T) patterns group. Simulation is not timed; grouping is.
func runCLVBenchmark() throws {
    let purchases = BGNBDModel(r: 0.243, alpha: 4.414, a: 0.793, b: 2.426)
    let spend = GammaGammaModel(p: 6.25, q: 3.74, gamma: 15.44)
    for count in [2_500, 1_000_000] {
        var rng = SplitMix64(seed: UInt64(count))
        var customers: [CustomerSummary] = []
        customers.reserveCapacity(count)
        for i in 0..<count {
            var c = Simulation.customer(from: purchases, T: Double(27 + i % 13), timeStep: 1, using: &rng)
            if c.x > 0 { c.meanSpend = Simulation.meanSpend(from: spend, x: c.x, using: &rng) }
            customers.append(c)
        }
        let clock = ContinuousClock()
        var patterns: [CustomerSummary] = []
        var bgnbd: FitResult<BGNBDModel>?
        var gammaGamma: FitResult<GammaGammaModel>?
        let groupTime = clock.measure { patterns = CustomerSummary.grouped(customers) }
        let bgnbdTime = try clock.measure { bgnbd = try BGNBDModel.fit(patterns) }
        let ggTime = try clock.measure { gammaGamma = try GammaGammaModel.fit(customers) }
        let total = groupTime + bgnbdTime + ggTime
        print("customers \(count): \(patterns.count) patterns, \(Int(gammaGamma!.customers)) repeat buyers")
        print(
            "  group \(ms(groupTime)) ms, BG/NBD fit \(ms(bgnbdTime)) ms (\(bgnbd!.iterations) iterations), "
                + "Gamma-Gamma fit \(ms(ggTime)) ms (\(gammaGamma!.iterations) iterations), total \(ms(total)) ms")
        let b = bgnbd!.model
        let g = gammaGamma!.model
        print(
            "  BG/NBD r=\(fmt(b.r)) alpha=\(fmt(b.alpha)) a=\(fmt(b.a)) b=\(fmt(b.b)); "
                + "Gamma-Gamma p=\(fmt(g.p)) q=\(fmt(g.q)) gamma=\(fmt(g.gamma))")
    }
}

private func ms(_ d: Duration) -> String {
    let c = d.components
    return fmt(Double(c.seconds) * 1e3 + Double(c.attoseconds) * 1e-15)
}

private func fmt(_ x: Double) -> String {
    String((x * 1000).rounded() / 1000)
}
