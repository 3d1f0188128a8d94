import Testing
@testable import TandemKit

@Suite struct ByteSearchTests {
    @Test func findsTheFirstByteInsideTheRangeOnly() {
        let bytes = Array("a:b:c".utf8)
        bytes.withUnsafeBufferPointer { text in
            #expect(text.firstIndex(of: 0x3A, in: 0..<5) == 1)
            #expect(text.firstIndex(of: 0x3A, in: 2..<5) == 3)
            #expect(text.firstIndex(of: 0x3A, in: 4..<5) == nil)
            #expect(text.firstIndex(of: 0x3A, in: 2..<2) == nil)
            #expect(text.contains(0x63, in: 0..<5) && !text.contains(0x63, in: 0..<4))
        }
    }
}
