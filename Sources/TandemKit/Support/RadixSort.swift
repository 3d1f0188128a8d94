/// Sorts 64-bit keys by least-significant-digit radix sort, eight bits a pass.
///
/// - Complexity: O(8·*n*), against O(*n* log *n*) comparisons; for the millions
///   of shingle keys of a large corpus this is several times faster.
enum RadixSort {
    static func sort(_ keys: inout [UInt64]) {
        guard keys.count > 256 else { keys.sort(); return }
        var buffer = [UInt64](repeating: 0, count: keys.count)
        keys.withUnsafeMutableBufferPointer { source in
            buffer.withUnsafeMutableBufferPointer { target in
                var from = source, to = target
                for shift in stride(from: 0, to: 64, by: 8) {
                    var counts = [Int](repeating: 0, count: 257)
                    for key in from { counts[Int((key >> UInt64(shift)) & 0xFF) + 1] += 1 }
                    if counts[1...].contains(from.count) { continue } // every key has this digit
                    for i in 1...256 { counts[i] += counts[i - 1] }
                    for key in from {
                        let digit = Int((key >> UInt64(shift)) & 0xFF)
                        to[counts[digit]] = key
                        counts[digit] += 1
                    }
                    swap(&from, &to)
                }
                if from.baseAddress != source.baseAddress {
                    _ = source.update(fromContentsOf: from)
                }
            }
        }
    }
}
