import ArgumentParser
import Foundation
import TandemKit

struct ClustersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clusters",
        abstract: "Group articles into stories: duplicates, rewrites and overlaps."
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var state: StateOptions
    @Flag(help: "Print JSON: {\"clusters\":[{\"articles\":[…],\"pairs\":[{\"a\",\"b\",\"similarity\",\"relation\"}]}]}.")
    var json = false

    func run() async throws {
        let progress = ProgressLine()
        var analysis = CachedAnalysis(cache: state.analysisCache())
        defer { analysis.finishWrites() }
        analysis.stories.onStage = { progress.stage($0) }
        analysis.stories.onProgress = { done, total in progress.update("aligning pairs", done: done, total: total) }
        guard let (identity, articles) = try await segmentedUnlessCached(through: analysis, progress: progress) else { return }
        // The files' texts are released by now: clustering a large corpus needs the memory.
        let result = try await analysis.stories(of: identity) {
            try await AnalyzedCorpus(articles: articles, profiles: .onDemand)
        }
        progress.finish()
        if json {
            try JSONOutput.print(ClustersReport(result, ids: articles.map(\.id)))
        } else {
            PlainText.printClusters(result, ids: articles.map(\.id), titles: articles.map(\.clean.title))
        }
        analysis.finishWrites()
        ProcessEnd.now(keeping: articles)
    }

    /// Reads the corpus; prints its stories and returns nil when the cache holds
    /// them (no article read back: at most their titles), else returns the
    /// articles segmented.
    private func segmentedUnlessCached(through analysis: CachedAnalysis, progress: ProgressLine) async throws
        -> (CorpusIdentity, [SegmentedArticle])? {
        let loaded = try await corpus.load(progress: progress)
        progress.stage("indexing \(loaded.articles.count.formatted()) articles")
        guard let result = analysis.cachedStories(of: loaded) else {
            return (CorpusIdentity(loaded), try await analysis.segment(loaded))
        }
        progress.finish()
        let ids = loaded.articles.map(\.id)
        if json {
            try JSONOutput.print(ClustersReport(result, ids: ids))
        } else {
            PlainText.printClusters(result, ids: ids, titles: try await analysis.titles(of: loaded))
        }
        return nil
    }
}
