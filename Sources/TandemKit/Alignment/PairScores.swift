/// Restatement scores of candidate sentence pairs, looked up by position.
///
/// Alignment looks scores up many times per pair (a link's support reads its
/// neighbours), so two articles of everyday size keep them in a dense table;
/// very long articles, whose table would be large and nearly empty, keep a
/// dictionary.
struct PairScores: Sendable {
    /// Every scored pair, in the order scored.
    private(set) var all: [(a: Int, b: Int, score: Double)] = []
    private var table: [Double] = []
    private var byPosition: [Int: Double] = [:]
    private let width: Int
    private let height: Int

    /// Tables up to this many cells (512 KB) are dense.
    static let maximumDenseCells = 1 << 16

    /// - Parameters: the sentence counts of articles A and B.
    init(height: Int, width: Int) {
        self.height = height
        self.width = width
        if height * width <= Self.maximumDenseCells { table = Array(repeating: 0, count: height * width) }
    }

    /// Scores every candidate as a restatement.
    /// - Complexity: O(*p*) restatement scores, *p* the candidates, plus O(*a*·*b*) to
    ///   clear a dense table.
    static func score(_ pairs: [CandidatePairs.Pair], _ a: [SentenceProfile], _ b: [SentenceProfile]) -> PairScores {
        var result = PairScores(height: a.count, width: b.count)
        result.all.reserveCapacity(pairs.count)
        for pair in pairs { result.set(RestatementScore.score(a[pair.a], b[pair.b]), a: pair.a, b: pair.b) }
        return result
    }

    mutating func set(_ score: Double, a: Int, b: Int) {
        all.append((a, b, score))
        if table.isEmpty { byPosition[a * width + b] = score } else { table[a * width + b] = score }
    }

    /// The pair's score; 0 for a pair not scored or out of range.
    /// - Complexity: O(1).
    subscript(a: Int, b: Int) -> Double {
        guard a >= 0, b >= 0, a < height, b < width else { return 0 }
        return table.isEmpty ? byPosition[a * width + b] ?? 0 : table[a * width + b]
    }
}
