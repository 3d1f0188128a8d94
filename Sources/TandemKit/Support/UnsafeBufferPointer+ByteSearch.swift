import Foundation

extension UnsafeBufferPointer where Element == UInt8 {
    /// The first index in `range` holding `byte`, found by `memchr` (which reads
    /// many bytes at a time): for the rare bytes the cleaner looks for in every
    /// line of every file.
    /// - Complexity: O(*n*), *n* the range's length.
    func firstIndex(of byte: UInt8, in range: Range<Int>) -> Int? {
        guard let base = baseAddress, !range.isEmpty,
              let found = memchr(base + range.lowerBound, Int32(byte), range.count) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Whether `range` holds `byte`.
    func contains(_ byte: UInt8, in range: Range<Int>) -> Bool {
        firstIndex(of: byte, in: range) != nil
    }
}
