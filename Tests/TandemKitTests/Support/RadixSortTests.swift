import Testing
import TestSupport
@testable import TandemKit

@Suite struct RadixSortTests {
    /// Random keys, keys sharing their top bytes (deep buckets), many repeats,
    /// and sizes around the comparison-sort cut-off.
    @Test(arguments: [0, 1, 63, 65, 1_000, 100_000] as [Int])
    func sortsLikeTheStandardLibrary(count: Int) {
        var random = SplitMix64(seed: UInt64(count) + 7)
        let shapes: [[UInt64]] = [
            (0..<count).map { _ in random.next() },
            (0..<count).map { _ in 0xABCD_EF00_0000_0000 | random.next() % 5_000 },
            (0..<count).map { _ in random.next() % 3 << 60 },
        ]
        for keys in shapes {
            var sorted = keys
            RadixSort.sort(&sorted)
            #expect(sorted == keys.sorted())
        }
    }
}
