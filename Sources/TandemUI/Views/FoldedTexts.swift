import TandemKit

/// Every article's text with ASCII letters lower-cased, made once for searching
/// the bodies of a whole folder as the user types.
///
/// Only ASCII letters are folded, so that a byte search is all a keystroke
/// costs (a few milliseconds for BBC's 5 MB).
struct FoldedTexts {
    private let bodies: [[UInt8]]

    /// - Complexity: O(*n*), *n* the bytes of all the articles' paragraphs.
    init(_ articles: [CleanArticle]) {
        bodies = articles.map { article in
            var bytes: [UInt8] = []
            for paragraph in article.paragraphs {
                bytes.append(contentsOf: paragraph.text.utf8.map(Self.fold))
                bytes.append(0x0A)  // no match across paragraphs
            }
            return bytes
        }
    }

    static func fold(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    /// How often `query` occurs in the article's text, case-insensitively (ASCII).
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
