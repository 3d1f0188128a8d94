/// Cleans articles: finds the title and byline, removes page chrome, undoes
/// conversion residue and rejoins paragraphs split at page breaks, keeping every
/// paragraph's byte ranges in the original file.
///
/// The rules are general (the shape of a line, its position, repetition within
/// the document, small phrase lists for common chrome) and run as stages over
/// one `Draft`; each stage is testable alone.
public struct Cleaner: Sendable {
    public init() {}

    /// - Complexity: O(*n*), *n* the article's byte count.
    public func clean(_ article: Article) -> CleanArticle {
        article.text.utf8.withUnsafeBufferPointer { text in
            let lines = SourceLine.lines(of: text)
            let texQuotes = Self.usesTeXQuotes(text)
            let units = UnitBuilder(text: text, lines: lines, texQuotes: texQuotes).units()
            var draft = Draft(units: units)
            BylineRule.apply(to: &draft)
            SignOffRule.apply(to: &draft)
            FurnitureRule.apply(to: &draft)
            CaptionRule.apply(to: &draft)
            RepetitionRule.apply(to: &draft)
            AuthorBioRule.apply(to: &draft)
            TailRule.apply(to: &draft)
            TitleRule.apply(to: &draft)
            return ArticleAssembler(draft: draft, article: article).assemble()
        }
    }

    /// Cleans every article of a corpus on all cores (as child tasks of the
    /// calling task), in order.
    /// - Throws: `CancellationError` when the calling task is cancelled.
    public func clean(_ corpus: Corpus) async throws -> [CleanArticle] {
        try await corpus.articles.concurrentMap { clean($0) }
    }

    /// Old wire copy writes ``quotes like this''.
    private static func usesTeXQuotes(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        // Backquotes are rare: skipped to one by one.
        while i + 1 < text.count, let found = text.firstIndex(of: 0x60, in: i..<(text.count - 1)) {
            if text[found + 1] == 0x60 { return true }
            i = found + 1
        }
        return false
    }
}
