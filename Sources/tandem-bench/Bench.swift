import ArgumentParser

/// Benchmarks and evaluations on the public research corpora; see BENCHMARKS.md.
@main
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tandem-bench",
        abstract: "Measure Tandem on public corpora (never committed to the project).",
        subcommands: [CloughStevenson.self, Throughput.self, NearDuplicatePairs.self, UserInterface.self, CheckWorthiness.self, SyntheticCorpus.self, PlantedPairs.self]
    )
}
