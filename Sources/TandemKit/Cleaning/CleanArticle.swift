/// An article with its page furniture removed: title, byline and body paragraphs,
/// each traceable to byte ranges of the original file.
public struct CleanArticle: Sendable {
    public let id: String
    public let title: String
    /// Where the title came from: a headline line of the file, or the lead
    /// sentence when the file has no headline (wire copy, newspaper text).
    public let titleSource: TitleSource
    public let byline: String?
    public let paragraphs: [Paragraph]
    /// Every other non-blank line of the file, with the reason it was dropped.
    public let removed: [RemovedPassage]

    /// Words in the body (headings included, title not).
    public var wordCount: Int { paragraphs.reduce(0) { $0 + $1.wordCount } }

    /// Stands for an article not cleaned yet (a reader listing a large folder
    /// at once): its id as title, no body.
    public static func pending(id: String) -> CleanArticle {
        CleanArticle(id: id, title: id, titleSource: .none, byline: nil, paragraphs: [], removed: [])
    }

    public enum TitleSource: Sendable, Equatable {
        case headline(ByteRange)
        case lead
        case none
    }
}

/// A body paragraph or section heading.
public struct Paragraph: Sendable {
    public enum Kind: String, Sendable, Codable {
        case heading
        case paragraph
    }

    public let kind: Kind
    public let text: String
    /// The byte ranges of the pieces it was stitched from, in order; one range
    /// unless a page break split it.
    public let ranges: [ByteRange]
    /// Offsets in `text.utf8` → offsets in the file.
    public let offsets: OffsetMap
    public let wordCount: Int

    /// From its first byte in the file to its last.
    public var range: ByteRange { ranges.first!.union(ranges.last!) }

    /// The file range of a range of `text.utf8` offsets (character boundaries).
    public func sourceRange(ofText textRange: Range<Int>) -> ByteRange {
        offsets.sourceRange(of: textRange)
    }
}

/// A line (or block) of the file that the cleaned article leaves out.
public struct RemovedPassage: Sendable {
    public let text: String
    public let range: ByteRange
    public let reason: RemovalReason
}
