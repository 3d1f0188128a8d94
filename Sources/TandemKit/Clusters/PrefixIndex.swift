/// Where each shared shingle stands in the indexed prefixes: (article,
/// position) postings grouped by shingle id.
struct PrefixIndex: Sendable {
    /// Postings of shingle `id` are `entries[starts[id]..<starts[id + 1]]`,
    /// each the article in the top 32 bits and the position in the low ones.
    private let starts: [Int32]
    private let entries: [UInt64]

    init(_ ranked: RankedShingles, prefix: (Int) -> Int) {
        var counts = [Int32](repeating: 0, count: ranked.sharedCount + 1)
        for list in ranked.lists {
            for rank in list.prefix(prefix(list.count)) {
                let id = Int(rank & RankedShingles.idMask)
                if id < ranked.sharedCount { counts[id + 1] += 1 }
            }
        }
        for id in 0..<ranked.sharedCount { counts[id + 1] += counts[id] }
        var fill = counts
        var entries = [UInt64](repeating: 0, count: Int(counts[ranked.sharedCount]))
        for (article, list) in ranked.lists.enumerated() {
            for (place, rank) in list.prefix(prefix(list.count)).enumerated() {
                let id = Int(rank & RankedShingles.idMask)
                guard id < ranked.sharedCount else { continue }
                entries[Int(fill[id])] = UInt64(article) << 32 | UInt64(place)
                fill[id] += 1
            }
        }
        starts = counts
        self.entries = entries
    }

    func postings(of id: Int) -> ArraySlice<UInt64> {
        entries[Int(starts[id])..<Int(starts[id + 1])]
    }
}
