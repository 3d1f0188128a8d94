/// Restatement scores of candidate sentence pairs, looked up by position.
struct PairScores: Sendable {
    private var scores: [Int: Double] = [:]
    private let width: Int

    /// - Parameter width: the sentence count of article B.
    init(width: Int) { self.width = width }

    /// Scores every candidate as a restatement.
    static func score(_ pairs: [CandidatePairs.Pair], _ a: [SentenceProfile], _ b: [SentenceProfile]) -> PairScores {
        var result = PairScores(width: b.count)
        for pair in pairs { result.scores[pair.a * b.count + pair.b] = RestatementScore.score(a[pair.a], b[pair.b]) }
        return result
    }

    subscript(a: Int, b: Int) -> Double {
        guard a >= 0, b >= 0, b < width else { return 0 }
        return scores[a * width + b] ?? 0
    }

    /// Every scored pair.
    var all: [(a: Int, b: Int, score: Double)] {
        scores.map { ($0.key / width, $0.key % width, $0.value) }
    }
}
