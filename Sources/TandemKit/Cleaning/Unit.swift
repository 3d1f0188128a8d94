/// A candidate paragraph: one line, or several that a hard wrap split.
///
/// Units are what the cleaning rules judge: each ends up as the title, a kept
/// paragraph or heading, or a removed passage with a reason.
struct Unit: Sendable {
    /// The trimmed source lines it spans, as ranges of the decoded text.
    let pieces: [Range<Int>]
    /// The cleaned text and its map back to the decoded text.
    let text: MappedText
    /// A Markdown heading level from `#` or an underline.
    var headingLevel: Int?
    /// Index of the blank-line-separated block it sits in.
    let block: Int

    /// From the first byte of its first line to the last of its last line.
    var sourceSpan: Range<Int> { pieces.first!.lowerBound..<pieces.last!.upperBound }

    var string: String { String(decoding: text.utf8, as: UTF8.self) }
}
