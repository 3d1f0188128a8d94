import Foundation
import Testing
import TestSupport
@testable import TandemKit
@testable import TandemUI

@Suite struct AnalysisRunnerTests {
    private func seeds() -> (Corpus, [CleanArticle]) {
        let corpus = Corpus.load(paths: [Repository.seeds])
        return (corpus, Cleaner().clean(corpus))
    }

    /// Polls like the reader does, for at most a minute.
    private func waitFor<T>(_ take: () -> T?) async throws -> T {
        for _ in 0..<600 {
            if let value = take() { return value }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw CancellationError()
    }

    @Test func handsOverTheStoriesThenTheClaimsThenFallsSilent() async throws {
        let (corpus, cleaned) = seeds()
        let runner = AnalysisRunner()
        runner.start(corpus, cleaned: cleaned, cached: Array(repeating: nil, count: cleaned.count),
                     through: CachedAnalysis(cache: nil))
        #expect(runner.progress != nil)
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

    @Test func aCancelledAnalysisHandsOverNothing() async throws {
        let (corpus, cleaned) = seeds()
        let runner = AnalysisRunner()
        runner.start(corpus, cleaned: cleaned, cached: Array(repeating: nil, count: cleaned.count),
                     through: CachedAnalysis(cache: nil))
        runner.cancel()
        #expect(runner.progress == nil)
        try await Task.sleep(for: .seconds(2))
        #expect(runner.takeResult() == nil)
        #expect(runner.takeClaims() == nil)
        #expect(runner.progress == nil)
    }
}
