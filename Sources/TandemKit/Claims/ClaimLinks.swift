/// The symmetric collection of claim matches: a match found from either side
/// links both, once.
struct ClaimLinks {
    typealias Location = SentenceIndex.Location

    private var corroborations: [Location: [Location: Double]] = [:]
    private var conflicts: [Location: [Location: Double]] = [:]

    mutating func add(_ claim: Location, _ matches: [(Location, ClaimMatch, Double)]) {
        for (other, verdict, score) in matches {
            switch verdict {
            case .corroborates:
                record(claim, other, score, in: &corroborations)
            case .conflicts:
                record(claim, other, score, in: &conflicts)
            case .unrelated:
                break
            }
        }
    }

    private func record(_ a: Location, _ b: Location, _ score: Double, in table: inout [Location: [Location: Double]]) {
        table[a, default: [:]][b] = max(table[a]?[b] ?? 0, score)
        table[b, default: [:]][a] = max(table[b]?[a] ?? 0, score)
    }

    /// The chosen sentences and every sentence linked to one, as claims with their evidence.
    /// - Parameter levels: per article, the chosen sentences and the level that shows each.
    func claims(in corpus: AnalyzedCorpus, scores: ClaimScores, levels: [[Int: Int]], linkedLevel: Int) async throws
        -> [[Claim]] {
        var levels = levels
        for location in Set(corroborations.keys).union(conflicts.keys) {
            levels[location.article][location.sentence] = min(levels[location.article][location.sentence] ?? linkedLevel,
                                                              linkedLevel)
        }
        return try await Array(levels.enumerated()).concurrentMap { article, level in
            level.keys.sorted().map { sentence in
                let location = Location(article: article, sentence: sentence)
                let segmented = corpus.articles[article]
                return Claim(article: article, sentence: sentence, range: segmented.sentences[sentence].range,
                             score: scores.score(article: article, sentence: sentence),
                             claimant: Claimant.find(sentence: sentence) { segmented.text(of: segmented.sentences[$0]) },
                             level: level[sentence]!,
                             corroborations: evidence(corroborations[location], corpus),
                             conflicts: evidence(conflicts[location], corpus))
            }
        }
    }

    private func evidence(_ table: [Location: Double]?, _ corpus: AnalyzedCorpus) -> [Claim.Evidence] {
        (table ?? [:]).map { location, score in
            Claim.Evidence(article: location.article, sentence: location.sentence,
                           range: corpus.articles[location.article].sentences[location.sentence].range, score: score)
        }.sorted { ($0.score, $1.article, $1.sentence) > ($1.score, $0.article, $0.sentence) } // stable output
    }
}
