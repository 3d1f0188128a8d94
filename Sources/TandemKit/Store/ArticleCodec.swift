/// A segmented article as bytes for the analysis cache, and back.
///
/// The id is not stored: the same bytes under two names are one cache entry,
/// and the article takes the id it is loaded under.
enum ArticleCodec {
    /// - Complexity: O(*n*), *n* the article's bytes and tokens.
    static func encode(_ article: SegmentedArticle) -> [UInt8] {
        var writer = ByteWriter(capacity: 4096)
        let clean = article.clean
        writer.write(clean.title)
        switch clean.titleSource {
        case .headline(let range): writer.write(byte: 0); write(range, to: &writer)
        case .lead: writer.write(byte: 1)
        case .none: writer.write(byte: 2)
        }
        writer.write(clean.byline)
        writer.write(clean.paragraphs.count)
        for paragraph in clean.paragraphs { write(paragraph, to: &writer) }
        writer.write(clean.removed.count)
        for passage in clean.removed {
            writer.write(passage.text)
            write(passage.range, to: &writer)
            writer.write(passage.reason.rawValue)
        }
        writer.write(article.sentences.count)
        for sentence in article.sentences { write(sentence, to: &writer) }
        return writer.bytes
    }

    /// Only the title (the first thing written), for listings that need nothing else.
    static func decodeTitle(_ bytes: [UInt8]) throws(ByteReader.Malformed) -> String {
        var reader = ByteReader(bytes)
        return try reader.string()
    }

    /// - Throws: `ByteReader.Malformed` for bytes this code did not write.
    static func decode(_ bytes: [UInt8], id: String) throws(ByteReader.Malformed) -> SegmentedArticle {
        var reader = ByteReader(bytes)
        let title = try reader.string()
        let titleSource: CleanArticle.TitleSource
        switch try reader.byte() {
        case 0: titleSource = .headline(try range(from: &reader))
        case 1: titleSource = .lead
        case 2: titleSource = .none
        default: throw ByteReader.Malformed()
        }
        let byline = try reader.optionalString()
        var paragraphs: [Paragraph] = []
        for _ in 0..<(try reader.count()) { paragraphs.append(try paragraph(from: &reader)) }
        var removed: [RemovedPassage] = []
        for _ in 0..<(try reader.count()) {
            let text = try reader.string()
            let range = try range(from: &reader)
            guard let reason = RemovalReason(rawValue: try reader.string()) else { throw ByteReader.Malformed() }
            removed.append(RemovedPassage(text: text, range: range, reason: reason))
        }
        var sentences: [Sentence] = []
        let sentenceCount = try reader.count()
        sentences.reserveCapacity(sentenceCount)
        for _ in 0..<sentenceCount { sentences.append(try sentence(from: &reader, paragraphs: paragraphs)) }
        guard reader.isAtEnd else { throw ByteReader.Malformed() }
        let clean = CleanArticle(id: id, title: title, titleSource: titleSource, byline: byline,
                                 paragraphs: paragraphs, removed: removed)
        return SegmentedArticle(clean: clean, sentences: sentences)
    }

    private static func write(_ range: ByteRange, to writer: inout ByteWriter) {
        writer.write(range.start)
        writer.write(range.end - range.start)
    }

    private static func range(from reader: inout ByteReader) throws(ByteReader.Malformed) -> ByteRange {
        let start = try reader.int()
        return ByteRange(start: start, end: start + (try reader.int()))
    }

    private static func write(_ paragraph: Paragraph, to writer: inout ByteWriter) {
        writer.write(byte: paragraph.kind == .heading ? 1 : 0)
        writer.write(paragraph.text)
        writer.write(paragraph.ranges.count)
        for range in paragraph.ranges { write(range, to: &writer) }
        writer.write(paragraph.offsets.runs.count)
        for run in paragraph.offsets.runs {
            writer.write(run.derived.lowerBound)
            writer.write(run.derived.count)
            writer.write(run.source.lowerBound)
            writer.write(run.source.count)
        }
        writer.write(paragraph.wordCount)
    }

    private static func paragraph(from reader: inout ByteReader) throws(ByteReader.Malformed) -> Paragraph {
        let kind: Paragraph.Kind = try reader.byte() == 1 ? .heading : .paragraph
        let text = try reader.string()
        var ranges: [ByteRange] = []
        for _ in 0..<(try reader.count()) { ranges.append(try range(from: &reader)) }
        guard !ranges.isEmpty else { throw ByteReader.Malformed() }
        var runs: [OffsetMap.Run] = []
        for _ in 0..<(try reader.count()) {
            let derived = try reader.int(), derivedCount = try reader.int()
            let source = try reader.int(), sourceCount = try reader.int()
            runs.append(OffsetMap.Run(derived: derived..<(derived + derivedCount), source: source..<(source + sourceCount)))
        }
        return Paragraph(kind: kind, text: text, ranges: ranges, offsets: OffsetMap(runs: runs),
                         wordCount: try reader.int())
    }

    private static func write(_ sentence: Sentence, to writer: inout ByteWriter) {
        writer.write(sentence.paragraph)
        writer.write(sentence.textRange.lowerBound)
        writer.write(sentence.textRange.count)
        write(sentence.range, to: &writer)
        writer.write(sentence.isHeading)
        writer.write(sentence.tokens.count)
        var previousEnd = sentence.textRange.lowerBound
        for token in sentence.tokens {
            // Tokens run forward through the sentence: small gaps, short varints.
            writer.write(signed: token.range.lowerBound - previousEnd)
            writer.write(token.range.count)
            previousEnd = token.range.upperBound
            var flags = token.kind.rawValue
            if token.isCapitalized { flags |= 0x10 }
            if token.isStopword { flags |= 0x20 }
            if token.isNegation { flags |= 0x40 }
            if token.isCharacter { flags |= 0x80 }
            writer.write(byte: flags)
            writer.write(word: token.key.value)
        }
    }

    private static func sentence(from reader: inout ByteReader, paragraphs: [Paragraph])
        throws(ByteReader.Malformed) -> Sentence {
        let paragraph = try reader.int(limit: paragraphs.count - 1)
        let start = try reader.int()
        let textRange = start..<(start + (try reader.int()))
        // Views index paragraph text by these ranges: damaged ones must not reach them.
        guard textRange.upperBound <= paragraphs[paragraph].text.utf8.count else { throw ByteReader.Malformed() }
        let range = try range(from: &reader)
        let isHeading = try reader.bool()
        let count = try reader.count()
        var tokens: [Token] = []
        tokens.reserveCapacity(count)
        var previousEnd = textRange.lowerBound
        for _ in 0..<count {
            let lower = previousEnd + (try reader.signed())
            let upper = lower + (try reader.int())
            guard lower >= textRange.lowerBound, upper <= textRange.upperBound,
                  upper - lower <= Token.maximumLength, upper <= Token.maximumOffset else { throw ByteReader.Malformed() }
            let flags = try reader.byte()
            guard let kind = Token.Kind(rawValue: flags & 0x0F) else { throw ByteReader.Malformed() }
            tokens.append(Token(range: lower..<upper, kind: kind, key: WordKey(value: try reader.word()),
                                isCapitalized: flags & 0x10 != 0, isStopword: flags & 0x20 != 0,
                                isNegation: flags & 0x40 != 0, isCharacter: flags & 0x80 != 0))
            previousEnd = upper
        }
        return Sentence(paragraph: paragraph, textRange: textRange, range: range, isHeading: isHeading, tokens: tokens)
    }
}

extension SegmentedArticle {
    /// The article in the analysis cache's byte format (without its id).
    public var cacheBytes: [UInt8] { ArticleCodec.encode(self) }

    /// An article read back from the analysis cache's format; nil for bytes
    /// this version of Tandem did not write.
    public init?(cacheBytes: [UInt8], id: String) {
        guard let article = try? ArticleCodec.decode(cacheBytes, id: id) else { return nil }
        self = article
    }
}
