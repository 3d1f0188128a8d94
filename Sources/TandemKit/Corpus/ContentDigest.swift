/// A 128-bit fingerprint of a file's bytes: what the analysis cache is keyed by.
///
/// Two independent 64-bit hashes (FNV-1a over bytes, and a multiply–rotate mix
/// over 8-byte words) with the length: a false match between two different
/// files is far less likely than a disk error. Not cryptographic: the cache
/// only has to tell a user's own files apart.
public struct ContentDigest: Hashable, Sendable, CustomStringConvertible {
    let first: UInt64
    let second: UInt64
    let length: Int

    /// - Complexity: O(*n*), *n* the byte count.
    public init(_ bytes: UnsafeRawBufferPointer) {
        var fnv: UInt64 = 0xcbf29ce484222325
        var mix: UInt64 = 0x9E3779B97F4A7C15 ^ UInt64(bytes.count)
        var index = 0
        while index + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            mix = ((mix ^ word) &* 0xBF58476D1CE4E5B9)
            mix = (mix << 31 | mix >> 33) &* 0x94D049BB133111EB
            for shift in stride(from: 0, to: 64, by: 8) { fnv = (fnv ^ (word >> UInt64(shift) & 0xFF)) &* 0x100000001b3 }
            index += 8
        }
        while index < bytes.count {
            let byte = UInt64(bytes[index])
            mix = (mix ^ byte) &* 0xBF58476D1CE4E5B9
            fnv = (fnv ^ byte) &* 0x100000001b3
            index += 1
        }
        first = fnv
        second = mix ^ (mix >> 29)
        length = bytes.count
    }

    public init(_ bytes: [UInt8]) {
        self = bytes.withUnsafeBytes { ContentDigest($0) }
    }

    /// 32 hex digits and the length, e.g. `3f…a1-2048`.
    public var description: String {
        func hex(_ value: UInt64) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        return hex(first) + hex(second) + "-\(length)"
    }
}
