import ArgumentParser
import TandemKit

struct ClustersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clusters",
        abstract: "Group articles into stories: duplicates, rewrites and overlaps."
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var state: StateOptions
    @Flag(help: "Print JSON: {\"clusters\":[{\"articles\":[…],\"pairs\":[{\"a\",\"b\",\"similarity\",\"relation\"}]}]}.")
    var json = false

    func run() throws {
        let progress = ProgressLine()
        progress.stage("reading")
        let loaded = try corpus.load()
        progress.stage("indexing \(loaded.articles.count) articles")
        var analysis = CachedAnalysis(cache: state.analysisCache())
        analysis.stories.onProgress = { done, total in progress.update("finding stories", done: done, total: total) }
        let articles = analysis.segment(loaded)
        let result = analysis.stories(of: loaded) { AnalyzedCorpus(articles: articles) }
        progress.finish()
        if json {
            try JSONOutput.print(ClustersReport(result, in: articles))
        } else {
            PlainText.printClusters(result, in: articles)
        }
    }
}
