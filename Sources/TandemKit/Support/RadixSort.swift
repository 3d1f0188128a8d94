/// Sorts 64-bit keys in place by most-significant-digit radix sort (American
/// flag sort), eight bits a pass.
///
/// In place because the keys it sorts are every shingle of a corpus: tens of
/// millions at 100,000 articles, where a second buffer of the same size would
/// be the largest allocation of the whole analysis. (`RankedShingles` splits
/// them by their top byte first and sorts the parts on all cores.)
///
/// - Complexity: O(8·*n*) at worst; random keys settle after two or three
///   passes, the small buckets left by comparison sort.
enum RadixSort {
    /// Buckets at most this large are sorted by comparison.
    private static let smallBucket = 64

    /// - Parameter topByteShared: every key has the same top byte, so the
    ///   sort starts at the next one.
    static func sort(_ keys: inout [UInt64], topByteShared: Bool = false) {
        keys.withUnsafeMutableBufferPointer { sort($0, shift: topByteShared ? 48 : 56) }
    }

    private static func sort(_ keys: UnsafeMutableBufferPointer<UInt64>, shift: UInt64) {
        guard keys.count > smallBucket else { return insertionSort(keys) }
        let buckets = partition(keys, shift: shift)
        guard shift > 0 else { return }
        for bucket in buckets where bucket.count > 1 {
            sort(UnsafeMutableBufferPointer(rebasing: keys[bucket]), shift: shift - 8)
        }
    }

    /// The fastest sort for a handful of keys (the standard sort is a merge sort).
    private static func insertionSort(_ keys: UnsafeMutableBufferPointer<UInt64>) {
        guard keys.count > 1 else { return }
        for i in 1..<keys.count {
            let key = keys[i]
            var j = i
            while j > 0, keys[j - 1] > key {
                keys[j] = keys[j - 1]
                j -= 1
            }
            keys[j] = key
        }
    }

    /// Moves each key into the bucket of its digit at `shift` by cycles of
    /// swaps; returns the buckets' ranges, in digit order.
    private static func partition(_ keys: UnsafeMutableBufferPointer<UInt64>, shift: UInt64) -> [Range<Int>] {
        var counts = [Int](repeating: 0, count: 256)
        for key in keys { counts[Int(truncatingIfNeeded: key >> shift) & 0xFF] += 1 }
        var heads = [Int](repeating: 0, count: 256)
        for digit in 1..<256 { heads[digit] = heads[digit - 1] + counts[digit - 1] }
        let ends = (0..<256).map { heads[$0] + counts[$0] }
        let buckets = (0..<256).map { heads[$0]..<ends[$0] }
        for digit in 0..<256 {
            while heads[digit] < ends[digit] {
                var key = keys[heads[digit]]
                var home = Int(truncatingIfNeeded: key >> shift) & 0xFF
                while home != digit {
                    swap(&key, &keys[heads[home]])
                    heads[home] += 1
                    home = Int(truncatingIfNeeded: key >> shift) & 0xFF
                }
                keys[heads[digit]] = key
                heads[digit] += 1
            }
        }
        return buckets
    }
}
