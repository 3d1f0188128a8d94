/// Text assembled from pieces of a source text, with the map back to the source.
///
/// Cleaning builds every paragraph this way: copied runs keep their place, dropped
/// markup leaves a jump in the map, and inserted characters (a joining space, a
/// decoded entity) map to where they stand in for something.
struct MappedText: Sendable {
    private(set) var utf8: [UInt8] = []
    private var mapBuilder = OffsetMapBuilder()

    var map: OffsetMap { mapBuilder.map }
    var isEmpty: Bool { utf8.isEmpty }

    /// Copies `range` of `source` (the source's own offsets).
    mutating func appendCopy(of range: Range<Int>, from source: UnsafeBufferPointer<UInt8>) {
        guard !range.isEmpty else { return }
        mapBuilder.addCopy(derived: utf8.count, source: range.lowerBound, length: range.count)
        utf8.append(contentsOf: UnsafeBufferPointer(rebasing: source[range]))
    }

    /// Appends `bytes` that stand for the source bytes `sourceRange` (an entity, a
    /// TeX quote) or, when that range is empty, for nothing there (a joining space).
    mutating func appendInserted(_ bytes: [UInt8], standingFor sourceRange: Range<Int>) {
        guard !bytes.isEmpty else { return }
        mapBuilder.addReplacement(derived: utf8.count..<(utf8.count + bytes.count), source: sourceRange)
        utf8.append(contentsOf: bytes)
    }

    /// Appends another mapped text (whose map points into the same source).
    mutating func append(_ other: MappedText) {
        let base = utf8.count
        for run in other.map.runs {
            let derived = (base + run.derived.lowerBound)..<(base + run.derived.upperBound)
            if run.isCopy {
                mapBuilder.addCopy(derived: derived.lowerBound, source: run.source.lowerBound, length: derived.count)
            } else {
                mapBuilder.addReplacement(derived: derived, source: run.source)
            }
        }
        utf8.append(contentsOf: other.utf8)
    }

    var lastByte: UInt8? { utf8.last }

    /// Removes trailing ASCII spaces (left by dropped markup at a line end).
    mutating func trimTrailingSpaces() {
        while utf8.last == 0x20 { utf8.removeLast() }
        mapBuilder.truncate(to: utf8.count)
    }
}
