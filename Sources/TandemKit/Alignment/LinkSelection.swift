/// Chooses one-to-one sentence links, best first, using document order as
/// evidence. A rewrite restates passage after passage in order, so a link that
/// stands on a chain of links increasing in both texts, or next to another
/// link, needs only the link threshold, and a weaker pair next to a strong one
/// can join it; a link out on its own must be strong. Order is evidence, not a
/// requirement: a strong reordered passage is still found.
enum LinkSelection {
    /// How far a neighbouring link may be, in sentences of A and of B (a
    /// condensation skips more sentences of its source than of its own).
    static let reachA = 2
    static let reachB = 4
    /// Links in order count as evidence only when there are this many of them;
    /// two links fall in order by chance half the time.
    static let minimumChain = 3

    /// - Complexity: O(*p* log *p* + *l*²), *p* the scored pairs, *l* the links chosen.
    static func select(_ scores: PairScores, parameters: AlignmentParameters) -> [(a: Int, b: Int)] {
        // Pairs too weak to link even with support are left out before their support is read.
        let weakest = min(parameters.linkThreshold, parameters.supportedThreshold)
        let ranked = scores.all.filter { $0.score >= weakest }
        .map { pair -> (a: Int, b: Int, score: Double, support: Double) in
            (pair.a, pair.b, pair.score, support(pair.a, pair.b, in: scores))
        }
        .filter { pair in
            pair.score >= parameters.linkThreshold
                || (pair.score >= parameters.supportedThreshold && pair.support >= parameters.linkThreshold)
        }
        .sorted { lhs, rhs in
            let l = lhs.score + parameters.orderBonus * lhs.support
            let r = rhs.score + parameters.orderBonus * rhs.support
            return l != r ? l > r : (lhs.a, lhs.b) < (rhs.a, rhs.b)
        }
        var usedA = Set<Int>(), usedB = Set<Int>()
        var chosen: [(a: Int, b: Int, score: Double)] = []
        for pair in ranked where !usedA.contains(pair.a) && !usedB.contains(pair.b) {
            usedA.insert(pair.a)
            usedB.insert(pair.b)
            chosen.append((pair.a, pair.b, pair.score))
        }
        chosen.sort { ($0.a, $0.b) < ($1.a, $1.b) }
        let chain = orderedChain(chosen)
        let ordered = Set(chain.count >= minimumChain ? chain : [])
        return chosen.enumerated().filter { index, pair in
            ordered.contains(index) || pair.score >= parameters.isolatedThreshold
                || chosen.indices.contains { other in
                    other != index && isNear(chosen[other].a - pair.a, chosen[other].b - pair.b)
                }
        }.map { ($0.element.a, $0.element.b) }
    }

    /// The best score of a pair near (a, b) in the same direction on both sides.
    static func support(_ a: Int, _ b: Int, in scores: PairScores) -> Double {
        var best = 0.0
        for (da, db) in nearOffsets { best = max(best, scores[a + da, b + db]) }
        return best
    }

    /// The offsets `isNear` accepts: `support` tries only these.
    private static let nearOffsets: [(Int, Int)] = (-reachA...reachA).flatMap { da in
        (-reachB...reachB).filter { db in isNear(da, db) }.map { (da, $0) }
    }

    /// Within reach and in the same direction on both sides.
    private static func isNear(_ da: Int, _ db: Int) -> Bool {
        abs(da) <= reachA && abs(db) <= reachB && ((da == 0) != (db == 0) || (da.signum() == db.signum() && da != 0))
    }

    /// Indices of the heaviest chain of links increasing in both texts (links
    /// sorted by their position in A): the order a rewrite keeps.
    /// - Complexity: O(*l*²), *l* the links.
    static func orderedChain(_ links: [(a: Int, b: Int, score: Double)]) -> [Int] {
        guard !links.isEmpty else { return [] }
        var best = links.map(\.score)
        var previous = [Int](repeating: -1, count: links.count)
        for i in links.indices {
            for j in 0..<i where links[j].a < links[i].a && links[j].b < links[i].b && best[j] + links[i].score > best[i] {
                best[i] = best[j] + links[i].score
                previous[i] = j
            }
        }
        var index = best.indices.max { best[$0] < best[$1] }!
        var chain: [Int] = []
        while index >= 0 {
            chain.append(index)
            index = previous[index]
        }
        return chain.reversed()
    }
}
