import Foundation

/// Picks the headline among the short lines above the first body paragraph.
///
/// A headline comes early, is short and not a sentence ending in a full stop,
/// and its words recur in the body; a masthead or section label repeats on every
/// page and shares few words with the story. Lines above the chosen headline are
/// page furniture. A file with no such line (wire copy, newspaper text) gets its
/// title from the lead sentence when the article is assembled.
enum TitleRule {
    /// Headlines are looked for among this many units at most.
    static let searchReach = 15
    static let minimumScore = 0.4

    static func apply(to draft: inout Draft) {
        let limit = min(draft.firstProseIndex() ?? draft.units.count, searchReach)
        // A headline stands above body text: the last open unit is never one.
        let lastOpen = draft.indices.last(where: draft.isOpen) ?? -1
        let candidates = (0..<limit).filter { $0 < lastOpen && isCandidate($0, in: draft) }
        guard !candidates.isEmpty else { return }
        // The body's words only matter to tell candidates apart.
        let vocabulary = candidates.count > 1 ? bodyVocabulary(of: draft, from: limit) : [:]
        var repeats: [WordKey: Int] = [:]
        for shape in draft.shapes { repeats[shape.normalizedKey, default: 0] += 1 }
        var best: (index: Int, score: Double)?
        let candidateSet = Set(candidates)
        for (rank, index) in candidates.enumerated() {
            var score = self.score(index, rank: rank, in: draft, vocabulary: vocabulary,
                                   repeats: repeats[draft.shapes[index].normalizedKey] ?? 1)
            // A headline is often followed by a standfirst or the first subhead.
            if candidateSet.contains(index + 1) { score += 0.25 }
            if score > (best?.score ?? -.infinity) { best = (index, score) }
        }
        guard let best, best.score >= minimumScore else { return }
        draft.verdicts[best.index] = .title
        for index in 0..<best.index { draft.remove(index, .chrome) }
    }

    private static func isCandidate(_ index: Int, in draft: Draft) -> Bool {
        guard draft.isOpen(index) || draft.verdicts[index] == .removed(.runningHeader) else { return false }
        let shape = draft.shapes[index]
        return (1...25).contains(shape.wordCount) && shape.characterCount <= 250 && !shape.startsLowercase
            && !shape.hasURL && shape.letterCount >= 3 && PersonName.names(inLine: draft.strings[index]) == nil
    }

    private static func score(_ index: Int, rank: Int, in draft: Draft, vocabulary: [WordKey: Int],
                              repeats: Int) -> Double {
        let shape = draft.shapes[index]
        var score = 1.0 - 0.3 * Double(rank)
        if draft.units[index].headingLevel != nil { score += 0.8 }
        if repeats > 1 { score -= 0.6 * Double(min(2, repeats - 1)) }
        // Body vocabulary tells a headline from a masthead, but must not outweigh
        // position: a standfirst shares the body's words too.
        score += 0.6 * (vocabulary.isEmpty ? 0.5 : overlap(shape, vocabulary))
        if shape.lastSignificant == "." { score -= shape.wordCount >= 5 ? 0.9 : 0.6 }
        if shape.wordCount < 3 { score -= 0.4 }
        if shape.wordCount > 18 { score -= 0.3 }
        // "So who, if anyone, is playing politics …?" reads as a standfirst.
        if shape.endsQuestion && shape.hasComma { score -= 0.3 }
        if let first = draft.strings[index].first, "([".contains(first) { score -= 0.8 }
        return score
    }

    /// How much the candidate's content words recur in the body, 0…1.
    private static func overlap(_ shape: UnitShape, _ vocabulary: [WordKey: Int]) -> Double {
        let words = contentWords(shape)
        guard !words.isEmpty else { return 0 }
        let saturation = log(6.0)
        let total = words.reduce(0.0) { sum, word in
            sum + min(1, log(1 + Double(vocabulary[word] ?? 0)) / saturation)
        }
        return total / Double(words.count)
    }

    private static func bodyVocabulary(of draft: Draft, from start: Int) -> [WordKey: Int] {
        var counts: [WordKey: Int] = [:]
        for index in start..<draft.units.count where draft.isOpen(index) {
            for word in contentWords(draft.shapes[index]) { counts[word, default: 0] += 1 }
        }
        return counts
    }

    private static func contentWords(_ shape: UnitShape) -> [WordKey] {
        shape.wordKeys.indices.compactMap { i in
            shape.wordRanges[i].count >= 3 && !Stopwords.set.contains(shape.wordKeys[i]) ? shape.wordKeys[i] : nil
        }
    }
}
