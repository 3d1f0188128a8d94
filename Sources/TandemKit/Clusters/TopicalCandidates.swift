import Foundation

/// Pairs of articles about the same thing, whatever their wording: each article
/// is summed up by its most distinctive content words (TF-IDF over the corpus's
/// articles), and pairs whose summaries agree enough are worth aligning.
enum TopicalCandidates {
    /// Terms kept per article.
    static let termsPerArticle = 30

    /// - Complexity: O(*n* + *t*·*p*), *n* the corpus's tokens, *t* the terms kept and
    ///   *p* the length of their posting lists; on all cores, as child tasks.
    /// - Throws: `CancellationError` when the calling task is cancelled.
    static func find(in corpus: AnalyzedCorpus, threshold: Double) async throws -> [(a: Int, b: Int, cosine: Double)] {
        let counts = try await corpus.articles.concurrentMap { article -> [(WordKey, Int)] in
            var table = WordKeyTable<Int>()
            for sentence in article.sentences {
                ContentStems.visit(sentence.tokens, lexicon: corpus.lexicon) { stem, _, _ in table[stem, default: 0] += 1 }
            }
            return table.entries.map { ($0.key, $0.value) }
        }
        var frequencies = WordKeyTable<Int>()
        for terms in counts { for (term, _) in terms { frequencies[term, default: 0] += 1 } }
        let documentFrequency = frequencies
        let n = Double(corpus.articles.count)
        let vectors = try await counts.concurrentMap { terms -> [(WordKey, Double)] in
            var weighted = terms.compactMap { term, count -> (WordKey, Double)? in
                let df = Double(documentFrequency[term] ?? 1)
                // A term in every article tells nothing; one in a single article links nothing.
                guard df > 1, df < n else { return nil }
                return (term, (1 + log(Double(count))) * log(n / df))
            }
            // Ties broken by the term, not by where a hash table happened to put it.
            weighted.sort { ($0.1, $1.0.value) > ($1.1, $0.0.value) }
            let top = weighted.prefix(termsPerArticle)
            let norm = top.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
            return norm > 0 ? top.map { ($0.0, $0.1 / norm) } : []
        }
        var index = WordKeyTable<[(article: Int32, weight: Double)]>()
        for (article, vector) in vectors.enumerated() {
            for (term, weight) in vector { index[term, default: []].append((Int32(article), weight)) }
        }
        let postings = index
        // Each worker accumulates dot products in a dense scratch row, a chunk of articles at a time.
        let count = vectors.count
        let chunks = (0..<count).chunks(of: 64)
        let pairs = try await chunks.concurrentMap { chunk -> [(a: Int, b: Int, cosine: Double)] in
            var dot = [Double](repeating: 0, count: count)
            var touched: [Int] = []
            var found: [(a: Int, b: Int, cosine: Double)] = []
            for article in chunk {
                for (term, weight) in vectors[article] {
                    for posting in postings[term] ?? [] where Int(posting.article) > article {
                        let other = Int(posting.article)
                        if dot[other] == 0 { touched.append(other) }
                        dot[other] += weight * posting.weight
                    }
                }
                for other in touched {
                    if dot[other] >= threshold { found.append((article, other, dot[other])) }
                    dot[other] = 0
                }
                touched.removeAll(keepingCapacity: true)
            }
            return found
        }
        return pairs.flatMap { $0 }.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
    }
}
