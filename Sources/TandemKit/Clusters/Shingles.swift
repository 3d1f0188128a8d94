/// The word 5-shingles of an article (title and body), hashed, sorted and
/// distinct: what near-duplicate detection compares.
struct Shingles: Sendable {
    static let width = 5

    let hashes: [UInt64]

    /// - Complexity: O(*n* log *n*), *n* the article's words.
    init(_ article: SegmentedArticle, title: [Token]) {
        // An article with no body is a version of nothing (two empty files share
        // only the placeholder title).
        guard !article.sentences.isEmpty else {
            hashes = []
            return
        }
        var keys: [UInt64] = title.map(\.key.value)
        for sentence in article.sentences { keys += sentence.tokens.map(\.key.value) }
        guard keys.count >= Self.width else {
            hashes = keys.isEmpty ? [] : [Self.combine(keys[...])]
            return
        }
        var result: [UInt64] = []
        result.reserveCapacity(keys.count - Self.width + 1)
        for start in 0...(keys.count - Self.width) {
            result.append(Self.combine(keys[start..<(start + Self.width)]))
        }
        result.sort()
        hashes = SortedKeys.uniqueSorted(result)
    }

    private static func combine(_ keys: ArraySlice<UInt64>) -> UInt64 {
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
