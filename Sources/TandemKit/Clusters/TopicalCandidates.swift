import Foundation

/// Pairs of articles about the same thing, whatever their wording: each article
/// is summed up by its most distinctive content words (TF-IDF over the corpus's
/// articles), and pairs whose summaries agree enough are worth aligning.
enum TopicalCandidates {
    /// Terms kept per article.
    static let termsPerArticle = 30

    /// - Complexity: O(*n* log *k* + *t*·*p*), *n* the corpus's tokens, *k* an
    ///   article's distinct terms, *t* the terms kept and *p* the length of their
    ///   posting lists; on all cores, as child tasks.
    /// - Throws: `CancellationError` when the calling task is cancelled.
    static func find(in corpus: AnalyzedCorpus, threshold: Double) async throws -> [(a: Int, b: Int, cosine: Double)] {
        let counts = try await corpus.articles.concurrentMap { termCounts(of: $0, lexicon: corpus.lexicon) }
        var frequencies = WordKeyTable<Int>(minimumCapacity: 1 << 16)
        for terms in counts { for term in terms { frequencies.update(term.key, default: 0) { $0 += 1 } } }
        let documentFrequency = frequencies
        let vectors = try await counts.concurrentMap {
            topTerms($0, documentFrequency: documentFrequency, articleCount: counts.count)
        }
        let postings = Postings(vectors)
        // Each worker accumulates dot products in a dense scratch row, a chunk of articles at a time.
        let pairs = try await (0..<vectors.count).chunks(of: 64).concurrentMap { chunk in
            postings.pairs(of: chunk, threshold: threshold)
        }
        return pairs.flatMap { $0 }.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
    }

    /// How often each content stem occurs in an article, by stem.
    /// - Complexity: O(*n* log *n*), *n* the article's tokens: a sort is cheaper
    ///   than a hash table for the few hundred stems of an article.
    private static func termCounts(of article: SegmentedArticle, lexicon: Lexicon) -> [(key: WordKey, count: Int)] {
        var stems: [UInt64] = []
        for sentence in article.sentences {
            ContentStems.visit(sentence.tokens, lexicon: lexicon) { stem, _, _ in stems.append(stem.value) }
        }
        RadixSort.sort(&stems)
        var counts: [(key: WordKey, count: Int)] = []
        var start = 0
        while start < stems.count {
            var end = start + 1
            while end < stems.count, stems[end] == stems[start] { end += 1 }
            counts.append((WordKey(value: stems[start]), end - start))
            start = end
        }
        return counts
    }

    /// The article's `termsPerArticle` heaviest terms by TF-IDF, as a unit vector.
    private static func topTerms(_ terms: [(key: WordKey, count: Int)], documentFrequency: WordKeyTable<Int>,
                                 articleCount: Int) -> [(term: WordKey, weight: Double)] {
        let n = Double(articleCount)
        var top = TopTerms(capacity: termsPerArticle)
        for (term, count) in terms {
            let df = Double(documentFrequency[term] ?? 1)
            // A term in every article tells nothing; one in a single article links nothing.
            guard df > 1, df < n else { continue }
            top.offer(term, weight: (1 + log(Double(count))) * log(n / df))
        }
        let norm = top.terms.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
        return norm > 0 ? top.terms.map { ($0.term, $0.weight / norm) } : []
    }
}

/// The heaviest terms offered, heaviest first; ties broken by the term, not by
/// the order they came in.
private struct TopTerms {
    let capacity: Int
    private(set) var terms: [(term: WordKey, weight: Double)] = []

    init(capacity: Int) {
        self.capacity = capacity
        terms.reserveCapacity(capacity + 1)
    }

    /// - Complexity: O(*k*), *k* the capacity; most terms are lighter than the
    ///   lightest kept and cost one comparison.
    mutating func offer(_ term: WordKey, weight: Double) {
        func precedes(_ x: (term: WordKey, weight: Double), _ y: (term: WordKey, weight: Double)) -> Bool {
            x.weight > y.weight || (x.weight == y.weight && x.term.value < y.term.value)
        }
        let entry = (term: term, weight: weight)
        if terms.count == capacity {
            guard precedes(entry, terms[capacity - 1]) else { return }
            terms.removeLast()
        }
        var index = terms.count
        while index > 0, precedes(entry, terms[index - 1]) { index -= 1 }
        terms.insert(entry, at: index)
    }
}

/// Which articles keep each term, and with what weight: an inverted index of
/// the article vectors, terms numbered densely so that no hashing is left in
/// the dot products.
private struct Postings: Sendable {
    /// Each article's vector, terms as indices into `lists`.
    private var vectors: [[(term: Int32, weight: Double)]] = []
    /// Per term, (article, weight) in increasing article order.
    private var lists: [[(article: Int32, weight: Double)]] = []

    init(_ vectors: [[(term: WordKey, weight: Double)]]) {
        var numbers = WordKeyTable<Int32>(minimumCapacity: 1 << 14)
        for (article, vector) in vectors.enumerated() {
            self.vectors.append(vector.map { term, weight in
                let number = numbers[term] ?? {
                    numbers[term] = Int32(lists.count)
                    lists.append([])
                    return Int32(lists.count - 1)
                }()
                lists[Int(number)].append((Int32(article), weight))
                return (number, weight)
            })
        }
    }

    /// The pairs (a, b), a in `chunk` and b after a, whose cosine reaches `threshold`.
    /// - Complexity: O(*t*·*p*), *t* the chunk's terms and *p* their posting lengths.
    func pairs(of chunk: Range<Int>, threshold: Double) -> [(a: Int, b: Int, cosine: Double)] {
        var dot = [Double](repeating: 0, count: vectors.count)
        var touched: [Int] = []
        var found: [(a: Int, b: Int, cosine: Double)] = []
        for article in chunk {
            for (term, weight) in vectors[article] {
                let list = lists[Int(term)]
                // Lists are in article order: the later articles are a suffix.
                var low = 0, high = list.count
                while low < high {
                    let middle = (low + high) / 2
                    if Int(list[middle].article) > article { high = middle } else { low = middle + 1 }
                }
                for posting in list[low...] {
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
}
