/// Each article's shingles as dense ids ordered rarest first: the order every
/// prefix of the similarity join is cut in, and the sets it verifies.
///
/// Two shingles are one here when their hashes agree on the top 44 bits (the
/// rest of a sort key holds the article). Among the 30 million distinct
/// shingles of 100,000 articles that merges a few dozen pairs, each able to
/// change one pair's overlap by one; this is what lets the hashes be dropped
/// once ranked, which halves the memory of the stage.
struct RankedShingles: Sendable {
    /// Per article, its shingles' ranks, ascending: frequency in the top bits,
    /// then the shingle's id, so that equal shingles have equal ranks.
    let lists: [[UInt64]]
    /// Ids below this belong to shingles that more than one article holds;
    /// only those can join two articles.
    let sharedCount: Int

    static let idBits: UInt64 = 40
    static let idMask: UInt64 = (1 << idBits) - 1
    private static let articleBits: UInt64 = 20
    private static let articleMask: UInt64 = (1 << articleBits) - 1

    /// - Complexity: O(*n*), *n* the shingles in all (one radix sort, in place).
    init(_ shingles: consuming [Shingles]) {
        precondition(UInt64(shingles.count) <= Self.articleMask, "too many articles for packed keys")
        let sizes = shingles.map(\.hashes.count)
        var keys: [UInt64] = []
        keys.reserveCapacity(sizes.reduce(0, +))
        for (article, set) in shingles.enumerated() {
            for hash in set.hashes { keys.append(hash & ~Self.articleMask | UInt64(article)) }
        }
        _ = consume shingles
        RadixSort.sort(&keys)
        var sharedCount = 0
        Self.forEachRun(keys) { run in if run.count > 1 { sharedCount += 1 } }
        var lists = sizes.map { size -> [UInt64] in
            var list: [UInt64] = []
            list.reserveCapacity(size)
            return list
        }
        var nextShared: UInt64 = 0, nextSingle = UInt64(sharedCount)
        Self.forEachRun(keys) { run in
            let id: UInt64
            if run.count > 1 { id = nextShared; nextShared += 1 } else { id = nextSingle; nextSingle += 1 }
            let rank = UInt64(min(run.count, 0xFF_FFFF)) << Self.idBits | id
            for k in run { lists[Int(keys[k] & Self.articleMask)].append(rank) }
        }
        lists.parallelMutate { $0.sort() }
        self.lists = lists
        self.sharedCount = sharedCount
    }

    /// Calls `body` with the range of each run of keys that hold one shingle.
    private static func forEachRun(_ keys: [UInt64], _ body: (Range<Int>) -> Void) {
        var start = 0
        while start < keys.count {
            let shingle = keys[start] & ~articleMask
            var end = start + 1
            while end < keys.count, keys[end] & ~articleMask == shingle { end += 1 }
            body(start..<end)
            start = end
        }
    }

    /// Jaccard similarity of two articles' shingle sets.
    /// - Complexity: O(*a* + *b*), the two sets' sizes.
    func jaccard(_ a: Int, _ b: Int) -> Double {
        let shared = SortedKeys.intersectionCount(lists[a], lists[b])
        let union = lists[a].count + lists[b].count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }
}
