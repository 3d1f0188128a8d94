import TandemKit

/// One stage of the pipeline run on arbitrary bytes, for a fuzzer or a replay.
///
/// Each target runs the stages before it too, and checks what it made against
/// `Invariants`: a crash, a hang or a broken invariant is a finding. Inputs
/// for the two-article targets are split at the first form feed (or in the
/// middle), so a seed made of two versions of a story gives the fuzzer
/// something to align.
public enum FuzzTarget: String, CaseIterable, Sendable {
    case decode
    case clean
    case segment
    case cache
    case align
    case claims

    /// Runs the target on one input.
    /// - Returns: the broken invariants, empty when all hold.
    /// - Throws: `CancellationError` when the calling task is cancelled.
    public func run(_ bytes: [UInt8]) async throws -> [String] {
        switch self {
        case .decode:
            guard let article = Self.article(bytes, id: "input") else { return [] }
            return Invariants.check(article)
        case .clean:
            guard let article = Self.article(bytes, id: "input") else { return [] }
            return Invariants.check(Cleaner().clean(article), of: article)
        case .segment:
            guard let article = Self.article(bytes, id: "input") else { return [] }
            return Invariants.check(Segmenter.segment(Cleaner().clean(article)), of: article)
        case .cache:
            // The bytes as a cache entry (damaged or foreign: refused, never a trap), and
            // as a file whose analysis must come back from the cache as it went in.
            _ = SegmentedArticle(cacheBytes: bytes, id: "entry")
            guard let article = Self.article(bytes, id: "input") else { return [] }
            let encoded = Segmenter.segment(Cleaner().clean(article)).cacheBytes
            guard let decoded = SegmentedArticle(cacheBytes: encoded, id: "input") else {
                return ["the cache refuses what it wrote"]
            }
            return decoded.cacheBytes == encoded ? Invariants.check(decoded, of: article)
                : ["the cache gives back another article than it was given"]
        case .align:
            let (articles, corpus) = try await Self.pair(bytes)
            return Invariants.check(Aligner().align(0, 1, in: corpus), in: corpus, files: articles)
                + Invariants.check(try await StoryClusters().find(in: corpus), articleCount: 2)
        case .claims:
            let (_, corpus) = try await Self.pair(bytes)
            let finder = ClaimFinder(model: ClaimModel.bundled)
            let scores = try await finder.score(corpus)
            return Invariants.check(scores, in: corpus)
                + Invariants.check(try await finder.claims(in: corpus, scores: scores), in: corpus)
        }
    }

    /// The article the bytes decode to, or nil for bytes that are not text.
    static func article(_ bytes: [UInt8], id: String) -> Article? {
        try? Article(id: id, path: id, bytes: bytes)
    }

    /// Two articles from one input; bytes that are not text become an empty article.
    static func pair(_ bytes: [UInt8]) async throws -> ([Article], AnalyzedCorpus) {
        let split = bytes.firstIndex(of: 0x0C) ?? bytes.count / 2
        let halves = [Array(bytes[..<split]), Array(bytes[min(split + 1, bytes.count)...])]
        let articles = halves.enumerated().map { index, half in
            article(half, id: "\(index)") ?? article([], id: "\(index)")!
        }
        return (articles, try await AnalyzedCorpus(corpus: Corpus(articles: articles, warnings: [])))
    }
}
