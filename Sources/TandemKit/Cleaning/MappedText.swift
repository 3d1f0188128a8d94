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
        mapBuilder.add(derived: utf8.count, source: range.lowerBound)
        utf8.append(contentsOf: UnsafeBufferPointer(rebasing: source[range]))
    }

    /// Appends `bytes` that stand for the source at `sourceOffset`.
    mutating func appendInserted(_ bytes: [UInt8], standingFor sourceOffset: Int) {
        guard !bytes.isEmpty else { return }
        mapBuilder.add(derived: utf8.count, source: sourceOffset)
        utf8.append(contentsOf: bytes)
        // The next copy adds its own breakpoint; a long insertion must not drift.
        mapBuilder.add(derived: utf8.count, source: sourceOffset + 1)
    }

    /// Appends another mapped text (whose map points into the same source).
    mutating func append(_ other: MappedText) {
        let base = utf8.count
        let map = other.map
        for index in map.derivedStarts.indices {
            mapBuilder.add(derived: base + map.derivedStarts[index], source: map.sourceStarts[index])
        }
        utf8.append(contentsOf: other.utf8)
    }

    var lastByte: UInt8? { utf8.last }

    /// Removes trailing ASCII spaces (left by dropped markup at a line end).
    mutating func trimTrailingSpaces() {
        while utf8.last == 0x20 { utf8.removeLast() }
    }
}
