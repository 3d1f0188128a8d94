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
        // The system SQLite library, for the reading state (see TandemKit/Store).
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        .target(
            name: "TandemKit",
            dependencies: ["CSQLite"],
            resources: [.copy("Resources/seeds"), .copy("Resources/paraphrase-model.json"),
                        .copy("Resources/claim-model.tsv")]
        ),
        // Display widths from the C library's wcwidth, as ncurses measures them.
        .target(name: "CWidth"),
        // Views drawing into a cell grid; no terminal needed.
        .target(name: "TandemUI", dependencies: ["TandemKit", "CWidth"]),
        // ncursesw through a shim header (see ARCHITECTURE.md, pitfalls).
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // Restores the terminal from signal handlers (C: async-signal context).
        .target(name: "CTerminal", linkerSettings: [.linkedLibrary("ncursesw")]),
        // The only code that calls ncurses.
        .target(name: "TandemTerminal", dependencies: ["TandemUI", "CNcursesw", "CTerminal"]),
        // Restarts the executables once under malloc settings when given a folder.
        .target(name: "CStartup"),
        .executableTarget(
            name: "tandem",
            dependencies: [
                "TandemKit", "TandemUI", "TandemTerminal", "CStartup",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: staticSwiftRuntime.swift,
            linkerSettings: staticSwiftRuntime.linker
        ),
        // Benchmarks and evaluations on the public corpora (see BENCHMARKS.md).
        .executableTarget(
            name: "tandem-bench",
            dependencies: ["TandemKit", "TandemUI", "CStartup", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: staticSwiftRuntime.swift,
            linkerSettings: staticSwiftRuntime.linker
        ),
        // The fuzzing harness (see TESTING.md): targets and invariants, and the
        // executable that scripts/fuzz builds against libFuzzer.
        .target(name: "TandemFuzz", dependencies: ["TandemKit"]),
        .executableTarget(name: "tandem-fuzz", dependencies: ["TandemFuzz"]),
        .target(name: "TestSupport", dependencies: ["TandemKit"], path: "Tests/TestSupport"),
        .testTarget(name: "TandemKitTests", dependencies: ["TandemKit", "TestSupport"]),
        .testTarget(name: "TandemUITests", dependencies: ["TandemUI", "TandemKit", "TestSupport"]),
        .testTarget(name: "TandemTerminalTests", dependencies: ["TandemTerminal", "TandemUI"]),
        .testTarget(name: "TandemFuzzTests", dependencies: ["TandemFuzz"]),
        .testTarget(name: "TandemEndToEndTests", dependencies: ["TestSupport", "TandemKit"]),
    ]
)

/// Release builds of the executables on Linux carry the Swift runtime and
/// Foundation instead of loading them at each start: `tandem list` 17.5 → 10.4 ms,
/// `align 003 001` 20.1 → 12.4 ms (BENCHMARKS.md). The executable's own module is
/// compiled against the static libraries too, so that it names all they need.
/// Debug builds and the test bundles (which load XCTest's Foundation) keep the
/// shared libraries; a debug link would also need code that release drops.
/// (Computed: the manifest's top-level code runs in order, after `package`.)
var staticSwiftRuntime: (swift: [SwiftSetting], linker: [LinkerSetting]) {
    let flags = ["-static-stdlib"], condition = BuildSettingCondition.when(platforms: [.linux], configuration: .release)
    return ([.unsafeFlags(flags, condition)], [.unsafeFlags(flags, condition)])
}
