import ArgumentParser
import TandemKit

struct ClustersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clusters",
        abstract: "Group articles into stories: duplicates, rewrites and overlaps."
    )

    @OptionGroup var corpus: CorpusOptions
    @Flag(help: "Print JSON: {\"clusters\":[{\"articles\":[…],\"pairs\":[{\"a\",\"b\",\"similarity\",\"relation\"}]}]}.")
    var json = false

    func run() throws {
        let analyzed = AnalyzedCorpus(corpus: try corpus.load())
        let result = StoryClusters().find(in: analyzed)
        if json {
            try JSONOutput.print(ClustersReport(result, in: analyzed))
        } else {
            PlainText.printClusters(result, in: analyzed)
        }
    }
}
