import Foundation
import Synchronization
import Testing
import TestSupport
@testable import TandemKit

@Suite struct AnalysisCacheTests {
    static func story(_ n: Int, _ extra: String = "") -> String {
        "Harbour story \(n)\n\nThe council approved harbour plan \(n) on Tuesday, the mayor said.\(extra) "
            + "Work on berth \(n) starts in March and costs £\(n)0m, officials added.\n"
    }

    /// Three files, a cache, and what the cache says it holds for each.
    private func corpus(in folder: TemporaryFolder) async throws -> Corpus {
        for n in 1...3 { folder.write("corpus/\(n).txt", Self.story(n)) }
        folder.write("corpus/4.txt", Self.story(1))  // the same bytes as 1.txt under another name
        return try await Corpus.load(paths: [folder.path + "/corpus"])
    }

    @Test func unchangedFilesAreReadBackAndAChangedOneIsAnalysedAlone() async throws {
        let folder = TemporaryFolder()
        let analysis = CachedAnalysis(cache: try AnalysisCache(path: folder.path + "/cache.sqlite"))
        var corpus = try await corpus(in: folder)
        #expect(try await analysis.cachedArticles(of: corpus).allSatisfy { $0 == nil })
        let first = try await analysis.segment(corpus)
        let hits = try await analysis.cachedArticles(of: corpus)
        #expect(hits.allSatisfy { $0 != nil })
        #expect(hits.map { $0?.id } == ["1.txt", "2.txt", "3.txt", "4.txt"])
        folder.write("corpus/2.txt", Self.story(2, " It was close."))
        corpus = try await Corpus.load(paths: [folder.path + "/corpus"])
        #expect(try await analysis.cachedArticles(of: corpus).map { $0 == nil } == [false, true, false, false])
        let second = try await analysis.segment(corpus)
        #expect(second[1].sentences.count == first[1].sentences.count + 1)
        let expected = try await AnalyzedCorpus(corpus: corpus)
        #expect(second.map { $0.clean.texts } == expected.articles.map { $0.clean.texts })
    }

    /// The fixture corpus through a new cache, cleaned, nothing segmented yet
    /// (the folder is returned to keep it alive).
    private func cleanedCorpus() async throws
        -> (TemporaryFolder, CachedAnalysis, Corpus, [SegmentedArticle?], [CleanArticle]) {
        let folder = TemporaryFolder()
        let analysis = CachedAnalysis(cache: try AnalysisCache(path: folder.path + "/cache.sqlite"))
        let corpus = try await corpus(in: folder)
        let cached = try await analysis.cachedArticles(of: corpus)
        return (folder, analysis, corpus, cached, try await analysis.clean(corpus, cached: cached))
    }

    @Test func segmentingInChildTasksGivesTheSameArticlesAndFillsTheCache() async throws {
        let (folder, analysis, corpus, cached, cleaned) = try await cleanedCorpus()
        _ = folder
        let done = Mutex(0)
        let articles = try await analysis.segment(corpus, cleaned: cleaned, cached: cached) { n in done.withLock { $0 = n } }
        analysis.finishWrites()
        #expect(done.withLock { $0 } == 4)
        #expect(articles.map(\.sentences.count) == cleaned.map(Segmenter.segment).map(\.sentences.count))
        let expected = try await AnalyzedCorpus(corpus: corpus)
        #expect(articles.map { $0.clean.texts } == expected.articles.map { $0.clean.texts })
        #expect(try await analysis.cachedArticles(of: corpus).allSatisfy { $0 != nil })
    }

    @Test func aCancelledSegmentationStoresNothing() async throws {
        let (folder, analysis, corpus, cached, cleaned) = try await cleanedCorpus()
        _ = folder
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await analysis.segment(corpus, cleaned: cleaned, cached: cached) { _ in }
        }
        await #expect(throws: CancellationError.self) { try await task.value }
        analysis.finishWrites()
        #expect(try await analysis.cachedArticles(of: corpus).allSatisfy { $0 == nil })
    }

    @Test func aCorpusSeenBeforeGetsItsStoriesWithoutClustering() async throws {
        let folder = TemporaryFolder()
        let analysis = CachedAnalysis(cache: try AnalysisCache(path: folder.path + "/cache.sqlite"))
        var corpus = try await corpus(in: folder)
        let clustered = Mutex(0)
        func stories() async throws -> StoryClusters.Result {
            try await analysis.stories(of: corpus) {
                clustered.withLock { $0 += 1 }
                return try await AnalyzedCorpus(articles: analysis.segment(corpus))
            }
        }
        let first = try await stories(), again = try await stories()
        #expect(clustered.withLock { $0 } == 1)
        #expect(first.pairs.contains { $0.a == 0 && $0.b == 3 && $0.relation == .duplicate })
        #expect(again.pairs.map { "\($0.a) \($0.b) \($0.relation) \($0.similarity)" }
                == first.pairs.map { "\($0.a) \($0.b) \($0.relation) \($0.similarity)" })
        #expect(again.clusters.map(\.articles) == first.clusters.map(\.articles))
        folder.write("corpus/3.txt", Self.story(1, " Another copy."))
        corpus = try await Corpus.load(paths: [folder.path + "/corpus"])
        _ = try await stories()
        #expect(clustered.withLock { $0 } == 2)
    }

    @Test func readingACorpusStoriesKeepsItsArticlesFromExpiring() async throws {
        let folder = TemporaryFolder()
        let path = folder.path + "/cache.sqlite"
        let analysis = CachedAnalysis(cache: try AnalysisCache(path: path))
        let corpus = try await corpus(in: folder)
        _ = try await analysis.stories(of: corpus) { try await AnalyzedCorpus(articles: analysis.segment(corpus)) }
        analysis.finishWrites()
        let today = Int64(Date().timeIntervalSince1970 / 86_400)
        let raw = try SQLiteDatabase(path: path)
        try raw.execute("UPDATE articles SET used = \(today - 20); UPDATE results SET used = \(today - 20);")
        func oldest(_ table: String) throws -> Int64? {
            try raw.query("SELECT MIN(used) FROM \(table)").first?.first?.integer
        }
        #expect(try oldest("articles") == today - 20)
        #expect(analysis.cachedStories(of: corpus) != nil)
        #expect(try oldest("results") == today)
        #expect(try oldest("articles") == today)
    }

    @Test func noCacheRunsTheSameStagesPlainly() async throws {
        let folder = TemporaryFolder()
        let corpus = try await corpus(in: folder)
        let analysis = CachedAnalysis(cache: nil)
        #expect(try await analysis.segment(corpus).map(\.id) == ["1.txt", "2.txt", "3.txt", "4.txt"])
        let stories = try await analysis.stories(of: corpus) { try await AnalyzedCorpus(corpus: corpus) }
        #expect(try await stories.pairs.count == StoryClusters().find(in: AnalyzedCorpus(corpus: corpus)).pairs.count)
        #expect(stories.pairs.contains { $0.a == 0 && $0.b == 3 && $0.relation == .duplicate })
    }

    @Test func aDamagedCacheIsReplacedAndDamagedEntriesAreAnalysedAgain() async throws {
        let folder = TemporaryFolder()
        let path = folder.write("cache.sqlite", String(repeating: "not a database ", count: 500))
        let cache = try AnalysisCache(path: path)
        #expect(cache.notice?.contains("damaged") == true)
        let corpus = try await corpus(in: folder)
        // An entry that does not decode counts as missing.
        cache.store(articles: corpus.articles.map { ($0.digest, [0xFF, 0xFF]) })
        let analysis = CachedAnalysis(cache: cache)
        #expect(try await analysis.cachedArticles(of: corpus).allSatisfy { $0 == nil })
        #expect(try await analysis.segment(corpus).allSatisfy { !$0.sentences.isEmpty })
        #expect(try await analysis.cachedArticles(of: corpus).allSatisfy { $0 != nil })
    }

    @Test func digestsTellContentsApartButNotNames() async throws {
        let a = try Article(id: "a", path: "a", bytes: Array("same".utf8))
        let b = try Article(id: "b", path: "b", bytes: Array("same".utf8))
        let c = try Article(id: "a", path: "a", bytes: Array("samf".utf8))
        #expect(a.digest == b.digest && a.digest != c.digest)
        #expect(ContentDigest(Array(repeating: 0, count: 9)) != ContentDigest(Array(repeating: 0, count: 10)))
        #expect(a.digest.description.count == "0123456789abcdef0123456789abcdef-4".count)
    }

    @Test func claimsOfACorpusSeenBeforeAreReadBack() async throws {
        let folder = TemporaryFolder()
        let analysis = CachedAnalysis(cache: try AnalysisCache(path: folder.path + "/cache.sqlite"))
        let corpus = try await corpus(in: folder)
        let articles = try await analysis.segment(corpus)
        let analysed = Mutex(0)
        func claims() async throws -> [[Claim]] {
            try await analysis.claims(of: corpus, articles: articles) {
                analysed.withLock { $0 += 1 }
                return try await AnalyzedCorpus(articles: articles)
            }
        }
        let first = try await claims(), again = try await claims()
        #expect(analysed.withLock { $0 } == 1)
        #expect(again == first)
        #expect(first.joined().contains { !$0.corroborations.isEmpty })
        // Claims naming sentences the articles do not have are not taken from the cache.
        #expect(throws: ByteReader.Malformed.self) {
            try ClaimsCodec.decode(ClaimsCodec.encode(first), articles: Array(articles.prefix(3)))
        }
        let bytes = ClaimsCodec.encode(first)
        for length in stride(from: 0, to: bytes.count, by: 3) {
            #expect(throws: ByteReader.Malformed.self) { try ClaimsCodec.decode(Array(bytes[..<length]), articles: articles) }
        }
    }
}
