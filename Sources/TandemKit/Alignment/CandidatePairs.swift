/// Finds the sentence pairs worth scoring: those that share content words,
/// through an inverted index over one article's stems.
enum CandidatePairs {
    struct Pair: Sendable {
        let a: Int
        let b: Int
        let sharedWeight: Double
    }

    /// - Complexity: O(*s* + *p*), *s* the stem occurrences of both articles,
    ///   *p* the pairs that share a stem.
    static func find(_ a: [SentenceProfile], _ b: [SentenceProfile], minimumSharedWeight: Double) -> [Pair] {
        var postings = WordKeyTable<[(sentence: Int, weight: Double)]>(
            minimumCapacity: b.reduce(0) { $0 + $1.stemKeys.count })
        for (j, profile) in b.enumerated() {
            for (stem, weight) in zip(profile.stemKeys, profile.stemWeights) {
                postings.update(stem, default: []) { $0.append((j, weight)) }
            }
        }
        var pairs: [Pair] = []
        var shared = [Double](repeating: 0, count: b.count)
        var touched: [Int] = []
        for (i, profile) in a.enumerated() {
            for (stem, weight) in zip(profile.stemKeys, profile.stemWeights) {
                guard let list = postings[stem] else { continue }
                for (j, other) in list {
                    if shared[j] == 0 { touched.append(j) }
                    shared[j] += min(weight, other)
                }
            }
            for j in touched {
                if shared[j] >= minimumSharedWeight { pairs.append(Pair(a: i, b: j, sharedWeight: shared[j])) }
                shared[j] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        return pairs
    }
}
