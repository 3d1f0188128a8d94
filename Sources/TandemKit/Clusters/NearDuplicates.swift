/// All pairs of articles whose shingle Jaccard reaches a threshold, found exactly.
///
/// Prefix filtering (the "all-pairs" similarity join): order shingles rarest
/// first; two sets with Jaccard ≥ *t* must share one of the first
/// |*s*| − ⌈*t*·|*s*|⌉ + 1 shingles of each, so only those are compared, and
/// every candidate is verified on the full sets. Recall is complete by
/// construction. Frequencies and groups come from one radix sort of packed
/// (shingle, article) keys, with no hash table.
enum NearDuplicates {
    struct Pair: Sendable {
        let a: Int
        let b: Int
        let jaccard: Double
    }

    /// Bits of a packed key that hold the article (up to a million articles);
    /// the rest hold the shingle's top bits. Two shingles that agree on those
    /// bits only add a candidate, which verification on full hashes rejects.
    private static let articleBits: UInt64 = 20

    /// - Complexity: O(*n* + *c*·*s*), *n* the shingles in all, *c* the candidate
    ///   pairs (pairs sharing a rare prefix shingle), *s* shingles per article.
    static func find(_ shingles: [Shingles], threshold: Double) -> [Pair] {
        let mask: UInt64 = (1 << articleBits) - 1
        precondition(UInt64(shingles.count) <= mask, "too many articles for packed keys")
        var keys: [UInt64] = []
        keys.reserveCapacity(shingles.reduce(0) { $0 + $1.hashes.count })
        for (article, set) in shingles.enumerated() {
            for hash in set.hashes { keys.append(hash & ~mask | UInt64(article)) }
        }
        RadixSort.sort(&keys)
        // Runs of one shingle: how many articles hold it, and each article's
        // shingles as (frequency, shingle) so that they sort rarest first.
        var ranked = [[UInt64]](repeating: [], count: shingles.count)
        var runs: [Range<Int>] = []
        var start = 0
        while start < keys.count {
            var end = start + 1
            while end < keys.count, keys[end] & ~mask == keys[start] & ~mask { end += 1 }
            let frequency = UInt64(min(end - start, 0xFFF))
            for k in start..<end {
                ranked[Int(keys[k] & mask)].append(frequency << 52 | (keys[k] & ~mask) >> articleBits)
            }
            if end - start > 1 { runs.append(start..<end) }
            start = end
        }
        // The last key of each article's prefix: a shingle is in the prefix iff its rank is at most this.
        let cutoffs = ranked.parallelMap { list -> UInt64 in
            let sorted = list.sorted()
            let length = sorted.count - Int((threshold * Double(sorted.count)).rounded(.up)) + 1
            return length > 0 && !sorted.isEmpty ? sorted[min(length, sorted.count) - 1] : 0
        }
        var candidates: [UInt64] = []
        for run in runs {
            let frequency = UInt64(min(run.count, 0xFFF))
            let members = run.compactMap { k -> UInt64? in
                let article = keys[k] & mask
                let rank = frequency << 52 | (keys[k] & ~mask) >> articleBits
                return rank <= cutoffs[Int(article)] ? article : nil
            }
            guard members.count > 1 else { continue }
            for i in members.indices {
                for j in (i + 1)..<members.count { candidates.append(members[i] << 32 | members[j]) }
            }
        }
        RadixSort.sort(&candidates)
        let unique = SortedKeys.uniqueSorted(candidates)
        return unique.parallelMap { key -> Pair in
            let a = Int(key >> 32), b = Int(key & 0xFFFF_FFFF)
            return Pair(a: a, b: b, jaccard: shingles[a].jaccard(shingles[b]))
        }
        .filter { $0.jaccard >= threshold }
    }
}
