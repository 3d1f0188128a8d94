// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Tandem",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tandem", targets: ["tandem"]),
        .library(name: "TandemKit", targets: ["TandemKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The library: corpus, cleaning, text, similarity, alignment, claims, store.
        .target(
            name: "TandemKit",
            resources: [.copy("Resources/seeds"), .copy("Resources/paraphrase-model.json")]
        ),
        // Views drawing into a cell grid; no terminal needed.
        .target(name: "TandemUI", dependencies: ["TandemKit"]),
        // ncursesw through a shim header (see ARCHITECTURE.md, pitfalls).
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // The only code that calls ncurses.
        .target(name: "TandemTerminal", dependencies: ["TandemUI", "CNcursesw"]),
        .executableTarget(
            name: "tandem",
            dependencies: [
                "TandemKit", "TandemUI", "TandemTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks and evaluations on the public corpora (see BENCHMARKS.md).
        .executableTarget(
            name: "tandem-bench",
            dependencies: ["TandemKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(name: "TestSupport", dependencies: ["TandemKit"], path: "Tests/TestSupport"),
        .testTarget(name: "TandemKitTests", dependencies: ["TandemKit", "TestSupport"]),
        .testTarget(name: "TandemUITests", dependencies: ["TandemUI", "TandemKit", "TestSupport"]),
        .testTarget(name: "TandemEndToEndTests", dependencies: ["TestSupport"]),
    ]
)
