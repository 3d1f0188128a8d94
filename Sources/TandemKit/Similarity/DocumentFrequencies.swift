/// How many documents hold each stem, counted one document at a time so that no
/// list of every document's stems is ever kept (a large corpus has millions of
/// sentences).
struct DocumentFrequencies: Sendable {
    private(set) var counts = WordKeyTable<Int>()
    private(set) var documentCount = 0
    private var scratch: [UInt64] = []

    init() {}

    /// Counts one document; its stems may repeat.
    /// - Complexity: O(*k* log *k*), *k* the stems given.
    mutating func add(_ stems: some Sequence<WordKey>) {
        scratch.removeAll(keepingCapacity: true)
        for stem in stems { scratch.append(stem.value) }
        countScratch()
    }

    /// Adds a sentence by its content stems (see `ContentStems`).
    mutating func add(contentOf tokens: [Token], lexicon: Lexicon) {
        // The buffer is moved out and back: the closure may not write to `self` while `self` is being changed.
        var stems = scratch
        scratch = []
        stems.removeAll(keepingCapacity: true)
        ContentStems.visit(tokens, lexicon: lexicon) { stem, _, _ in stems.append(stem.value) }
        scratch = stems
        countScratch()
    }

    private mutating func countScratch() {
        documentCount += 1
        RadixSort.sort(&scratch)
        for (index, stem) in scratch.enumerated() where index == 0 || scratch[index - 1] != stem {
            counts.update(WordKey(value: stem), default: 0) { $0 += 1 }
        }
    }

    /// Adds the counts of documents counted elsewhere.
    mutating func merge(_ other: DocumentFrequencies) {
        documentCount += other.documentCount
        for (stem, count) in other.counts.entries { counts.update(stem, default: 0) { $0 += count } }
    }
}
