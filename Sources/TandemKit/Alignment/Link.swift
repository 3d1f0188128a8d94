/// A pair of passages, one in each article, that say the same thing.
public struct Link: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable {
        /// The same words.
        case verbatim
        /// Mostly the same words, lightly edited.
        case nearVerbatim = "near-verbatim"
        /// The same content in other words.
        case paraphrase
    }

    /// Sentence indices of the passage in article A, and in article B.
    public let a: ClosedRange<Int>
    public let b: ClosedRange<Int>
    /// Byte ranges in the two files, from the passage's first byte to its last.
    public let rangeA: ByteRange
    public let rangeB: ByteRange
    /// 0…1: how strongly the passages restate each other.
    public let score: Double
    public let kind: Kind
    /// Which words each side kept and changed.
    public let diff: WordDiff
}
