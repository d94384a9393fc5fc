import Foundation

/// A sales region with its size, growth and channel mix.
struct RegionProfile {
    /// The name stored in `regions.name`.
    let name: String
    /// ISO 3166 country code stored in `regions.country`.
    let country: String
    /// The relative share of customers.
    let weight: Double
    /// The annual trend of order frequency, e.g. 0.08 for +8 % a year; one region declines.
    let annualGrowth: Double
    /// The share of orders placed on the web (the rest split between store and phone).
    let webShare: Double

    /// The six regions of the demo company, in id order.
    static let all: [RegionProfile] = [
        RegionProfile(name: "DACH", country: "DE", weight: 0.28, annualGrowth: 0.06, webShare: 0.55),
        RegionProfile(name: "France", country: "FR", weight: 0.20, annualGrowth: 0.05, webShare: 0.50),
        RegionProfile(name: "Benelux", country: "NL", weight: 0.14, annualGrowth: 0.07, webShare: 0.65),
        RegionProfile(name: "Iberia", country: "ES", weight: 0.14, annualGrowth: 0.12, webShare: 0.45),
        RegionProfile(name: "Italy", country: "IT", weight: 0.14, annualGrowth: -0.08, webShare: 0.40),
        RegionProfile(name: "Nordics", country: "SE", weight: 0.10, annualGrowth: 0.10, webShare: 0.75),
    ]

    /// The order-frequency multiplier `monthsFromStart` months into the range.
    func trend(monthsFromStart: Int) -> Double {
        pow(1 + annualGrowth, Double(monthsFromStart) / 12)
    }
}
