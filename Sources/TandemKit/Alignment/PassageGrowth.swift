/// Grows one-to-one links into passages: a rewrite merges two sentences into
/// one or splits one into two, so a link takes in a neighbouring sentence when
/// that sentence restates part of the other side and the pair still reads as
/// one passage.
struct PassageGrowth {
    let corpus: AnalyzedCorpus
    let articleA: Int
    let articleB: Int
    /// The sentence profiles of each article, for passages of one sentence.
    let profilesA: [SentenceProfile]
    let profilesB: [SentenceProfile]
    let scores: PairScores
    let parameters: AlignmentParameters

    struct Passage {
        var a: ClosedRange<Int>
        var b: ClosedRange<Int>
        var score: Double
    }

    /// - Complexity: O(*l*·*g*) model evaluations, *l* links, *g* sentences absorbed.
    func grow(_ links: [(a: Int, b: Int)], sentenceCounts: (Int, Int)) -> [Passage] {
        var usedA = Set(links.map(\.a)), usedB = Set(links.map(\.b))
        var passages = links.map { Passage(a: $0.a...$0.a, b: $0.b...$0.b, score: scores[$0.a, $0.b]) }
        for index in passages.indices {
            var grew = true
            while grew {
                grew = false
                for candidate in growthCandidates(passages[index], counts: sentenceCounts)
                where candidate.side == .a ? !usedA.contains(candidate.sentence) : !usedB.contains(candidate.sentence) {
                    guard let grown = absorb(candidate, into: passages[index]) else { continue }
                    passages[index] = grown
                    if candidate.side == .a { usedA.insert(candidate.sentence) } else { usedB.insert(candidate.sentence) }
                    grew = true
                    break
                }
            }
        }
        return passages
    }

    enum Side { case a, b }

    private func growthCandidates(_ passage: Passage, counts: (Int, Int)) -> [(side: Side, sentence: Int)] {
        var result: [(Side, Int)] = []
        if passage.a.lowerBound > 0 { result.append((.a, passage.a.lowerBound - 1)) }
        if passage.a.upperBound + 1 < counts.0 { result.append((.a, passage.a.upperBound + 1)) }
        if passage.b.lowerBound > 0 { result.append((.b, passage.b.lowerBound - 1)) }
        if passage.b.upperBound + 1 < counts.1 { result.append((.b, passage.b.upperBound + 1)) }
        return result
    }

    /// The passage with the sentence added, if the sentence belongs.
    private func absorb(_ candidate: (side: Side, sentence: Int), into passage: Passage) -> Passage? {
        // The sentence must restate something on the other side on its own…
        let related: Double
        switch candidate.side {
        case .a: related = passage.b.map { scores[candidate.sentence, $0] }.max() ?? 0
        case .b: related = passage.a.map { scores[$0, candidate.sentence] }.max() ?? 0
        }
        guard related >= parameters.growthThreshold else { return nil }
        // …and the grown passage must still read as a restatement.
        var grown = passage
        switch candidate.side {
        case .a: grown.a = min(passage.a.lowerBound, candidate.sentence)...max(passage.a.upperBound, candidate.sentence)
        case .b: grown.b = min(passage.b.lowerBound, candidate.sentence)...max(passage.b.upperBound, candidate.sentence)
        }
        grown.score = RestatementScore.score(profile(grown.a, of: articleA, profilesA),
                                             profile(grown.b, of: articleB, profilesB))
        return grown.score >= passage.score - parameters.growthTolerance ? grown : nil
    }

    private func profile(_ sentences: ClosedRange<Int>, of article: Int, _ profiles: [SentenceProfile]) -> SentenceProfile {
        sentences.count == 1 ? profiles[sentences.lowerBound] : corpus.profile(article: article, sentences: sentences)
    }
}
