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
        defer { analysis.finishWrites() }
        analysis.stories.onProgress = { done, total in progress.update("finding stories", done: done, total: total) }
        // Stories found before need no article read back: at most their titles.
        if let result = analysis.cachedStories(of: loaded) {
            progress.finish()
            let ids = loaded.articles.map(\.id)
            return json ? try JSONOutput.print(ClustersReport(result, ids: ids))
                : PlainText.printClusters(result, ids: ids, titles: analysis.titles(of: loaded))
        }
        let articles = analysis.segment(loaded)
        let result = analysis.stories(of: loaded) { AnalyzedCorpus(articles: articles, profiles: .onDemand) }
        progress.finish()
        if json {
            try JSONOutput.print(ClustersReport(result, ids: articles.map(\.id)))
        } else {
            PlainText.printClusters(result, ids: articles.map(\.id), titles: articles.map(\.clean.title))
        }
    }
}
