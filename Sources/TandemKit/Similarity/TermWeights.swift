import Foundation

/// How informative each stem is in a collection: inverse document frequency,
/// scaled to 0…1 so that scores mean the same in a corpus of ten sentences
/// or ten thousand. Function words weigh nothing.
struct TermWeights: Sendable {
    private var weights = WordKeyTable<Double>()
    private(set) var documentCount = 0

    init() {}

    /// Weights from document frequencies (here a document is a sentence): each
    /// list holds the stems of one document.
    /// - Complexity: O(*n* log *k*), *n* the stems in all, *k* per document; on
    ///   all cores, as child tasks of the calling task.
    /// - Throws: `CancellationError` when the calling task is cancelled.
    init(documents: [[WordKey]]) async throws {
        let chunks = (0..<documents.count).chunks(of: 512)
        self.init(try await chunks.concurrentMap { chunk in
            var frequencies = DocumentFrequencies()
            for document in documents[chunk] { frequencies.add(document) }
            return frequencies
        })
    }

    /// Weights from document frequencies counted in parts.
    init(_ parts: [DocumentFrequencies]) {
        var frequencies = DocumentFrequencies()
        for part in parts { frequencies.merge(part) }
        documentCount = frequencies.documentCount
        weights = WordKeyTable(minimumCapacity: frequencies.counts.count)
        for (stem, df) in frequencies.counts.entries {
            weights[stem] = Self.weight(documentFrequency: df, of: documentCount)
        }
    }

    /// log((N + 1) / (df + 0.5)) / log(N + 1), at least a floor so that a word
    /// in every sentence still counts a little; a word never seen weighs 1.
    static func weight(documentFrequency df: Int, of n: Int) -> Double {
        guard n > 1 else { return 1 }
        let weight = log((Double(n) + 1) / (Double(df) + 0.5)) / log(Double(n) + 1)
        return min(1, max(0.05, weight))
    }

    func weight(of stem: WordKey) -> Double {
        weights[stem] ?? (documentCount > 1 ? Self.weight(documentFrequency: 0, of: documentCount) : 1)
    }
}
