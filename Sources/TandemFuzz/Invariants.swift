import TandemKit

/// What every stage promises about what it makes, checked on arbitrary input.
///
/// Each check returns the broken promises as sentences (empty when all hold),
/// so a replay can print them and a fuzzer can stop on the first.
enum Invariants {
    /// The decoded text maps every offset back into the file.
    /// - Complexity: O(*n* log *r*), *n* the text's bytes, *r* the offset map's runs.
    static func check(_ article: Article) -> [String] {
        var problems: [String] = []
        if String(validating: article.text.utf8, as: UTF8.self) == nil { problems.append("decoded text is not UTF-8") }
        for offset in stride(from: 0, through: article.text.utf8.count, by: 1) {
            let source = article.text.offsets.sourceOffset(of: offset)
            if !(0...article.byteCount).contains(source) {
                problems.append("text offset \(offset) maps to \(source), outside the file's \(article.byteCount) bytes")
                break
            }
        }
        return problems
    }

    /// Paragraphs and removed lines point inside the file, in order.
    static func check(_ clean: CleanArticle, of article: Article) -> [String] {
        var problems: [String] = []
        var previousEnd = 0
        for (index, paragraph) in clean.paragraphs.enumerated() {
            for range in paragraph.ranges where !isInside(range, article) || range.start < previousEnd {
                problems.append("paragraph \(index) range \(range) is outside the file or before the one above it")
            }
            previousEnd = paragraph.ranges.last.map { $0.end } ?? previousEnd
            let whole = paragraph.sourceRange(ofText: 0..<paragraph.text.utf8.count)
            if !isInside(whole, article) { problems.append("paragraph \(index) text maps to \(whole)") }
            if paragraph.text.isEmpty { problems.append("paragraph \(index) is empty") }
        }
        for passage in clean.removed where !isInside(passage.range, article) {
            problems.append("removed passage range \(passage.range) is outside the file")
        }
        return problems
    }

    /// Sentences lie in their paragraphs, in reading order, with their tokens inside them.
    static func check(_ segmented: SegmentedArticle, of article: Article) -> [String] {
        var problems = check(segmented.clean, of: article)
        let paragraphs = segmented.clean.paragraphs
        var previous = (paragraph: 0, end: 0)
        for (index, sentence) in segmented.sentences.enumerated() {
            guard paragraphs.indices.contains(sentence.paragraph) else {
                problems.append("sentence \(index) is in paragraph \(sentence.paragraph) of \(paragraphs.count)")
                continue
            }
            let text = paragraphs[sentence.paragraph].text.utf8
            if sentence.textRange.upperBound > text.count || sentence.textRange.isEmpty {
                problems.append("sentence \(index) text range \(sentence.textRange) in a \(text.count)-byte paragraph")
            }
            if (sentence.paragraph, sentence.textRange.lowerBound) < previous {
                problems.append("sentence \(index) starts before the sentence above it")
            }
            previous = (sentence.paragraph, sentence.textRange.upperBound)
            if !isInside(sentence.range, article) { problems.append("sentence \(index) range \(sentence.range)") }
            for token in segmented.tokenRanges(of: index)
            where !sentence.textRange.contains(token.lowerBound) || token.upperBound > sentence.textRange.upperBound {
                problems.append("sentence \(index) has a token at \(token) outside \(sentence.textRange)")
            }
        }
        return problems
    }

    /// Links join existing sentences, point inside both files and score 0…1.
    static func check(_ alignment: Alignment, in corpus: AnalyzedCorpus, files: [Article]) -> [String] {
        var problems: [String] = []
        let counts = (corpus.articles[alignment.a].sentences.count, corpus.articles[alignment.b].sentences.count)
        for link in alignment.links {
            if link.a.upperBound >= counts.0 || link.b.upperBound >= counts.1 {
                problems.append("link \(link.a) ↔ \(link.b) beyond \(counts.0) and \(counts.1) sentences")
            }
            if !isInside(link.rangeA, files[alignment.a]) || !isInside(link.rangeB, files[alignment.b]) {
                problems.append("link \(link.a) ↔ \(link.b) ranges \(link.rangeA), \(link.rangeB)")
            }
            if !isUnit(link.score) { problems.append("link score \(link.score)") }
        }
        for share in [alignment.coverageA, alignment.coverageB, alignment.linkedShareA, alignment.linkedShareB]
        where !isUnit(share) {
            problems.append("coverage or linked share \(share) is not in 0…1")
        }
        return problems
    }

    /// Pairs and clusters name existing articles, each article in one cluster at most.
    static func check(_ result: StoryClusters.Result, articleCount: Int) -> [String] {
        var problems: [String] = []
        for pair in result.pairs where pair.a >= articleCount || pair.b >= articleCount || pair.a == pair.b {
            problems.append("pair \(pair.a)–\(pair.b) among \(articleCount) articles")
        }
        let members = result.clusters.flatMap(\.articles)
        if Set(members).count != members.count || members.contains(where: { $0 >= articleCount }) {
            problems.append("clusters \(result.clusters.map(\.articles)) overlap or name missing articles")
        }
        return problems
    }

    /// Every sentence has a check-worthiness in 0…1.
    static func check(_ scores: ClaimScores, in corpus: AnalyzedCorpus) -> [String] {
        var problems: [String] = []
        for (article, segmented) in corpus.articles.enumerated() {
            for sentence in segmented.sentences.indices {
                let score = scores.score(article: article, sentence: sentence)
                if !isUnit(score) { problems.append("article \(article) sentence \(sentence) scores \(score)") }
            }
        }
        return problems
    }

    /// Claims and their evidence name existing sentences of other articles.
    static func check(_ claims: [[Claim]], in corpus: AnalyzedCorpus) -> [String] {
        var problems: [String] = []
        func exists(_ article: Int, _ sentence: Int) -> Bool {
            corpus.articles.indices.contains(article) && corpus.articles[article].sentences.indices.contains(sentence)
        }
        for claim in claims.joined() {
            if !exists(claim.article, claim.sentence) || !isUnit(claim.score) {
                problems.append("claim \(claim.article):\(claim.sentence) scoring \(claim.score)")
            }
            for evidence in claim.corroborations + claim.conflicts
            where !exists(evidence.article, evidence.sentence) || evidence.article == claim.article {
                problems.append("claim \(claim.article):\(claim.sentence) cites \(evidence.article):\(evidence.sentence)")
            }
        }
        return problems
    }

    private static func isInside(_ range: ByteRange, _ article: Article) -> Bool {
        0 <= range.start && range.start <= range.end && range.end <= article.byteCount
    }

    private static func isUnit(_ value: Double) -> Bool { value.isFinite && (0...1).contains(value) }
}
