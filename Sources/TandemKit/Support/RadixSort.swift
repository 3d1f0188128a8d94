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
        // Bucket bounds on the stack: the per-article sorts are of a few
        // hundred keys, where four heap arrays a pass cost more than the sorting.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { ends in
            partition(keys, shift: shift, ends: ends)
            guard shift > 0 else { return }
            var start = 0
            for digit in 0..<256 {
                if ends[digit] - start > 1 {
                    sort(UnsafeMutableBufferPointer(rebasing: keys[start..<ends[digit]]), shift: shift - 8)
                }
                start = ends[digit]
            }
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
    /// swaps; `ends` receives where each digit's bucket ends.
    private static func partition(_ keys: UnsafeMutableBufferPointer<UInt64>, shift: UInt64,
                                  ends: UnsafeMutableBufferPointer<Int>) {
        @inline(__always) func bucket(of key: UInt64) -> Int { Int(truncatingIfNeeded: key >> shift) & 0xFF }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { heads in
            heads.initialize(repeating: 0)
            for key in keys { heads[bucket(of: key)] += 1 }
            var total = 0
            for digit in 0..<256 {
                let count = heads[digit]
                heads[digit] = total
                total += count
                ends[digit] = total
            }
            for digit in 0..<256 {
                while heads[digit] < ends[digit] {
                    var key = keys[heads[digit]]
                    var home = bucket(of: key)
                    while home != digit {
                        swap(&key, &keys[heads[home]])
                        heads[home] += 1
                        home = bucket(of: key)
                    }
                    keys[heads[digit]] = key
                    heads[digit] += 1
                }
            }
        }
    }
}
