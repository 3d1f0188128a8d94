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
        let postings = Postings(b)
        var pairs: [Pair] = []
        var shared = [Double](repeating: 0, count: b.count)
        var touched: [Int] = []
        for (i, profile) in a.enumerated() {
            for (stem, weight) in zip(profile.stemKeys, profile.stemWeights) {
                postings.forEach(of: stem) { j, other in
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

    /// Which sentences of B hold each stem, with its weight there: one sorted
    /// array and the start of each stem's run in it, not an array per stem
    /// (most stems are in one sentence, and allocating their lists cost more
    /// than the rest of the search).
    private struct Postings {
        private var entries: [(stem: UInt64, sentence: Int32, weight: Double)] = []
        private var starts: WordKeyTable<Int32>

        /// - Complexity: O(*s* log *s*), *s* the stem occurrences of `profiles`.
        init(_ profiles: [SentenceProfile]) {
            entries.reserveCapacity(profiles.reduce(0) { $0 + $1.stemKeys.count })
            for (j, profile) in profiles.enumerated() {
                for (stem, weight) in zip(profile.stemKeys, profile.stemWeights) {
                    entries.append((stem.value, Int32(j), weight))
                }
            }
            // By stem; the sort is stable, so each stem's sentences stay in order.
            entries.sort { $0.stem < $1.stem }
            starts = WordKeyTable(minimumCapacity: entries.count)
            for index in entries.indices where index == 0 || entries[index - 1].stem != entries[index].stem {
                starts[WordKey(value: entries[index].stem)] = Int32(index)
            }
        }

        /// Calls `body` with each (sentence, weight) holding `stem`, sentences in order.
        @inline(__always)
        func forEach(of stem: WordKey, _ body: (Int, Double) -> Void) {
            guard let start = starts[stem] else { return }
            var index = Int(start)
            while index < entries.count, entries[index].stem == stem.value {
                body(Int(entries[index].sentence), entries[index].weight)
                index += 1
            }
        }
    }
}
