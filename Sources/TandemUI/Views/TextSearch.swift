/// Finds a query in text, case-insensitively: the UTF-8 ranges of matches.
enum TextSearch {
    /// - Complexity: O(*n*·*m*) for text of *n* bytes and a query of *m*.
    static func matches(of query: String, in text: String) -> [Range<Int>] {
        guard !query.isEmpty else { return [] }
        let needle = Array(query.lowercased().utf8)
        let haystack = Array(text.lowercased().utf8)
        // Lower-casing can change lengths outside ASCII, and the ranges must be
        // offsets into `text`: then only ASCII letters are folded.
        guard haystack.count == text.utf8.count else {
            let fold = { (b: UInt8) in b >= 65 && b <= 90 ? b + 32 : b }
            return occurrences(of: query.utf8.map(fold), in: text.utf8.map(fold))
        }
        return occurrences(of: needle, in: haystack)
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
