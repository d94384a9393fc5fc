/// A product category with its price level, margin, seasonality and product names.
struct CategoryProfile {
    /// The name stored in `categories.name`.
    let name: String
    /// The two-letter SKU prefix.
    let code: String
    /// The median list price in euros.
    let medianPrice: Double
    /// Unit cost as a share of list price.
    let costRatio: Double
    /// Extra seasonality by month of year on top of the overall pattern (1 = none).
    let season: [Double]
    /// Product names; one product each.
    let products: [String]

    private static let flat = [Double](repeating: 1, count: 12)

    /// The eight categories of the demo catalogue, in id order.
    static let all: [CategoryProfile] = [
        CategoryProfile(
            name: "Electronics", code: "EL", medianPrice: 160, costRatio: 0.76,
            season: [1, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 1, 1, 1, 1.3, 1.3],
            products: [
                "Wireless Headphones", "Smart Speaker", "27\" 4K Monitor", "USB-C Hub", "10\" Tablet", "E-Reader",
                "Bluetooth Keyboard", "Action Camera", "Portable SSD 1 TB", "Noise-Cancelling Earbuds", "Smartwatch",
                "Wi-Fi 6 Router", "Webcam HD", "Power Bank 20 000 mAh", "Laser Printer",
            ]),
        CategoryProfile(
            name: "Home & Kitchen", code: "HK", medianPrice: 45, costRatio: 0.58, season: flat,
            products: [
                "Espresso Machine", "Chef's Knife", "Cast-Iron Skillet", "Linen Duvet Cover", "Stand Mixer",
                "Glass Storage Set", "Kettle", "Bath Towel Set", "Desk Lamp", "Air Purifier", "Coffee Grinder",
                "Dutch Oven", "Pillow Pair", "Cutlery Set", "Scented Candle",
            ]),
        CategoryProfile(
            name: "Garden & Outdoor", code: "GO", medianPrice: 55, costRatio: 0.60,
            season: [0.5, 0.6, 1.0, 1.5, 1.9, 1.8, 1.5, 1.2, 0.9, 0.7, 0.5, 0.5],
            products: [
                "Garden Hose 25 m", "Pruning Shears", "Raised Bed Kit", "Solar Lanterns", "Lawn Mower",
                "Patio Chair", "Barbecue Grill", "Seed Starter Kit", "Wheelbarrow", "Parasol",
                "Compost Bin", "Hedge Trimmer",
            ]),
        CategoryProfile(
            name: "Office Supplies", code: "OS", medianPrice: 16, costRatio: 0.55,
            season: [1.1, 1, 1, 1, 1, 0.9, 0.8, 1.1, 1.3, 1, 0.9, 0.8],
            products: [
                "Copy Paper A4 (5 reams)", "Ballpoint Pens (50)", "Lever Arch File", "Sticky Notes", "Stapler",
                "Ergonomic Office Chair", "Whiteboard 120 × 90", "Toner Cartridge", "Desk Organiser",
                "Label Maker", "Shredder", "Notebook A5 (10)", "Monitor Stand",
            ]),
        CategoryProfile(
            name: "Sports & Fitness", code: "SF", medianPrice: 50, costRatio: 0.62,
            season: [1.4, 1.1, 1, 1.1, 1.1, 1, 0.9, 0.9, 1, 0.9, 1, 1.1],
            products: [
                "Yoga Mat", "Adjustable Dumbbells", "Running Shoes", "Cycling Helmet", "Resistance Bands",
                "Foam Roller", "Tennis Racket", "Hiking Backpack 30 L", "Water Bottle", "Fitness Tracker",
                "Jump Rope", "Camping Tent",
            ]),
        CategoryProfile(
            name: "Toys & Games", code: "TG", medianPrice: 28, costRatio: 0.57,
            season: [0.6, 0.6, 0.7, 0.8, 0.8, 0.8, 0.8, 0.8, 0.9, 1.1, 1.8, 2.4],
            products: [
                "Building Blocks 500", "Board Game Classic", "Jigsaw Puzzle 1000", "Remote-Control Car",
                "Plush Bear", "Science Kit", "Wooden Train Set", "Card Game", "Doll's House", "Kite",
                "Marble Run", "Art & Craft Box",
            ]),
        CategoryProfile(
            name: "Apparel", code: "AP", medianPrice: 38, costRatio: 0.45,
            season: [1.2, 0.8, 1, 1, 1, 1, 1.1, 0.9, 1.1, 1.1, 1.2, 1.3],
            products: [
                "Merino Sweater", "Rain Jacket", "Chino Trousers", "Organic T-Shirt", "Wool Socks (3)",
                "Denim Jacket", "Leather Belt", "Winter Coat", "Linen Shirt", "Sneakers", "Scarf", "Cap",
            ]),
        CategoryProfile(
            name: "Beauty & Care", code: "BC", medianPrice: 20, costRatio: 0.40,
            season: [1, 1, 1, 1, 1.1, 1.1, 1, 1, 1, 1, 1.2, 1.4],
            products: [
                "Face Cream", "Shampoo & Conditioner", "Electric Toothbrush", "Perfume 50 ml", "Sunscreen SPF 50",
                "Hair Dryer", "Beard Trimmer", "Hand Cream Trio", "Lip Balm Set", "Bath Salts",
            ]),
    ]
}
