/// Finds a query in text, case-insensitively (`CaseFolding`): the UTF-8 ranges of matches.
enum TextSearch {
    /// - Complexity: O(*n*·*m*) for text of *n* bytes and a query of *m*.
    static func matches(of query: String, in text: String) -> [Range<Int>] {
        guard !query.isEmpty else { return [] }
        return occurrences(of: CaseFolding.folded(query), in: CaseFolding.folded(text))
    }

    private static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var i = 0
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0], haystack[i..<(i + needle.count)].elementsEqual(needle) {
                result.append(i..<(i + needle.count))
                i += needle.count
            } else {
                i += 1
            }
        }
        return result
    }
}
