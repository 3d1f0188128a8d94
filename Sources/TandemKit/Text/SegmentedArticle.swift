/// A cleaned article split into sentences and tokens.
public struct SegmentedArticle: Sendable {
    public let clean: CleanArticle
    public let sentences: [Sentence]

    public var id: String { clean.id }

    /// The text of a sentence.
    public func text(of sentence: Sentence) -> String {
        let utf8 = Array(clean.paragraphs[sentence.paragraph].text.utf8)
        return String(decoding: utf8[sentence.textRange], as: UTF8.self)
    }

    /// The UTF-8 ranges of a sentence's tokens in its paragraph's text, in order
    /// (as link word diffs count them).
    public func tokenRanges(of sentence: Int) -> [Range<Int>] {
        sentences[sentence].tokens.map(\.range)
    }

    /// Bytes of body text: what coverage is a share of.
    public var bodyByteCount: Int { sentences.reduce(0) { $0 + $1.textRange.count } }
}

/// Splits cleaned articles into sentences and tokens.
public enum Segmenter {
    /// - Complexity: O(*n*), *n* the article's byte count.
    public static func segment(_ clean: CleanArticle) -> SegmentedArticle {
        var sentences: [Sentence] = []
        for (index, paragraph) in clean.paragraphs.enumerated() {
            // The string's own bytes, not a copy of them.
            var string = paragraph.text
            string.withUTF8 { text in
                let ranges = paragraph.kind == .heading
                    ? [0..<text.count] : SentenceSplitter.sentences(in: text)
                for range in ranges where !range.isEmpty {
                    sentences.append(Sentence(
                        paragraph: index, textRange: range, range: paragraph.sourceRange(ofText: range),
                        isHeading: paragraph.kind == .heading,
                        tokens: Tokenizer.tokens(in: text, range: range)))
                }
            }
        }
        return SegmentedArticle(clean: clean, sentences: sentences)
    }
}
