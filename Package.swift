// swift-tools-version:6.0
import PackageDescription

/// Scorecard: a KPI scorecard generator. One pipeline stage per target (see ../shared/DESIGN.md).
let package = Package(
    name: "Scorecard",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "scorecard", targets: ["ScorecardCLI"]),
        .executable(name: "scorecard-bench", targets: ["ScorecardBenchmarks"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        // libpq, PostgreSQL's own client: URLs, PG* variables, ~/.pgpass, sslmode and service files as in psql.
        .systemLibrary(
            name: "CPostgres",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]
        ),
        .systemLibrary(
            name: "CXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // glibc's mallopt, to give large freed blocks back to the system (see Sources/CMalloc/shim.h).
        .systemLibrary(name: "CMalloc"),
        // libpng behind a small C wrapper (libpng reports errors by longjmp, which Swift cannot catch).
        .target(name: "CPNGWriter", linkerSettings: [.linkedLibrary("png16")]),
        .target(name: "ScorecardLanguage"),
        .target(name: "ScorecardModel", dependencies: ["ScorecardLanguage"]),
        .target(name: "ScorecardStats"),
        .target(name: "ScorecardSQL", dependencies: ["ScorecardModel"]),
        .target(name: "ScorecardResults", dependencies: ["ScorecardModel"]),
        .target(name: "ScorecardEngine", dependencies: ["ScorecardSQL", "ScorecardResults", "ScorecardStats"]),
        // A backend behind the engine's database protocol (ScorecardSQL's SQLDatabase).
        .target(name: "ScorecardSQLite", dependencies: ["ScorecardSQL", "CSQLite"]),
        .target(name: "ScorecardPostgres", dependencies: ["ScorecardSQL", "CPostgres"]),
        .target(
            name: "ScorecardDemo",
            dependencies: ["ScorecardSQLite", "ScorecardPostgres", "ScorecardResults", "ScorecardModel"]),
        .target(
            name: "ScorecardRender",
            dependencies: ["ScorecardResults", "ScorecardModel", "CCairo", "CPNGWriter", "CXLSXWriter"]),
        .executableTarget(
            name: "ScorecardCLI",
            dependencies: [
                "ScorecardLanguage", "ScorecardModel", "ScorecardEngine", "ScorecardSQLite", "ScorecardPostgres",
                "ScorecardStats", "ScorecardDemo", "ScorecardRender", "CCairo", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "ScorecardBenchmarks",
            dependencies: [
                "ScorecardLanguage", "ScorecardModel", "ScorecardStats", "ScorecardEngine", "ScorecardSQLite",
                "ScorecardDemo",
                "ScorecardRender",
            ],
            path: "Benchmarks",
            exclude: ["sql", "eval-vs-sqlite.sh", "eval-vs-postgres.sh", "pg-server-cpu.sh", "timing.sh", "compare-values.py"]
        ),
        .target(
            name: "ScorecardTestSupport", dependencies: ["ScorecardLanguage", "ScorecardEngine", "ScorecardSQLite"],
            path: "Tests/Support"),
        .testTarget(name: "ScorecardLanguageTests", dependencies: ["ScorecardLanguage", "ScorecardTestSupport"]),
        .testTarget(name: "ScorecardModelTests", dependencies: ["ScorecardModel", "ScorecardTestSupport"]),
        .testTarget(
            name: "ScorecardSQLTests",
            dependencies: [
                "ScorecardSQLite", "ScorecardPostgres", "ScorecardSQL", "ScorecardModel", "ScorecardLanguage",
                "ScorecardTestSupport",
            ],
            exclude: ["Snapshots"]),
        .testTarget(
            name: "ScorecardEngineTests",
            dependencies: [
                "ScorecardSQLite", "ScorecardEngine", "ScorecardResults", "ScorecardSQL", "ScorecardStats",
                "ScorecardTestSupport",
            ]),
        .testTarget(
            name: "ScorecardDemoTests",
            dependencies: ["ScorecardSQLite", "ScorecardDemo", "ScorecardEngine", "ScorecardTestSupport"]),
        .testTarget(
            name: "ScorecardCLITests",
            dependencies: [
                "ScorecardSQLite", "ScorecardCLI", "ScorecardEngine", "ScorecardStats", "ScorecardTestSupport",
            ]),
        .testTarget(
            name: "ScorecardRenderTests",
            dependencies: ["ScorecardSQLite", "ScorecardRender", "ScorecardEngine", "CCairo"], exclude: ["Fixtures"]),
        .testTarget(
            name: "ScorecardSQLiteTests", dependencies: ["ScorecardSQLite", "ScorecardSQL", "ScorecardTestSupport"]),
        .testTarget(name: "ScorecardStatsTests", dependencies: ["ScorecardStats"]),
        .testTarget(
            name: "ScorecardPostgresTests",
            dependencies: [
                "ScorecardPostgres", "ScorecardSQL", "ScorecardSQLite", "ScorecardDemo", "ScorecardTestSupport",
            ]),
        .testTarget(
            name: "ScorecardEvaluationTests",
            dependencies: [
                "ScorecardSQLite", "ScorecardEngine", "ScorecardDemo", "ScorecardStats", "ScorecardTestSupport",
            ]),
    ]
)
