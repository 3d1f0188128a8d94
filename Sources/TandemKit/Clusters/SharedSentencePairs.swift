/// Pairs of articles that share several sentences, each sentence known by its
/// fingerprints (`Shingles.sentenceFingerprints`).
///
/// Three sentences in common is what copying leaves even when the rest of two
/// articles differs in length and topic mix (a short rewrite of a long report),
/// and what chance almost never does: two unrelated articles rarely share one
/// sentence, let alone three.
enum SharedSentencePairs {
    /// - Parameters:
    ///   - minimumShared: fingerprints a pair must share.
    ///   - maximumArticles: a sentence in more articles than this is boilerplate
    ///     ("Reuters contributed to this report") and joins nothing.
    /// - Complexity: O(*s* + *p*), *s* the sentences and *p* the postings of
    ///   sentences held by more than one article; counting runs as child tasks.
    /// - Throws: `CancellationError` when the calling task is cancelled.
    static func find(in corpus: AnalyzedCorpus, fingerprintsPerSentence: Int, minimumShared: Int,
                     maximumArticles: Int) async throws -> [(a: Int, b: Int)] {
        let ranked = try await RankedShingles(corpus.articles.concurrentMap {
            Shingles.sentenceFingerprints(of: $0, perSentence: fingerprintsPerSentence)
        })
        let index = PrefixIndex(ranked, prefix: { $0 })
        let count = ranked.lists.count
        let chunks = (0..<count).chunks(of: 256)
        return try await chunks.concurrentMap { chunk -> [(a: Int, b: Int)] in
            var shared = [Int32](repeating: 0, count: count)
            var touched: [Int] = []
            var found: [(a: Int, b: Int)] = []
            for x in chunk {
                for rank in ranked.lists[x] {
                    let articles = Int(rank >> RankedShingles.idBits), id = Int(rank & RankedShingles.idMask)
                    guard articles > 1, articles <= maximumArticles, id < ranked.sharedCount else { continue }
                    for posting in index.postings(of: id) {
                        let y = Int(posting >> 32)
                        guard y > x else { continue }
                        if shared[y] == 0 { touched.append(y) }
                        shared[y] += 1
                    }
                }
                for y in touched {
                    if shared[y] >= minimumShared { found.append((x, y)) }
                    shared[y] = 0
                }
                touched.removeAll(keepingCapacity: true)
            }
            return found
        }.flatMap { $0 }
    }
}
