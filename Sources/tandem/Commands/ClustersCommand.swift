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
        let progress = ProgressLine()
        progress.stage("reading")
        let loaded = try corpus.load()
        progress.stage("indexing \(loaded.articles.count) articles")
        let analyzed = AnalyzedCorpus(corpus: loaded)
        var finder = StoryClusters()
        finder.onProgress = { done, total in progress.update("finding stories", done: done, total: total) }
        let result = finder.find(in: analyzed)
        progress.finish()
        if json {
            try JSONOutput.print(ClustersReport(result, in: analyzed))
        } else {
            PlainText.printClusters(result, in: analyzed)
        }
    }
}
