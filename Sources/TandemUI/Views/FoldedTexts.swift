import TandemKit

/// Every article's text case-folded (`CaseFolding`), made once for searching
/// the bodies of a whole folder as the user types, so that a byte search is
/// all a keystroke costs (a few milliseconds for BBC's 5 MB).
struct FoldedTexts {
    private let bodies: [[UInt8]]

    /// - Complexity: O(*n*), *n* the bytes of all the articles' paragraphs.
    init(_ articles: [CleanArticle]) {
        bodies = articles.map { article in
            var bytes: [UInt8] = []
            for paragraph in article.paragraphs {
                CaseFolding.append(paragraph.text, to: &bytes)
                bytes.append(0x0A)  // no match across paragraphs
            }
            return bytes
        }
    }

    /// How often `query`, folded by `CaseFolding`, occurs in the article's text.
    /// - Complexity: O(*n*·*m*) at worst, *n* the article's bytes, *m* the query's.
    func occurrences(of query: [UInt8], in article: Int) -> Int {
        guard let first = query.first else { return 0 }
        return bodies[article].withUnsafeBufferPointer { text in
            var count = 0, i = 0
            let last = text.count - query.count
            while i <= last {
                if text[i] == first, (1..<query.count).allSatisfy({ text[i + $0] == query[$0] }) {
                    count += 1
                    i += query.count
                } else {
                    i += 1
                }
            }
            return count
        }
    }
}
