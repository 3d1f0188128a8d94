import Foundation
import Testing
import TestSupport
@testable import TandemKit
@testable import TandemUI

@Suite struct AnalysisRunnerTests {
    private func seeds() async throws -> Corpus { try await Corpus.load(paths: [Repository.seeds]) }

    /// Polls like the reader does, for at most a minute.
    private func waitFor<T>(_ take: () -> T?) async throws -> T {
        for _ in 0..<600 {
            if let value = take() { return value }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw CancellationError()
    }

    @Test func handsOverTheArticlesThenTheStoriesThenTheClaimsThenFallsSilent() async throws {
        let corpus = try await seeds()
        let runner = AnalysisRunner()
        runner.start(corpus, through: CachedAnalysis(cache: nil))
        #expect(runner.progress != nil)
        let cleaned = try await waitFor(runner.takeCleaned)
        let expected = try await Cleaner().clean(corpus)
        #expect(cleaned.map(\.title) == expected.map(\.title))
        #expect(cleaned.map { $0.paragraphs.map(\.text) } == expected.map { $0.paragraphs.map(\.text) })
        let (analyzed, stories) = try await waitFor(runner.takeResult)
        #expect(analyzed.articles.map(\.id) == corpus.articles.map(\.id))
        let rewrites = stories.pairs.filter { $0.relation == .rewrite }
            .map { [analyzed.articles[$0.a].id.prefix(3), analyzed.articles[$0.b].id.prefix(3)].sorted() }
        #expect(rewrites == [["000", "001"]])
        let claims = try await waitFor(runner.takeClaims)
        #expect(claims.count == corpus.articles.count && claims.contains { !$0.isEmpty })
        #expect(runner.progress == nil)
        #expect(runner.takeResult() == nil)
    }

    @Test func startedPausingItGoesNoFurtherThanCleaningUntilResumed() async throws {
        let runner = AnalysisRunner()
        try await runner.start(seeds(), through: CachedAnalysis(cache: nil), pausingAfterCleaning: true)
        _ = try await waitFor(runner.takeCleaned)
        try await Task.sleep(for: .seconds(1))
        #expect(runner.takeResult() == nil)
        runner.resume()
        _ = try await waitFor(runner.takeResult)
    }

    @Test func aPausedAnalysisEndsWhenCancelled() async throws {
        let runner = AnalysisRunner()
        try await runner.start(seeds(), through: CachedAnalysis(cache: nil), pausingAfterCleaning: true)
        _ = try await waitFor(runner.takeCleaned)
        runner.cancel()
        runner.resume()
        try await Task.sleep(for: .seconds(1))
        #expect(runner.takeResult() == nil && runner.progress == nil)
    }

    @Test func startingAgainSupersedesTheAnalysisUnderWay() async throws {
        let runner = AnalysisRunner()
        let all = try await seeds()
        runner.start(all, through: CachedAnalysis(cache: nil))
        let two = Corpus(articles: Array(all.articles.prefix(2)), warnings: [])
        runner.start(two, through: CachedAnalysis(cache: nil))
        let cleaned = try await waitFor(runner.takeCleaned)
        #expect(cleaned.map(\.id) == two.articles.map(\.id))
        let (analyzed, _) = try await waitFor(runner.takeResult)
        #expect(analyzed.articles.count == 2)
        _ = try await waitFor(runner.takeClaims)
        try await Task.sleep(for: .seconds(1))
        #expect(runner.takeResult() == nil && runner.takeCleaned() == nil && runner.progress == nil)
    }

    @Test func aCancelledAnalysisHandsOverNothing() async throws {
        let runner = AnalysisRunner()
        try await runner.start(seeds(), through: CachedAnalysis(cache: nil))
        runner.cancel()
        #expect(runner.progress == nil)
        _ = runner.takeCleaned()  // handed over before the cancel, if the machine was that quick
        try await Task.sleep(for: .seconds(2))
        #expect(runner.takeCleaned() == nil)
        #expect(runner.takeResult() == nil)
        #expect(runner.takeClaims() == nil)
        #expect(runner.progress == nil)
    }

    /// The folders read again in the task: the corpus comes first, and nothing
    /// found in it is handed over before it is taken.
    @Test func aCorpusReadInTheTaskIsHandedOverBeforeItsArticles() async throws {
        let runner = AnalysisRunner()
        runner.start(loading: { try await Corpus.load(paths: [Repository.seeds]) }, through: CachedAnalysis(cache: nil))
        #expect(runner.progress == "reading the folders…")
        try await Task.sleep(for: .seconds(1))
        #expect(!runner.hasCleaned && runner.takeCleaned() == nil)
        let corpus = try await waitFor(runner.takeLoaded).get()
        #expect(corpus.articles.map(\.id) == (try await seeds()).articles.map(\.id))
        #expect(try await waitFor(runner.takeCleaned).map(\.id) == corpus.articles.map(\.id))
        _ = try await waitFor(runner.takeResult)
    }

    @Test func aCorpusThatCannotBeReadSaysWhyAndEndsTheAnalysis() async throws {
        let runner = AnalysisRunner()
        runner.start(loading: { throw LoadFailure.notFound }, through: CachedAnalysis(cache: nil))
        let loaded = try await waitFor(runner.takeLoaded)
        #expect(throws: LoadFailure.notFound) { try loaded.get() }
        #expect(runner.progress == nil)
        try await Task.sleep(for: .milliseconds(300))
        #expect(runner.takeCleaned() == nil && runner.takeResult() == nil)
    }
}
