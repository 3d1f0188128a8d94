import ArgumentParser

/// `tandem [PATH...]` opens the reader; the subcommands print what the library finds.
@main
struct Tandem: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read, compare and cross-check near-duplicate news articles.",
        discussion: """
            With no subcommand, opens the reader on PATH (folders and files, - for standard input; the bundled \
            seed articles when none is given). Exit codes: 0 success, 1 a file or folder \
            could not be used, 64 wrong usage.
            """,
        subcommands: [ReadCommand.self, ListCommand.self, ShowCommand.self, AlignCommand.self, ClustersCommand.self, ClaimsCommand.self,
                      SimilarityCommand.self,
                      TrainSimilarityCommand.self, TrainClaimsCommand.self, StateStressCommand.self],
        defaultSubcommand: ReadCommand.self
    )
}
