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

    /// - Complexity: O(*n*), *n* the shingles in all: split by their top byte,
    ///   the parts radix sorted in place as child tasks of the calling task.
    /// - Throws: `CancellationError` when the calling task is cancelled.
    init(_ shingles: consuming [Shingles]) async throws {
        precondition(UInt64(shingles.count) <= Self.articleMask, "too many articles for packed keys")
        let sizes = shingles.map(\.hashes.count)
        var parts = Self.keysByTopByte(shingles)
        _ = consume shingles
        try await parts.concurrentMutate { RadixSort.sort(&$0, topByteShared: true) }
        var sharedCount = 0
        Self.forEachRun(parts) { run in if run.count > 1 { sharedCount += 1 } }
        var lists = sizes.map { size -> [UInt64] in
            var list: [UInt64] = []
            list.reserveCapacity(size)
            return list
        }
        var nextShared: UInt64 = 0, nextSingle = UInt64(sharedCount)
        Self.forEachRun(parts) { run in
            let id: UInt64
            if run.count > 1 { id = nextShared; nextShared += 1 } else { id = nextSingle; nextSingle += 1 }
            let rank = UInt64(min(run.count, 0xFF_FFFF)) << Self.idBits | id
            for key in run { lists[Int(key & Self.articleMask)].append(rank) }
        }
        _ = consume parts
        try await lists.concurrentMutate { $0.sort() }
        self.lists = lists
        self.sharedCount = sharedCount
    }

    /// Every shingle as a sort key (its hash above, the article below), in 256
    /// parts by the top byte, each part allocated once at its size.
    private static func keysByTopByte(_ shingles: [Shingles]) -> [[UInt64]] {
        var counts = [Int](repeating: 0, count: 256)
        for set in shingles { for hash in set.hashes { counts[Int(hash >> 56)] += 1 } }
        var parts = counts.map { count -> [UInt64] in
            var part: [UInt64] = []
            part.reserveCapacity(count)
            return part
        }
        for (article, set) in shingles.enumerated() {
            for hash in set.hashes { parts[Int(hash >> 56)].append(hash & ~articleMask | UInt64(article)) }
        }
        return parts
    }

    /// Calls `body` with each run of keys that hold one shingle (a run never
    /// spans two parts: its keys share their top byte).
    private static func forEachRun(_ parts: [[UInt64]], _ body: (ArraySlice<UInt64>) -> Void) {
        for keys in parts {
            var start = 0
            while start < keys.count {
                let shingle = keys[start] & ~articleMask
                var end = start + 1
                while end < keys.count, keys[end] & ~articleMask == shingle { end += 1 }
                body(keys[start..<end])
                start = end
            }
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
