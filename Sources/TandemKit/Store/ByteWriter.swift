/// Appends values to a byte buffer in the analysis cache's format: unsigned
/// LEB128 varints, zigzag for signed numbers, raw little-endian 64-bit words,
/// length-prefixed UTF-8.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func write(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// Non-negative integers (offsets, counts): a plain varint.
    mutating func write(_ value: Int) {
        precondition(value >= 0, "ByteWriter.write(Int) takes counts and offsets")
        write(UInt64(value))
    }

    /// Integers that may be negative: zigzag, so small magnitudes stay short.
    mutating func write(signed value: Int) {
        write(UInt64(bitPattern: Int64((value << 1) ^ (value >> 63))))
    }

    mutating func write(word: UInt64) {
        withUnsafeBytes(of: word.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: Double) { write(word: value.bitPattern) }

    mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func write(byte: UInt8) { bytes.append(byte) }

    mutating func write(_ string: String) {
        write(string.utf8.count)
        bytes.append(contentsOf: string.utf8)
    }

    mutating func write(_ string: String?) {
        write(string != nil)
        if let string { write(string) }
    }
}
