/// Aligns two articles: finds which passages of one restate passages of the
/// other, in or out of order, including merged and split sentences.
///
/// Stages: candidate pairs (shared content words) → pair scores (restatement
/// score) → one-to-one selection (order as evidence) → passage growth (merges and
/// splits) → links with kinds and byte ranges.
public struct Aligner: Sendable {
    public var parameters: AlignmentParameters

    public init(parameters: AlignmentParameters = AlignmentParameters()) {
        self.parameters = parameters
    }

    /// - Complexity: O(*s* + *p*), *s* the sentences of both articles and *p* the
    ///   pairs that share a rare word (bounded by the inverted index, not *s*²).
    public func align(_ a: Int, _ b: Int, in corpus: AnalyzedCorpus) -> Alignment {
        align(a, b, in: corpus, profilesA: corpus.profiles(of: a))
    }

    /// The same, with `a`'s sentence profiles at hand (aligning one article with
    /// many, when profiles are made on demand).
    func align(_ a: Int, _ b: Int, in corpus: AnalyzedCorpus, profilesA: [SentenceProfile]) -> Alignment {
        let links = passages(a, b, in: corpus, profiles: (profilesA, corpus.profiles(of: b)))
            .map { makeLink($0, corpus.articles[a], corpus.articles[b], lexicon: corpus.lexicon) }
            .sorted { ($0.a.lowerBound, $0.b.lowerBound) < ($1.a.lowerBound, $1.b.lowerBound) }
        return makeAlignment(a, b, links: links, in: corpus)
    }

    /// The linked passages of two articles without their word diffs and kinds:
    /// all that telling a rewrite from an overlap needs, at a fraction of the cost.
    func passages(_ a: Int, _ b: Int, in corpus: AnalyzedCorpus,
                  profiles: ([SentenceProfile], [SentenceProfile])) -> [Passage] {
        let (profilesA, profilesB) = profiles
        let candidates = CandidatePairs.find(profilesA, profilesB, minimumSharedWeight: parameters.minimumSharedWeight)
        let scores = PairScores.score(candidates, profilesA, profilesB)
        let seeds = LinkSelection.select(scores, parameters: parameters)
        let growth = PassageGrowth(corpus: corpus, articleA: a, articleB: b, profilesA: profilesA, profilesB: profilesB,
                                   scores: scores, parameters: parameters)
        return growth.grow(seeds, sentenceCounts: (profilesA.count, profilesB.count))
    }

    typealias Passage = PassageGrowth.Passage

    /// The alignment with two sentences linked to each other, whatever the
    /// alignment found: a claim and the sentence of the other article that
    /// states it, lined up in the compare view. Links that held either sentence
    /// give way.
    public func pinning(_ alignment: Alignment, sentence a: Int, to b: Int, in corpus: AnalyzedCorpus) -> Alignment {
        if alignment.links.contains(where: { $0.a.contains(a) && $0.b.contains(b) }) { return alignment }
        let score = RestatementScore.score(corpus.profile(article: alignment.a, sentences: a...a),
                                           corpus.profile(article: alignment.b, sentences: b...b))
        let pinned = makeLink(Passage(a: a...a, b: b...b, score: score),
                              corpus.articles[alignment.a], corpus.articles[alignment.b], lexicon: corpus.lexicon)
        let links = (alignment.links.filter { !$0.a.contains(a) && !$0.b.contains(b) } + [pinned])
            .sorted { ($0.a.lowerBound, $0.b.lowerBound) < ($1.a.lowerBound, $1.b.lowerBound) }
        return makeAlignment(alignment.a, alignment.b, links: links, in: corpus)
    }

    private func makeAlignment(_ a: Int, _ b: Int, links: [Link], in corpus: AnalyzedCorpus) -> Alignment {
        let articleA = corpus.articles[a], articleB = corpus.articles[b]
        return Alignment(a: a, b: b, links: links,
                         coverageA: Self.coverage(links.map { ($0.a, $0.diff.reuse) }, of: articleA),
                         coverageB: Self.coverage(links.map { ($0.b, $0.diff.reuse) }, of: articleB),
                         linkedShareA: Self.coverage(links.map { ($0.a, 1) }, of: articleA),
                         linkedShareB: Self.coverage(links.map { ($0.b, 1) }, of: articleB))
    }

    private func makeLink(_ passage: Passage, _ a: SegmentedArticle, _ b: SegmentedArticle,
                          lexicon: Lexicon) -> Link {
        let diff = WordDiff(passage.a.flatMap { a.sentences[$0].tokens.map(lexicon.stem(of:)) },
                            passage.b.flatMap { b.sentences[$0].tokens.map(lexicon.stem(of:)) })
        return Link(a: passage.a, b: passage.b,
                    rangeA: a.sentences[passage.a.lowerBound].range.union(a.sentences[passage.a.upperBound].range),
                    rangeB: b.sentences[passage.b.lowerBound].range.union(b.sentences[passage.b.upperBound].range),
                    score: passage.score, kind: LinkKind.classify(diff), diff: diff)
    }

    /// Share of an article's body bytes inside the given sentence runs, each run
    /// weighted (runs never overlap: each sentence is in one link at most).
    static func coverage(_ runs: [(ClosedRange<Int>, Double)], of article: SegmentedArticle) -> Double {
        let total = article.bodyByteCount
        guard total > 0 else { return 0 }
        let covered = runs.reduce(0.0) { sum, run in
            sum + run.1 * Double(run.0.reduce(0) { $0 + article.sentences[$1].textRange.count })
        }
        return min(1, covered / Double(total))
    }
}
