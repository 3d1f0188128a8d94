/// One sentence of a cleaned article (a heading counts as one sentence).
public struct Sentence: Sendable {
    /// Index of its paragraph in `CleanArticle.paragraphs`.
    public let paragraph: Int
    /// UTF-8 byte range in the paragraph's text.
    public let textRange: Range<Int>
    /// Byte range in the file.
    public let range: ByteRange
    public let isHeading: Bool
    /// Tokens, with ranges in the paragraph's text.
    let tokens: [Token]
}
