import Synchronization
import Testing
import TestSupport
@testable import TandemKit

@Suite struct NearDuplicatesTests {
    /// Random documents from a small vocabulary, some copied with edits: the
    /// index must find exactly the pairs a brute-force comparison finds.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func theIndexFindsExactlyTheBruteForcePairs(seed: UInt64) async throws {
        var random = SplitMix64(seed: seed)
        let vocabulary = (0..<300).map { "w\($0)" }
        var documents: [String] = []
        for _ in 0..<60 {
            if let base = documents.randomElement(using: &random), Bool.random(using: &random) {
                var words = base.split(separator: " ").map(String.init)
                for _ in 0..<Int.random(in: 1...12, using: &random) {
                    words[Int.random(in: 0..<words.count, using: &random)] = vocabulary.randomElement(using: &random)!
                }
                documents.append(words.joined(separator: " "))
            } else {
                documents.append((0..<150).map { _ in vocabulary.randomElement(using: &random)! }.joined(separator: " "))
            }
        }
        let folder = TemporaryFolder()
        let paths = documents.enumerated().map { folder.write("d\(1000 + $0.offset).txt", "Title\n\n" + $0.element + ".") }
        let corpus = try await AnalyzedCorpus(corpus: Corpus.load(paths: paths))
        for threshold in [0.3, 0.5, 0.8] {
            let found = try await Set(NearDuplicateSearch.pairs(in: corpus, threshold: threshold).map { "\($0.a)-\($0.b)" })
            let exact = try await Set(NearDuplicateSearch.bruteForce(in: corpus, threshold: threshold).map { "\($0.a)-\($0.b)" })
            #expect(found == exact)
            #expect(!exact.isEmpty)
        }
    }

    /// Documents of different lengths built from a small pool of shared passages,
    /// so that most pairs meet on some shingles and the positional filter has
    /// pairs to drop; copies with edits must still all be found.
    @Test(arguments: [4, 5] as [UInt64])
    func sharedPassagesDoNotHideNearDuplicates(seed: UInt64) async throws {
        var random = SplitMix64(seed: seed)
        let passages = (0..<40).map { p in (0..<12).map { "p\(p)w\($0)" }.joined(separator: " ") }
        var documents: [String] = []
        for _ in 0..<80 {
            if let base = documents.randomElement(using: &random), Int.random(in: 0..<3, using: &random) == 0 {
                var words = base.split(separator: " ").map(String.init)
                for _ in 0..<Int.random(in: 1...6, using: &random) { words.remove(at: Int.random(in: 0..<words.count, using: &random)) }
                documents.append(words.joined(separator: " "))
            } else {
                let count = Int.random(in: 2...14, using: &random)
                documents.append((0..<count).map { _ in passages.randomElement(using: &random)! }.joined(separator: " "))
            }
        }
        let folder = TemporaryFolder()
        let paths = documents.enumerated().map { folder.write("d\(1000 + $0.offset).txt", "Title\n\n" + $0.element + ".") }
        let corpus = try await AnalyzedCorpus(corpus: Corpus.load(paths: paths), profiles: .onDemand)
        for threshold in [0.4, 0.5, 0.7] {
            let found = try await Set(NearDuplicateSearch.pairs(in: corpus, threshold: threshold).map { "\($0.a)-\($0.b)" })
            let exact = try await Set(NearDuplicateSearch.bruteForce(in: corpus, threshold: threshold).map { "\($0.a)-\($0.b)" })
            #expect(found == exact)
            #expect(!exact.isEmpty)
        }
    }
}

@Suite struct StoryClustersTests {
    @Test func seedRelationsAreARewriteAndAnOverlap() async throws {
        let corpus = try await AnalyzedCorpus(corpus: Corpus.load(paths: [Repository.seeds]))
        let result = try await StoryClusters().find(in: corpus)
        func relation(_ a: String, _ b: String) -> StoryPair? {
            result.pairs.first { corpus.articles[$0.a].id.hasPrefix(a) && corpus.articles[$0.b].id.hasPrefix(b) }
        }
        let rewrite = try #require(relation("000", "001"))
        #expect(rewrite.relation == .rewrite)
        #expect(rewrite.derived.map { corpus.articles[$0].id.hasPrefix("000") } == true)
        #expect(relation("002", "003")?.relation == .overlap)
    }

    @Test func copiesRewritesAndUnrelatedArticlesAreToldApart() async throws {
        let base = (1...8).map { "Sentence \($0) of the report on the harbour wall, the council budget and the storm damage to the quay number \($0)." }
        let folder = TemporaryFolder()
        let paths = [
            folder.write("a.txt", "Harbour report\n\n" + base.joined(separator: "\n\n")),
            folder.write("b.txt", "Harbour report\n\n" + base.joined(separator: "\n\n")),
            folder.write("c.txt", "Weather\n\nHeavy rain caused flooding across the north of England overnight.\n\nMore rain is expected."),
        ]
        let corpus = try await AnalyzedCorpus(corpus: Corpus.load(paths: paths))
        let result = try await StoryClusters().find(in: corpus)
        #expect(result.pairs.count == 1)
        #expect(result.pairs.first?.relation == .duplicate)
        #expect(result.clusters.map(\.articles) == [[0, 1]])
    }

    @Test func profilesMadeOnDemandGiveTheSameStoriesAsKeptOnes() async throws {
        let corpus = try await Corpus.load(paths: [Repository.seeds])
        let describe = { (result: StoryClusters.Result) in
            result.pairs.map { "\($0.a)-\($0.b) \($0.relation) \($0.similarity) \(String(describing: $0.linkedShareA))" }
        }
        let kept = try await StoryClusters().find(in: AnalyzedCorpus(corpus: corpus, profiles: .kept))
        let onDemand = try await StoryClusters().find(in: AnalyzedCorpus(corpus: corpus, profiles: .onDemand))
        #expect(kept.pairs.count >= 2)
        #expect(describe(kept) == describe(onDemand))
    }

    /// Relating two articles stops before word diffs, and shares profiles
    /// among pairs: what it finds must be what a full alignment finds, with
    /// or without profiles kept for reuse.
    @Test func relationsAgreeWithFullAlignmentWhateverTheProfileBudget() async throws {
        let corpus = try await AnalyzedCorpus(corpus: Corpus.load(paths: [Repository.seeds]), profiles: .onDemand)
        var unbudgeted = StoryClusters()
        unbudgeted.parameters.reusedProfileSentences = 0
        let reused = try await StoryClusters().find(in: corpus)
        let remade = try await unbudgeted.find(in: corpus)
        #expect(reused.pairs.count >= 2)
        for (pair, other) in zip(reused.pairs, remade.pairs) {
            #expect((pair.a, pair.b, pair.relation, pair.linkedShareA, pair.linkedShareB)
                    == (other.a, other.b, other.relation, other.linkedShareA, other.linkedShareB))
            guard pair.relation != .duplicate else { continue }
            let alignment = Aligner().align(pair.a, pair.b, in: corpus)
            #expect(pair.linkedShareA == alignment.linkedShareA)
            #expect(pair.linkedShareB == alignment.linkedShareB)
        }
        #expect(reused.pairs.count == remade.pairs.count)
    }

    /// Cancelled as it starts, clustering stops at the next chunk of work
    /// instead of running its stages to the end.
    @Test func clusteringStopsWhenItsTaskIsCancelled() async throws {
        let corpus = try await AnalyzedCorpus(corpus: Corpus.load(paths: [Repository.seeds]))
        let stages = Mutex<[String]>([])
        var clusters = StoryClusters()
        clusters.onStage = { stage in
            stages.withLock { $0.append(stage) }
            withUnsafeCurrentTask { $0?.cancel() }
        }
        await #expect(throws: CancellationError.self) { try await clusters.find(in: corpus) }
        #expect(stages.withLock { $0 } == ["finding near-duplicates and articles on one topic"])
    }

    @Test func clustersAreConnectedComponents() {
        let pair = { (a: Int, b: Int) in
            StoryPair(a: a, b: b, relation: .overlap, similarity: 0.5, jaccard: 0, linkedShareA: 0.2, linkedShareB: 0.2)
        }
        let clusters = StoryClusters.components([pair(0, 1), pair(1, 2), pair(4, 5)], count: 7)
        #expect(clusters.map(\.articles) == [[0, 1, 2], [4, 5]])
    }
}

@Suite struct EmptyArticleClusterTests {
    @Test func emptyArticlesAreNotDuplicatesOfEachOther() async throws {
        let folder = TemporaryFolder()
        let paths = [folder.write("a.txt", ""), folder.write("b.txt", "   \n\n\t\n"), folder.write("c.txt", "\n")]
        let corpus = try await AnalyzedCorpus(corpus: Corpus.load(paths: paths))
        #expect(try await StoryClusters().find(in: corpus).pairs.isEmpty)
    }
}
