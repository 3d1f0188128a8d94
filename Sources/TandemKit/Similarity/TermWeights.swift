import Foundation

/// How informative each stem is in a collection: inverse document frequency,
/// scaled to 0…1 so that scores mean the same in a corpus of ten sentences
/// or ten thousand. Function words weigh nothing.
struct TermWeights: Sendable {
    private var frequencies = WordKeyTable<Int>()
    private(set) var documentCount = 0

    init() {}

    /// Counts each stem once per document (here: per sentence).
    mutating func addDocument(_ stems: some Sequence<WordKey>) {
        documentCount += 1
        var sorted = Array(stems)
        sorted.sort { $0.value < $1.value }
        for (index, stem) in sorted.enumerated() where index == 0 || sorted[index - 1] != stem {
            frequencies[stem, default: 0] += 1
        }
    }

    /// log((N + 1) / (df + 0.5)) / log(N + 1), at least a floor so that a word
    /// in every sentence still counts a little; a word never seen weighs 1.
    func weight(of stem: WordKey) -> Double {
        let n = Double(documentCount)
        let df = Double(frequencies[stem] ?? 0)
        guard n > 1 else { return 1 }
        let weight = log((n + 1) / (df + 0.5)) / log(n + 1)
        return min(1, max(0.05, weight))
    }
}
