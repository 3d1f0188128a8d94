/// All pairs of articles whose shingle Jaccard reaches a threshold, found exactly.
///
/// Prefix filtering (the "all-pairs" similarity join): order shingles rarest
/// first; two sets with Jaccard ≥ *t* must share one of the first
/// |*s*| − ⌈*t*·|*s*|⌉ + 1 shingles of each, so only those are indexed, and every
/// candidate is verified. Full recall by construction, no hashing tricks.
enum NearDuplicates {
    struct Pair: Sendable {
        let a: Int
        let b: Int
        let jaccard: Double
    }

    /// - Complexity: O(*n* + *c*·*s*), *n* the shingles in all, *c* the candidate
    ///   pairs (pairs sharing a rare prefix shingle) and *s* the shingles per article.
    static func find(_ shingles: [Shingles], threshold: Double) -> [Pair] {
        var counts = [UInt64: Int32]()
        for set in shingles { for hash in set.hashes { counts[hash, default: 0] += 1 } }
        let frequency = counts
        // Each article's shingles, rarest first (ties by value, so the order is total).
        let ordered = shingles.parallelMap { set in
            set.hashes.sorted { (frequency[$0]!, $0) < (frequency[$1]!, $1) }
        }
        var index = [UInt64: [Int32]]()
        var candidates = Set<Int>()
        let width = shingles.count
        for (article, hashes) in ordered.enumerated() {
            let prefix = hashes.count - Int((threshold * Double(hashes.count)).rounded(.up)) + 1
            for hash in hashes.prefix(max(0, prefix)) {
                if let others = index[hash] {
                    for other in others { candidates.insert(Int(other) * width + article) }
                }
                index[hash, default: []].append(Int32(article))
            }
        }
        let pairs = candidates.map { ($0 / width, $0 % width) }
        return pairs.parallelMap { a, b in Pair(a: a, b: b, jaccard: shingles[a].jaccard(shingles[b])) }
            .filter { $0.jaccard >= threshold }
            .sorted { ($0.a, $0.b) < ($1.a, $1.b) }
    }
}
