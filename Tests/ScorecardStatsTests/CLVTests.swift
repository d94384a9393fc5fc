import Foundation
import Testing

@testable import ScorecardStats

@Suite struct CLVTests {
    let purchases = BGNBDModel(r: 0.243, alpha: 4.414, a: 0.793, b: 2.426)
    let spend = GammaGammaModel(p: 6.25, q: 3.74, gamma: 15.44)
    let customer = CustomerSummary(x: 2, tx: 30.43, T: 38.86, meanSpend: 35)

    @Test func undiscountedValueTelescopesToTheHorizonForecast() {
        let value = CLV.discounted(
            purchases: purchases, spend: spend, customer: customer,
            timeUnit: .weeks, months: 12, monthlyDiscountRate: 0)
        let forecast = purchases.conditionalExpectedPurchases(
            t: 12 * TimeUnit.weeks.unitsPerMonth, x: 2, tx: 30.43, T: 38.86)
        #expect(isClose(value, forecast * spend.conditionalExpectedAverageSpend(x: 2, meanSpend: 35), relative: 1e-12))
    }

    @Test func discountingSumsMonthlyIncrementsOverOnePlusRateToTheMonth() {
        let d = 0.01
        let value = CLV.discounted(months: 3, monthlyDiscountRate: d, expectedSpend: 10, timeUnit: .months) { t in 2 * t
        }
        let factors: [Double] = [1, 2, 3].map { 1 / pow(1 + d, $0) }
        let expected: Double = 20 * factors.reduce(0, +)
        #expect(abs(value - expected) < 1e-12)
        let pareto = ParetoNBDModel(r: 0.5534, alpha: 10.5802, s: 0.6061, beta: 11.6562)
        let undiscounted = CLV.discounted(
            purchases: pareto, spend: spend, customer: customer,
            timeUnit: .weeks, months: 24, monthlyDiscountRate: 0)
        let discounted = CLV.discounted(
            purchases: pareto, spend: spend, customer: customer,
            timeUnit: .weeks, months: 24, monthlyDiscountRate: 0.01)
        #expect(discounted > 0.85 * undiscounted && discounted < undiscounted)
    }

    @Test func theConditionalForecastIsPAliveTimesTheForecastIfAliveExactly() {
        let models: [any PurchaseModel] = [
            purchases, ParetoNBDModel(r: 0.5534, alpha: 10.5802, s: 0.6061, beta: 11.6562),
        ]
        for model in models {
            for (x, tx, T) in [(0.0, 0.0, 20.0), (2, 30.43, 38.86), (7, 5, 60), (40, 39, 39.5)] {
                let alive = model.probabilityAlive(x: x, tx: tx, T: T)
                for t in [1.0, 13, 52] {
                    let ifAlive = model.expectedPurchasesIfAlive(t: t, x: x, T: T)
                    #expect(
                        model.conditionalExpectedPurchases(t: t, x: x, tx: tx, T: T)
                            == (alive > 0 ? ifAlive * alive : 0))
                }
            }
        }
    }

    @Test func sharedDiscountFactorsGiveTheSameSumAsTheForecastClosure() {
        let cumulative = (1...12).map {
            purchases.conditionalExpectedPurchases(
                t: Double($0) * TimeUnit.weeks.unitsPerMonth, x: 2, tx: 30.43, T: 38.86)
        }
        let viaClosure = CLV.discounted(months: 12, monthlyDiscountRate: 0.01, expectedSpend: 35, timeUnit: .weeks) {
            t in
            purchases.conditionalExpectedPurchases(t: t, x: 2, tx: 30.43, T: 38.86)
        }
        let factors = CLV.discountFactors(months: 12, monthlyDiscountRate: 0.01)
        #expect(
            CLV.discounted(cumulativePurchases: cumulative, discountFactors: factors, expectedSpend: 35) == viaClosure)
    }

    @Test func timeUnitsConvertMonthsWithTheMeanGregorianMonth() {
        #expect(abs(TimeUnit.days.unitsPerMonth - 30.4375) < 1e-12)
        #expect(abs(TimeUnit.weeks.unitsPerMonth * 7 - 30.4375) < 1e-12)
        let inDays = CLV.discounted(
            purchases: BGNBDModel(r: 0.243, alpha: 4.414 * 7, a: 0.793, b: 2.426), spend: spend,
            customer: CustomerSummary(x: 2, tx: 30.43 * 7, T: 38.86 * 7, meanSpend: 35),
            timeUnit: .days, months: 12, monthlyDiscountRate: 0.01)
        let inWeeks = CLV.discounted(
            purchases: purchases, spend: spend, customer: customer,
            timeUnit: .weeks, months: 12, monthlyDiscountRate: 0.01)
        #expect(isClose(inDays, inWeeks, relative: 1e-9))
    }

    @Test func lostCustomersAreWorthNothingAndNewOnesThePopulationMean() {
        let lost = CLV.discounted(
            purchases: purchases, spend: spend, customer: CustomerSummary(x: 1000, tx: 10, T: 100, meanSpend: 20),
            timeUnit: .weeks, months: 12, monthlyDiscountRate: 0.01)
        #expect(lost == 0)
        let newcomer = CLV.discounted(
            purchases: purchases, spend: spend, customer: CustomerSummary(x: 0, tx: 0, T: 4),
            timeUnit: .weeks, months: 12, monthlyDiscountRate: 0)
        let forecast = purchases.conditionalExpectedPurchases(t: 12 * TimeUnit.weeks.unitsPerMonth, x: 0, tx: 0, T: 4)
        #expect(isClose(newcomer, forecast * spend.expectedAverageSpend, relative: 1e-12))
    }
}
