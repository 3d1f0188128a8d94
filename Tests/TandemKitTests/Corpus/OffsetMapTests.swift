import Testing
@testable import TandemKit

@Suite struct OffsetMapTests {
    @Test func shiftedMapAddsAConstant() {
        let map = OffsetMap.shifted(by: 3)
        #expect(map.sourceOffset(of: 0) == 3)
        #expect(map.sourceRange(of: 2..<7) == ByteRange(start: 5, end: 10))
    }

    @Test func contiguousCopiesMerge() {
        var builder = OffsetMapBuilder()
        builder.addCopy(derived: 0, source: 10, length: 5)
        builder.addCopy(derived: 5, source: 15, length: 3)
        builder.addCopy(derived: 8, source: 30, length: 4)
        let map = builder.map
        #expect(map.runs.count == 2)
        #expect(map.sourceOffset(of: 7) == 17)
        #expect(map.sourceOffset(of: 9) == 31)
    }

    @Test func aRangeEndsBeforeDroppedMarkup() {
        // "[ab](#) cd" → "ab cd": "ab" is source 1..<3, " cd" is source 7..<10.
        var builder = OffsetMapBuilder()
        builder.addCopy(derived: 0, source: 1, length: 2)
        builder.addCopy(derived: 2, source: 7, length: 3)
        let map = builder.map
        #expect(map.sourceRange(of: 0..<2) == ByteRange(start: 1, end: 3))
        #expect(map.sourceRange(of: 3..<5) == ByteRange(start: 8, end: 10))
    }

    @Test func aReplacementMapsAsAWhole() {
        // "&amp;x" → "&x": "&" stands for source 0..<5.
        var builder = OffsetMapBuilder()
        builder.addReplacement(derived: 0..<1, source: 0..<5)
        builder.addCopy(derived: 1, source: 5, length: 1)
        let map = builder.map
        #expect(map.sourceRange(of: 0..<1) == ByteRange(start: 0, end: 5))
        #expect(map.sourceRange(of: 0..<2) == ByteRange(start: 0, end: 6))
        #expect(map.sourceRange(of: 1..<2) == ByteRange(start: 5, end: 6))
    }

    @Test func compositionFollowsBothMaps() {
        // Paragraph text from doc 0..<2 and 10..<13; the doc is Windows-1252 after a
        // 3-byte prefix, its doc bytes 11..<13 one two-byte character from file byte 14.
        var first = OffsetMapBuilder()
        first.addCopy(derived: 0, source: 0, length: 2)
        first.addCopy(derived: 2, source: 10, length: 3)
        var second = OffsetMapBuilder()
        second.addCopy(derived: 0, source: 3, length: 11)
        second.addReplacement(derived: 11..<13, source: 14..<15)
        second.addCopy(derived: 13, source: 15, length: 10)
        let composed = first.map.composed(with: second.map)
        #expect(composed.sourceOffset(of: 0) == 3)
        #expect(composed.sourceOffset(of: 2) == 13)
        #expect(composed.sourceRange(of: 3..<5) == ByteRange(start: 14, end: 15))
        #expect(composed.sourceRange(of: 0..<5) == ByteRange(start: 3, end: 15))
    }

    @Test func truncationCutsTheLastRun() {
        var builder = OffsetMapBuilder()
        builder.addCopy(derived: 0, source: 0, length: 6)
        builder.truncate(to: 4)
        #expect(builder.map.sourceRange(of: 0..<4) == ByteRange(start: 0, end: 4))
    }
}
