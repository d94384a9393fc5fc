import Foundation

/// The generated product catalogue: prices, costs and how products are picked for order lines.
struct Catalog {
    /// One product of the catalogue.
    struct Product {
        /// `products.id`.
        let id: Int
        /// `products.sku`, e.g. `EL-0003`.
        let sku: String
        /// `products.name`.
        let name: String
        /// Index into `CategoryProfile.all` (the category id minus one).
        let categoryIndex: Int
        /// The current list price in cents.
        let listCents: Int
        /// The current unit cost in cents.
        let costCents: Int
    }

    /// All products, in id order.
    let products: [Product]
    /// Product indexes of each category, in popularity order.
    private let byCategory: [[Int]]
    /// Popularity choice within each category.
    private let popularity: [WeightedChoice]

    /// Generates products for every category.
    init(random: inout DemoRandom) {
        var products: [Product] = []
        var byCategory: [[Int]] = []
        for (categoryIndex, category) in CategoryProfile.all.enumerated() {
            var members: [Int] = []
            for (offset, name) in category.products.enumerated() {
                let price = random.logNormal(median: category.medianPrice, sigma: 0.55)
                let listCents = max(Int(price.rounded()), 2) * 100 - 1  // e.g. 49.99
                let costRatio = category.costRatio * (1 + 0.08 * random.normal())
                let costCents = Int((Double(listCents) * min(max(costRatio, 0.2), 0.95)).rounded())
                members.append(products.count)
                products.append(
                    Product(
                        id: products.count + 1, sku: category.code + "-" + CivilDate.pad(offset + 1, 4), name: name,
                        categoryIndex: categoryIndex, listCents: listCents, costCents: costCents))
            }
            byCategory.append(members)
        }
        self.products = products
        self.byCategory = byCategory
        popularity = byCategory.map { members in
            WeightedChoice(members.indices.map { 1 / pow(Double($0) + 2, 0.8) })
        }
    }

    /// Category choices for one segment in one month of the year.
    static func categoryChoice(segment: Segment, month: DemoMonth) -> WeightedChoice {
        WeightedChoice(zip(segment.categoryWeights, CategoryProfile.all).map { $0 * $1.season[month.month - 1] })
    }

    /// A product drawn from `categories` then by popularity within the category.
    func pick(categories: WeightedChoice, random: inout DemoRandom) -> Product {
        let category = categories.pick(&random)
        let member = popularity[category].pick(&random)
        return products[byCategory[category][member]]
    }
}
