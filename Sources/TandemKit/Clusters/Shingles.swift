/// The word 5-shingles of an article (title and body), hashed, sorted and
/// distinct: what near-duplicate detection compares.
struct Shingles: Sendable {
    static let width = 5

    let hashes: [UInt64]

    /// - Complexity: O(*n*), *n* the article's words.
    init(_ article: SegmentedArticle, title: [Token]) {
        // An article with no body is a version of nothing (two empty files share
        // only the placeholder title).
        guard !article.sentences.isEmpty else {
            hashes = []
            return
        }
        var keys: [UInt64] = []
        keys.reserveCapacity(article.sentences.reduce(title.count) { $0 + $1.tokens.count })
        for token in title { keys.append(token.key.value) }
        for sentence in article.sentences {
            for token in sentence.tokens { keys.append(token.key.value) }
        }
        guard keys.count >= Self.width else {
            hashes = keys.isEmpty ? [] : [Self.combine(keys[...])]
            return
        }
        var result: [UInt64] = []
        result.reserveCapacity(keys.count - Self.width + 1)
        for start in 0...(keys.count - Self.width) {
            result.append(Self.combine(keys[start..<(start + Self.width)]))
        }
        RadixSort.sort(&result)
        hashes = SortedKeys.uniqueSorted(result)
    }

    /// A set of hashes made elsewhere (sorted and distinct).
    init(sortedHashes: [UInt64]) { hashes = sortedHashes }

    /// Fingerprints of each sentence: the least hash of its own 5-shingles (of
    /// all its words when it has fewer) under `perSentence` orders. A sentence
    /// copied with a word dropped keeps a fingerprint unless the shingle that
    /// gave it held that word, so it keeps most of them.
    static func sentenceFingerprints(of article: SegmentedArticle, perSentence: Int) -> Shingles {
        var prints: [UInt64] = []
        prints.reserveCapacity(article.sentences.count * perSentence)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: perSentence) { least in
            for sentence in article.sentences where !sentence.tokens.isEmpty {
                let tokens = sentence.tokens
                least.initialize(repeating: .max)
                // The k-th order is `remix` applied k times.
                for window in 0...max(0, tokens.count - width) {
                    var value = combine(tokens[window..<min(tokens.count, window + width)])
                    for order in 0..<perSentence {
                        least[order] = min(least[order], value)
                        value = remix(value)
                    }
                }
                prints.append(contentsOf: least)
            }
        }
        RadixSort.sort(&prints)
        return Shingles(sortedHashes: SortedKeys.uniqueSorted(prints))
    }

    /// A bijection of 64-bit values that scrambles their order (SplitMix64's finalizer).
    private static func remix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    static func combine(_ keys: ArraySlice<UInt64>) -> UInt64 {
        combine(keys.lazy.map { $0 })
    }

    /// `combine` of the tokens' keys, read in place.
    static func combine(_ tokens: ArraySlice<Token>) -> UInt64 {
        combine(tokens.lazy.map(\.key.value))
    }

    @inline(__always)
    private static func combine(_ keys: some Sequence<UInt64>) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for key in keys { hash = (hash ^ key) &* 0x100000001b3 ^ (hash >> 29) }
        return hash
    }

    /// Jaccard similarity of two shingle sets.
    func jaccard(_ other: Shingles) -> Double {
        let shared = SortedKeys.intersectionCount(hashes, other.hashes)
        let union = hashes.count + other.hashes.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }
}
