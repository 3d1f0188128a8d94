/// All pairs of articles whose shingle Jaccard reaches a threshold, found exactly.
///
/// A prefix-filtered similarity join (PPJoin, Xiao et al. 2008): shingles are
/// ordered rarest first, and two sets with Jaccard ≥ *t* share a shingle among
/// the first |*x*| − ⌈*t*·|*x*|⌉ + 1 of the larger and among a shorter prefix of
/// the smaller. Only those prefixes are indexed and probed; a candidate whose
/// shared shingles so far, plus all that could follow the one just found, fall
/// short of the overlap the threshold needs is dropped at once (the positional
/// filter). Survivors are verified on the full sets, so the result is exact (up
/// to shingles that `RankedShingles` takes as one).
///
/// The positional filter is what keeps a corpus where many articles share a few
/// sentences fast: such pairs meet on a shingle, but too late in the order to
/// reach the overlap of a near-duplicate.
enum NearDuplicates {
    struct Pair: Sendable {
        let a: Int
        let b: Int
        let jaccard: Double
    }

    /// - Complexity: O(*n* + *p*), *n* the shingles in all and *p* the postings met
    ///   while probing prefixes; probing runs as child tasks of the calling task.
    /// - Throws: `CancellationError` when the calling task is cancelled.
    static func find(_ ranked: RankedShingles, threshold: Double) async throws -> [Pair] {
        let sizes = ranked.lists.map(\.count)
        // Each pair is probed once, from its larger member (ties by index).
        let order = sizes.indices.sorted { (sizes[$0], $0) < (sizes[$1], $1) }
        var places = [Int32](repeating: 0, count: sizes.count)
        for (place, article) in order.enumerated() { places[article] = Int32(place) }
        let position = places
        let index = PrefixIndex(ranked, prefix: { indexPrefix(of: $0, threshold: threshold) })
        let chunks = (0..<order.count).chunks(of: 256)
        let pairs = try await chunks.concurrentMap { chunk -> [Pair] in
            var probe = Probe(count: sizes.count)
            var found: [Pair] = []
            for place in chunk {
                let x = order[place]
                for y in probe.candidates(of: x, ranked: ranked, index: index, position: position, threshold: threshold) {
                    let jaccard = ranked.jaccard(x, y)
                    if jaccard >= threshold { found.append(Pair(a: min(x, y), b: max(x, y), jaccard: jaccard)) }
                }
            }
            return found
        }
        return pairs.flatMap { $0 }.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
    }

    /// The overlap two sets of these sizes need for Jaccard ≥ `threshold`,
    /// rounded down a hair so that floating point never raises it.
    static func requiredOverlap(_ x: Int, _ y: Int, threshold: Double) -> Int {
        Int((threshold / (1 + threshold) * Double(x + y) - 1e-9).rounded(.up))
    }

    /// The leading shingles of a set among which it shares one with any partner
    /// it reaches the threshold with: the overlap must be at least *t*·|set|.
    static func probePrefix(of size: Int, threshold: Double) -> Int {
        min(size, size - Int((threshold * Double(size) - 1e-9).rounded(.up)) + 1)
    }

    /// The same for partners at least as large (the ones that probe it): the
    /// overlap must then be at least 2*t*/(1 + *t*) of this set, so fewer
    /// shingles are indexed than probed.
    static func indexPrefix(of size: Int, threshold: Double) -> Int {
        min(size, size - requiredOverlap(size, size, threshold: threshold) + 1)
    }
}

/// One worker's scratch for probing: shared-shingle counts per article, reset
/// after each probe.
private struct Probe {
    /// Shingles met so far per candidate; -1 once the positional filter dropped it.
    private var overlap: [Int32]
    private var touched: [Int] = []

    init(count: Int) { overlap = [Int32](repeating: 0, count: count) }

    /// Articles probed before `x` (not larger) that may reach the threshold with it.
    mutating func candidates(of x: Int, ranked: RankedShingles, index: PrefixIndex, position: [Int32],
                             threshold: Double) -> [Int] {
        let list = ranked.lists[x]
        let size = list.count
        let lowest = Int((threshold * Double(size) - 1e-9).rounded(.up))
        for (i, rank) in list.prefix(NearDuplicates.probePrefix(of: size, threshold: threshold)).enumerated() {
            let id = Int(rank & RankedShingles.idMask)
            guard id < ranked.sharedCount else { continue }
            for posting in index.postings(of: id) {
                let y = Int(posting >> 32), j = Int(posting & 0xFFFF_FFFF)
                guard position[y] < position[x], overlap[y] >= 0 else { continue }
                let other = ranked.lists[y].count
                guard other >= lowest else { continue } // too small to reach the threshold
                if overlap[y] == 0 { touched.append(y) }
                let reachable = Int(overlap[y]) + 1 + min(size - i - 1, other - j - 1)
                overlap[y] = reachable >= NearDuplicates.requiredOverlap(size, other, threshold: threshold)
                    ? overlap[y] + 1 : -1
            }
        }
        let found = touched.filter { overlap[$0] > 0 }
        for y in touched { overlap[y] = 0 }
        touched.removeAll(keepingCapacity: true)
        return found
    }
}
