/// Maps byte offsets in a derived UTF-8 text back to byte offsets in the text it came from.
///
/// The map is piecewise linear: a list of breakpoints `(derived, source)`; an offset
/// maps through the last breakpoint at or before it, advancing in step. Copied runs
/// need one breakpoint each, so a UTF-8 file costs one breakpoint in all, and a
/// Windows-1252 file one per non-ASCII character.
///
/// Invariant: `derivedStarts` is strictly increasing and never empty.
public struct OffsetMap: Sendable, Equatable {
    var derivedStarts: [Int]
    var sourceStarts: [Int]

    /// A map that adds a constant (a byte-order mark, say) to every offset.
    public static func shifted(by shift: Int) -> OffsetMap {
        OffsetMap(derivedStarts: [0], sourceStarts: [shift])
    }

    /// The source offset of a derived offset.
    /// - Complexity: O(log *b*), *b* the number of breakpoints.
    public func sourceOffset(of derived: Int) -> Int {
        var low = 0
        var high = derivedStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if derivedStarts[mid] <= derived { low = mid } else { high = mid - 1 }
        }
        return sourceStarts[low] + (derived - derivedStarts[low])
    }

    /// The source range of a derived range whose ends fall on character boundaries.
    public func sourceRange(of derived: Range<Int>) -> ByteRange {
        let start = sourceOffset(of: derived.lowerBound)
        let end = sourceOffset(of: derived.upperBound)
        return ByteRange(start: start, end: max(start, end))
    }

    /// This map followed by `next`: derived → source → `next`'s source.
    /// - Complexity: O(*b* log *c*), *b* and *c* the breakpoint counts.
    public func composed(with next: OffsetMap) -> OffsetMap {
        var builder = OffsetMapBuilder()
        for index in derivedStarts.indices {
            let derived = derivedStarts[index]
            let source = sourceStarts[index]
            builder.add(derived: derived, source: next.sourceOffset(of: source))
            let runEnd = index + 1 < derivedStarts.count
                ? source + (derivedStarts[index + 1] - derived) : Int.max
            // Breakpoints of `next` inside this run.
            var k = next.firstBreakpoint(after: source)
            while k < next.derivedStarts.count, next.derivedStarts[k] < runEnd {
                builder.add(derived: derived + (next.derivedStarts[k] - source),
                            source: next.sourceStarts[k])
                k += 1
            }
        }
        return builder.map
    }

    private func firstBreakpoint(after offset: Int) -> Int {
        var low = 0
        var high = derivedStarts.count
        while low < high {
            let mid = (low + high) / 2
            if derivedStarts[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    #if DEBUG
    func checkInvariants() {
        precondition(!derivedStarts.isEmpty && derivedStarts.count == sourceStarts.count)
        for i in derivedStarts.indices.dropFirst() {
            precondition(derivedStarts[i - 1] < derivedStarts[i])
        }
    }
    #endif
}

/// Builds an `OffsetMap` from breakpoints given in increasing derived order,
/// dropping those that the previous run already implies.
struct OffsetMapBuilder: Sendable {
    private var derived: [Int] = []
    private var source: [Int] = []

    mutating func add(derived d: Int, source s: Int) {
        if let lastD = derived.last, let lastS = source.last {
            if lastS + (d - lastD) == s { return }
            if lastD == d {
                source[source.count - 1] = s
                return
            }
        }
        derived.append(d)
        source.append(s)
    }

    var map: OffsetMap {
        derived.isEmpty ? .shifted(by: 0) : OffsetMap(derivedStarts: derived, sourceStarts: source)
    }
}
