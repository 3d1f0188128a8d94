import Foundation

/// How informative each stem is in a collection: inverse document frequency,
/// scaled to 0…1 so that scores mean the same in a corpus of ten sentences
/// or ten thousand. Function words weigh nothing.
struct TermWeights: Sendable {
    private var weights = WordKeyTable<Double>()
    private(set) var documentCount = 0

    init() {}

    /// Weights from document frequencies (here a document is a sentence): each
    /// list holds the distinct stems of one document.
    /// - Complexity: O(*n*), *n* the stems in all; counting runs on all cores.
    init(documents: [[WordKey]]) {
        let chunks = stride(from: 0, to: documents.count, by: 512).map { $0..<min($0 + 512, documents.count) }
        let partial = chunks.parallelMap { chunk -> WordKeyTable<Int> in
            var table = WordKeyTable<Int>()
            for document in documents[chunk] { for stem in document { table[stem, default: 0] += 1 } }
            return table
        }
        var frequencies = WordKeyTable<Int>()
        for table in partial { for (stem, count) in table.entries { frequencies[stem, default: 0] += count } }
        documentCount = documents.count
        weights = WordKeyTable(minimumCapacity: frequencies.count)
        for (stem, df) in frequencies.entries { weights[stem] = Self.weight(documentFrequency: df, of: documentCount) }
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
