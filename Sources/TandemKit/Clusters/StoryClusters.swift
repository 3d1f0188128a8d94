import Synchronization

/// Finds which articles of a corpus are versions of each other and groups them
/// into stories.
///
/// Stages: shingles → near-duplicate pairs (exact all-pairs Jaccard), topical
/// pairs (distinctive words) and pairs sharing sentences → relations
/// (Jaccard, then alignment where the wording differs) → clusters (connected
/// components).
public struct StoryClusters: Sendable {
    public struct Parameters: Sendable {
        /// Shingle Jaccard of near-duplicates found exactly.
        public var nearDuplicateJaccard = 0.5
        /// At or above this Jaccard two articles are the same text.
        public var duplicateJaccard = 0.8
        /// Cosine of distinctive words above which two articles are aligned.
        public var topicalCosine = 0.35
        /// Articles sharing this many sentence fingerprints (four per sentence:
        /// nine is more than two sentences copied whole) are aligned…
        public var sharedFingerprints = 9
        public var fingerprintsPerSentence = 4
        /// …counting only sentences in at most this many articles.
        public var boilerplateArticles = 200
        /// Corpora with at most this many pairs align every pair.
        public var exhaustivePairs = 300
        /// Share of one article restated in the other that makes a rewrite.
        public var rewriteShare = 0.5
        /// Links (or one link this strong) that make an overlap.
        public var overlapLinks = 2
        public var strongLink = 0.8
        /// Sentences whose profiles are made once for all the pairs of their
        /// article (about 1.7 KB each), not again for each pair.
        public var reusedProfileSentences = 50_000

        public init() {}
    }

    public var parameters = Parameters()
    public var aligner = Aligner()
    /// Called from worker threads as pairs are related: (done, total).
    public var onProgress: (@Sendable (_ done: Int, _ total: Int) -> Void)?
    /// Called as each stage starts, with what it does ("finding near-duplicates").
    public var onStage: (@Sendable (String) -> Void)?

    public init() {}

    public struct Result: Sendable {
        /// Every related pair, by article indices.
        public let pairs: [StoryPair]
        /// Clusters of two articles or more, largest first.
        public let clusters: [StoryCluster]
        public let diagnostics: Diagnostics
    }

    /// What each stage found and took, for benchmarks and progress reports.
    public struct Diagnostics: Sendable {
        public var nearDuplicatePairs = 0
        public var topicalPairs = 0
        public var alignedPairs = 0
        /// Milliseconds per stage, in order.
        public var stages: [(name: String, milliseconds: Double)] = []
    }

    /// - Complexity: O(*n* + *c*·*a*), *n* the corpus's tokens, *c* the candidate
    ///   pairs and *a* the cost of aligning one; each stage on all cores, as
    ///   child tasks of the calling task.
    /// - Throws: `CancellationError` when the calling task is cancelled.
    public func find(in corpus: AnalyzedCorpus) async throws -> Result {
        var diagnostics = Diagnostics()
        var clock = StageClock()
        onStage?("finding near-duplicates and articles on one topic")
        // Side by side: each search has steps on one core, which the other fills.
        async let nearSearch = Self.nearDuplicates(in: corpus, threshold: parameters.nearDuplicateJaccard)
        let topical = try await Self.topicalPairs(in: corpus, parameters: parameters)
        let (near, shingles) = try await nearSearch
        diagnostics.stages.append(("candidate pairs", clock.lap()))
        let candidates = Self.candidates(near: near, topical: topical, shingles: shingles, count: corpus.articles.count)
        onStage?("aligning \(candidates.count) pairs")
        let pairs = try await relatedPairs(candidates, in: corpus)
        diagnostics.stages.append(("relations", clock.lap()))
        diagnostics.nearDuplicatePairs = near.count
        diagnostics.topicalPairs = topical.count
        diagnostics.alignedPairs = candidates.filter { $0.jaccard < parameters.duplicateJaccard }.count
        return Result(pairs: pairs, clusters: Self.components(pairs, count: corpus.articles.count), diagnostics: diagnostics)
    }

    /// Every candidate pair once, with its shingle Jaccard, in order.
    private static func candidates(near: [NearDuplicates.Pair], topical: [(a: Int, b: Int)], shingles: RankedShingles,
                                   count: Int) -> [(a: Int, b: Int, jaccard: Double)] {
        var jaccards: [Int: Double] = [:]
        for pair in near { jaccards[pair.a * count + pair.b] = pair.jaccard }
        for pair in topical where jaccards[pair.a * count + pair.b] == nil {
            jaccards[pair.a * count + pair.b] = shingles.jaccard(pair.a, pair.b)
        }
        return jaccards.map { (a: $0.key / count, b: $0.key % count, jaccard: $0.value) }
            .sorted { ($0.a, $0.b) < ($1.a, $1.b) }
    }

    /// The candidates that are related, on all cores.
    private func relatedPairs(_ candidates: [(a: Int, b: Int, jaccard: Double)],
                              in corpus: AnalyzedCorpus) async throws -> [StoryPair] {
        let aligned = candidates.filter { $0.jaccard < parameters.duplicateJaccard }
        let profiles = try await ReusedProfiles(for: aligned.map { ($0.a, $0.b) }, in: corpus,
                                                budget: parameters.reusedProfileSentences)
        // Tens of thousands of small arrays: freed on another thread, not by the caller.
        defer { Self.releaseElsewhere(profiles) }
        let done = Atomic<Int>(0)
        // The pairs of one first article go to one worker, which profiles that article once.
        return try await Self.runs(of: candidates.map(\.a)).concurrentMap { [self] run -> [StoryPair] in
            var profilesA: [SentenceProfile]?
            return run.compactMap { index -> StoryPair? in
                let candidate = candidates[index]
                let pair = relate(candidate.a, candidate.b, jaccard: candidate.jaccard, in: corpus) {
                    if profilesA == nil { profilesA = profiles.profiles(of: candidate.a, in: corpus) }
                    return (profilesA!, profiles.profiles(of: candidate.b, in: corpus))
                }
                let count = done.add(1, ordering: .relaxed).newValue
                if count % 16 == 0 || count == candidates.count { onProgress?(count, candidates.count) }
                return pair
            }
        }.flatMap { $0 }
    }

    /// Drops the last reference to `value` on another thread, whose core is
    /// idle once the pairs are related: freeing a structure of many small
    /// arrays takes milliseconds that the caller need not wait for.
    private static func releaseElsewhere(_ value: some Sendable) {
        Task.detached(priority: .utility) { withExtendedLifetime(value) {} }
    }

    /// Pairs at or above the Jaccard threshold, and every article's shingles.
    private static func nearDuplicates(in corpus: AnalyzedCorpus, threshold: Double) async throws
        -> ([NearDuplicates.Pair], RankedShingles) {
        let shingles = try await RankedShingles(NearDuplicateSearch.shingles(of: corpus))
        return (try await NearDuplicates.find(shingles, threshold: threshold), shingles)
    }

    /// Pairs worth aligning: about the same thing, or sharing sentences. A
    /// small corpus has too few articles for word rarity to mean much, and few
    /// enough pairs to align them all. Pairs may repeat.
    static func topicalPairs(in corpus: AnalyzedCorpus, parameters: Parameters) async throws -> [(a: Int, b: Int)] {
        let count = corpus.articles.count
        if count * (count - 1) / 2 <= parameters.exhaustivePairs {
            return (0..<count).flatMap { a in ((a + 1)..<count).map { (a, $0) } }
        }
        return try await TopicalCandidates.find(in: corpus, threshold: parameters.topicalCosine).map { ($0.a, $0.b) }
            + SharedSentencePairs.find(in: corpus, fingerprintsPerSentence: parameters.fingerprintsPerSentence,
                                       minimumShared: parameters.sharedFingerprints,
                                       maximumArticles: parameters.boilerplateArticles)
    }

    /// The ranges of equal values in a sorted list.
    static func runs(of values: [Int]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0
        while start < values.count {
            var end = start + 1
            while end < values.count, values[end] == values[start] { end += 1 }
            runs.append(start..<end)
            start = end
        }
        return runs
    }

    /// - Parameter profiles: the sentence profiles of `a` and `b`, asked for only when the pair is aligned.
    private func relate(_ a: Int, _ b: Int, jaccard: Double, in corpus: AnalyzedCorpus,
                        profiles: () -> ([SentenceProfile], [SentenceProfile])) -> StoryPair? {
        if jaccard >= parameters.duplicateJaccard {
            return StoryPair(a: a, b: b, relation: .duplicate, similarity: jaccard, jaccard: jaccard,
                             linkedShareA: nil, linkedShareB: nil)
        }
        let (profilesA, profilesB) = profiles()
        let passages = aligner.passages(a, b, in: corpus, profiles: (profilesA, profilesB))
        let linkedShareA = Aligner.coverage(passages.map { ($0.a, 1) }, of: corpus.articles[a])
        let linkedShareB = Aligner.coverage(passages.map { ($0.b, 1) }, of: corpus.articles[b])
        let share = max(linkedShareA, linkedShareB)
        let relation: StoryRelation
        if jaccard >= parameters.nearDuplicateJaccard || share >= parameters.rewriteShare {
            relation = .rewrite
        } else if passages.count >= parameters.overlapLinks
                    || passages.contains(where: { $0.score >= parameters.strongLink }) {
            relation = .overlap
        } else {
            return nil
        }
        return StoryPair(a: a, b: b, relation: relation, similarity: max(jaccard, share), jaccard: jaccard,
                         linkedShareA: linkedShareA, linkedShareB: linkedShareB)
    }

    /// Connected components of the relation graph, by union–find.
    static func components(_ pairs: [StoryPair], count: Int) -> [StoryCluster] {
        var parent = Array(0..<count)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for pair in pairs { parent[root(pair.a)] = root(pair.b) }
        var members: [Int: [Int]] = [:]
        for article in 0..<count { members[root(article), default: []].append(article) }
        var byRoot: [Int: [StoryPair]] = [:]
        for pair in pairs { byRoot[root(pair.a), default: []].append(pair) }
        return members.filter { $0.value.count > 1 }
            .map { StoryCluster(articles: $0.value, pairs: byRoot[$0.key] ?? []) }
            .sorted { ($0.articles.count, -$0.articles[0]) > ($1.articles.count, -$1.articles[0]) }
    }
}
