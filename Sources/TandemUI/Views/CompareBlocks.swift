import TandemKit

/// The rows of a side-by-side comparison, before wrapping: blocks whose two
/// sides stand on the same rows.
///
/// The leading article flows in its own order. Each link's passages face each
/// other; a sentence of the leading article with no counterpart faces nothing;
/// a run of the other article with no counterpart stands, dimmed, after the
/// passage that precedes it in its own article, so nothing is hidden. A linked
/// passage of the other article that comes from elsewhere in its own order is
/// marked with where it sits.
struct CompareBlocks {
    struct Block: Equatable {
        var lead: [Int]
        var other: [Int]
        /// The link shown, by index in the alignment.
        var link: Int?
        /// The other side's passage is out of its own order.
        var outOfOrder = false
    }

    let blocks: [Block]

    /// - Parameter leadIsA: the leading article is the alignment's A.
    init(alignment: Alignment, leadIsA: Bool, leadCount: Int, otherCount: Int) {
        let lead = { (link: Link) in leadIsA ? link.a : link.b }
        let other = { (link: Link) in leadIsA ? link.b : link.a }
        let order = alignment.links.indices.sorted { lead(alignment.links[$0]).lowerBound < lead(alignment.links[$1]).lowerBound }
        var blocks: [Block] = []
        var next = 0
        for index in order {
            let link = alignment.links[index]
            for sentence in next..<lead(link).lowerBound { blocks.append(Block(lead: [sentence], other: [])) }
            blocks.append(Block(lead: Array(lead(link)), other: Array(other(link)), link: index))
            next = lead(link).upperBound + 1
        }
        for sentence in next..<max(next, leadCount) { blocks.append(Block(lead: [sentence], other: [])) }
        Self.markOutOfOrder(&blocks)
        Self.placeUnlinked(&blocks, otherCount: otherCount)
        self.blocks = blocks
    }

    /// A linked passage whose place in its own article goes back from the one before.
    private static func markOutOfOrder(_ blocks: inout [Block]) {
        var furthest = -1
        for index in blocks.indices where blocks[index].link != nil {
            let start = blocks[index].other.first!
            if start < furthest { blocks[index].outOfOrder = true } else { furthest = blocks[index].other.last! }
        }
    }

    /// Unlinked runs of the other article go after the block of the linked
    /// sentence just before them in its own order (or first, if none).
    private static func placeUnlinked(_ blocks: inout [Block], otherCount: Int) {
        var linked = [Int: Int]() // other sentence → block
        for (index, block) in blocks.enumerated() where block.link != nil { for s in block.other { linked[s] = index } }
        var runs: [(after: Int?, sentences: [Int])] = []
        var sentence = 0
        while sentence < otherCount {
            guard linked[sentence] == nil else { sentence += 1; continue }
            var run: [Int] = []
            while sentence < otherCount, linked[sentence] == nil { run.append(sentence); sentence += 1 }
            let before = run.first! > 0 ? linked[run.first! - 1] : nil
            runs.append((before, run))
        }
        // Insert at decreasing positions so earlier indices stay valid; of runs
        // after the same block, the later goes in first so they keep their order.
        let ordered = runs.enumerated().sorted { ($0.element.after ?? -1, $0.offset) > ($1.element.after ?? -1, $1.offset) }
        for (_, run) in ordered {
            blocks.insert(Block(lead: [], other: run.sentences), at: run.after.map { $0 + 1 } ?? 0)
        }
    }
}
