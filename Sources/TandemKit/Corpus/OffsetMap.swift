/// Maps byte offsets in a derived UTF-8 text back to byte offsets in the text it came from.
///
/// The map is a list of runs, each a derived range and the source range it came
/// from: a *copy* (same length, offsets advance together) or a *replacement*
/// (a decoded `£`, an entity, a curly quote standing for ``; lengths differ and
/// only the run's ends correspond). Offsets between runs, where markup was
/// dropped, belong to no run: a range ending before dropped markup ends before it.
///
/// Invariant: runs are sorted, their derived ranges contiguous and non-empty.
public struct OffsetMap: Sendable, Equatable {
    struct Run: Equatable, Sendable {
        let derived: Range<Int>
        let source: Range<Int>
        var isCopy: Bool { derived.count == source.count }
    }

    private(set) var runs: [Run]

    /// The whole text copied, shifted by a constant (a byte-order mark, say).
    public static func shifted(by shift: Int) -> OffsetMap {
        OffsetMap(runs: [Run(derived: 0..<unbounded, source: shift..<(shift + unbounded))])
    }

    /// Longer than any text Tandem reads; keeps the last run open-ended without overflow.
    static let unbounded = Int.max / 4

    /// The source offset where the character at `derived` starts.
    /// - Complexity: O(log *r*), *r* the number of runs.
    public func sourceOffset(of derived: Int) -> Int {
        guard let run = run(containing: derived) else { return fallback(derived) }
        return run.isCopy ? run.source.lowerBound + (derived - run.derived.lowerBound) : run.source.lowerBound
    }

    /// The source offset just past the character that ends at `derived`.
    public func sourceEnd(of derived: Int) -> Int {
        guard derived > 0, let run = run(containing: derived - 1) else { return sourceOffset(of: derived) }
        if derived == run.derived.upperBound || !run.isCopy { return run.source.upperBound }
        return run.source.lowerBound + (derived - run.derived.lowerBound)
    }

    /// The source range of a derived range whose ends fall on character boundaries.
    public func sourceRange(of derived: Range<Int>) -> ByteRange {
        let start = sourceOffset(of: derived.lowerBound)
        guard !derived.isEmpty else { return ByteRange(start: start, end: start) }
        return ByteRange(start: start, end: max(start, sourceEnd(of: derived.upperBound)))
    }

    /// This map followed by `next`: derived → source → `next`'s source.
    /// - Complexity: O(*r* log *q* + *k*), *r* and *q* the run counts, *k* the runs produced.
    public func composed(with next: OffsetMap) -> OffsetMap {
        var builder = OffsetMapBuilder()
        for run in runs {
            guard run.isCopy else {
                let start = next.sourceOffset(of: run.source.lowerBound)
                builder.addReplacement(derived: run.derived,
                                       source: start..<max(start, next.sourceEnd(of: run.source.upperBound)))
                continue
            }
            var position = run.source.lowerBound
            var index = next.runIndex(containing: position) ?? 0
            while position < run.source.upperBound, index < next.runs.count {
                let inner = next.runs[index]
                let end = min(run.source.upperBound, inner.derived.upperBound)
                if end > position {
                    let derived = (run.derived.lowerBound + position - run.source.lowerBound)
                        ..< (run.derived.lowerBound + end - run.source.lowerBound)
                    if inner.isCopy {
                        let shift = inner.source.lowerBound - inner.derived.lowerBound
                        builder.addCopy(derived: derived.lowerBound, source: position + shift, length: derived.count)
                    } else {
                        builder.addReplacement(derived: derived, source: inner.source)
                    }
                }
                position = end
                index += 1
            }
        }
        return builder.map
    }

    private func run(containing derived: Int) -> Run? {
        runIndex(containing: derived).map { runs[$0] }
    }

    private func runIndex(containing derived: Int) -> Int? {
        var low = 0
        var high = runs.count - 1
        guard high >= 0, derived >= runs[0].derived.lowerBound else { return nil }
        while low < high {
            let mid = (low + high + 1) / 2
            if runs[mid].derived.lowerBound <= derived { low = mid } else { high = mid - 1 }
        }
        return runs[low].derived.contains(derived) ? low : nil
    }

    /// Past the last run (the end of the text): continue from its end.
    private func fallback(_ derived: Int) -> Int {
        guard let last = runs.last else { return derived }
        return derived >= last.derived.upperBound ? last.source.upperBound + (derived - last.derived.upperBound) : derived
    }

    #if DEBUG
    func checkInvariants() {
        for (a, b) in zip(runs, runs.dropFirst()) {
            precondition(a.derived.upperBound == b.derived.lowerBound, "derived runs must be contiguous")
        }
        precondition(runs.allSatisfy { !$0.derived.isEmpty })
    }
    #endif
}

/// Builds an `OffsetMap` from runs given in derived order, merging copies that continue each other.
struct OffsetMapBuilder: Sendable {
    private var runs: [OffsetMap.Run] = []

    mutating func addCopy(derived: Int, source: Int, length: Int) {
        guard length > 0 else { return }
        if let last = runs.last, last.isCopy, last.derived.upperBound == derived, last.source.upperBound == source {
            runs[runs.count - 1] = OffsetMap.Run(derived: last.derived.lowerBound..<(derived + length),
                                                 source: last.source.lowerBound..<(source + length))
        } else {
            runs.append(OffsetMap.Run(derived: derived..<(derived + length), source: source..<(source + length)))
        }
    }

    mutating func addReplacement(derived: Range<Int>, source: Range<Int>) {
        guard !derived.isEmpty else { return }
        runs.append(OffsetMap.Run(derived: derived, source: source))
    }

    /// Drops what lies past `length` (trailing spaces trimmed from the text).
    mutating func truncate(to length: Int) {
        while let last = runs.last, last.derived.lowerBound >= length { runs.removeLast() }
        guard let last = runs.last, last.derived.upperBound > length else { return }
        let cut = last.derived.upperBound - length
        runs[runs.count - 1] = OffsetMap.Run(
            derived: last.derived.lowerBound..<length,
            source: last.isCopy ? last.source.lowerBound..<(last.source.upperBound - cut) : last.source)
    }

    var map: OffsetMap { OffsetMap(runs: runs) }
}
