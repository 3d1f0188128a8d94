import Synchronization

/// Finds the claims of every article of a corpus and links each to the
/// sentences of other articles that state the same fact or a conflicting one.
///
/// Stages: score every sentence (`ClaimModel`), choose each article's claims
/// (`ClaimSelection`), find candidates in other articles (`SentenceIndex`),
/// judge each candidate (`ClaimMatch`), and make the links symmetric: a
/// sentence that corroborates a claim states a fact two outlets report, so it
/// is a claim of its own article too.
public struct ClaimFinder: Sendable {
    public var model: ClaimModel
    /// From fewest to most claims; every level's claims are found, each claim
    /// records the first level that shows it.
    public var levels: [ClaimSelection]
    /// The level that sentences linked to a claim elsewhere, but not chosen, show from.
    public var linkedLevel: Int
    /// Evidence kept per claim and other article (the best matches).
    var evidencePerArticle = 1
    /// Called as each stage starts, with what it does ("scoring sentences").
    public var onStage: (@Sendable (String) -> Void)?
    /// Called from worker threads as articles' claims are matched: (done, total).
    public var onProgress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

    public init(model: ClaimModel = .bundled, levels: [ClaimSelection] = ClaimSelection.levels,
                linkedLevel: Int = ClaimSelection.defaultLevel) {
        self.model = model
        self.levels = levels
        self.linkedLevel = linkedLevel
    }

    /// Every sentence's check-worthiness and cues, per article.
    /// - Complexity: O(*n*), *n* the corpus's characters, on all cores (as child
    ///   tasks of the calling task).
    /// - Throws: `CancellationError` when the calling task is cancelled.
    public func score(_ corpus: AnalyzedCorpus) async throws -> ClaimScores {
        onStage?("scoring sentences")
        return ClaimScores(sentences: try await corpus.articles.concurrentMap { [model] article in
            article.sentences.map { sentence in
                let text = article.text(of: sentence)
                let cues = ClaimCues(text)
                return ScoredSentence(score: model.score(text, cues: cues), text: text, isHeading: sentence.isHeading,
                                      cues: cues)
            }
        })
    }

    /// The claims of every article, in article and sentence order.
    /// - Complexity: O(*c*·*p*), *c* the claims, *p* the postings of a claim's
    ///   stems; on all cores, as child tasks of the calling task.
    /// - Throws: `CancellationError` when the calling task is cancelled.
    public func claims(in corpus: AnalyzedCorpus, scores: ClaimScores) async throws -> [[Claim]] {
        let index = SentenceIndex(corpus) { scores.sentences[$0][$1].isEligible }
        let chosen = scores.sentences.map { sentences in
            var level: [Int: Int] = [:]
            for (index, selection) in levels.enumerated().reversed() {
                for sentence in selection.select(sentences) { level[sentence] = index }
            }
            return level
        }
        let sides = try await Array(corpus.articles.indices).concurrentMap { article in
            zip(corpus.articles[article].sentences, corpus.profiles(of: article)).map { sentence, profile in
                ClaimMatch.Side(profile: profile, text: corpus.articles[article].text(of: sentence))
            }
        }
        onStage?("finding who else states each claim")
        let done = Atomic<Int>(0)
        let found = try await Array(corpus.articles.indices).concurrentMap { [self] article in
            var scratch = SentenceIndex.Scratch(index)
            let found = chosen[article].keys.sorted().map { sentence in
                matches(of: SentenceIndex.Location(article: article, sentence: sentence), in: corpus, index: index,
                        sides: sides, scratch: &scratch)
            }
            let count = done.add(1, ordering: .relaxed).newValue
            if count % 16 == 0 || count == corpus.articles.count { onProgress?(count, corpus.articles.count) }
            return found
        }
        var links = ClaimLinks()
        for (article, sentences) in chosen.enumerated() {
            for (sentence, matches) in zip(sentences.keys.sorted(), found[article]) {
                links.add(SentenceIndex.Location(article: article, sentence: sentence), matches)
            }
        }
        return try await links.claims(in: corpus, scores: scores, levels: chosen, linkedLevel: linkedLevel)
    }

    /// The best corroborating and conflicting sentence in each other article.
    private func matches(of claim: SentenceIndex.Location, in corpus: AnalyzedCorpus, index: SentenceIndex,
                         sides: [[ClaimMatch.Side]], scratch: inout SentenceIndex.Scratch)
        -> [(SentenceIndex.Location, ClaimMatch, Double)] {
        let side = sides[claim.article][claim.sentence]
        let profile = side.profile
        var best: [Int: [(SentenceIndex.Location, ClaimMatch, Double)]] = [:]
        for candidate in index.candidates(for: profile, outside: claim.article, minimumShared: 1.0, scratch: &scratch) {
            let other = sides[candidate.article][candidate.sentence]
            let score = RestatementScore.score(profile, other.profile)
            let verdict = ClaimMatch.judge(side, other, score: score)
            guard verdict != .unrelated else { continue }
            best[candidate.article, default: []].append((candidate, verdict, score))
        }
        return best.keys.sorted().flatMap { article in
            best[article]!.sorted { ($0.2, $1.0.sentence) > ($1.2, $0.0.sentence) }.prefix(evidencePerArticle)
        }
    }
}

/// Per article, each sentence's score and cues.
public struct ClaimScores: Sendable {
    let sentences: [[ScoredSentence]]

    /// The check-worthiness of a sentence.
    public func score(article: Int, sentence: Int) -> Double { sentences[article][sentence].score }
}

