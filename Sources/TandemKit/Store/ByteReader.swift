/// Reads what `ByteWriter` wrote. Cached bytes may be damaged or from another
/// version: every read is bounds-checked and a bad one throws, never traps.
struct ByteReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { position == bytes.count }

    mutating func uint64() throws(Malformed) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw Malformed() }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    /// A count or offset, at most `limit` (so a damaged length cannot ask for gigabytes).
    mutating func int(limit: Int = Int.max / 4) throws(Malformed) -> Int {
        let value = try uint64()
        guard limit >= 0, value <= UInt64(limit) else { throw Malformed() }
        return Int(value)
    }

    /// A signed integer of magnitude at most `Int.max / 4` (sums of two cannot overflow).
    mutating func signed() throws(Malformed) -> Int {
        let value = Int64(bitPattern: try uint64())
        let decoded = Int((value >> 1) ^ -(value & 1))
        guard decoded.magnitude <= UInt(Int.max / 4) else { throw Malformed() }
        return decoded
    }

    mutating func word() throws(Malformed) -> UInt64 {
        guard position + 8 <= bytes.count else { throw Malformed() }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[position + index]) << UInt64(index * 8) }
        position += 8
        return value
    }

    mutating func double() throws(Malformed) -> Double { Double(bitPattern: try word()) }

    mutating func bool() throws(Malformed) -> Bool { try byte() != 0 }

    mutating func byte() throws(Malformed) -> UInt8 {
        guard position < bytes.count else { throw Malformed() }
        defer { position += 1 }
        return bytes[position]
    }

    /// A count of items each at least one byte long: no more than the bytes left.
    mutating func count() throws(Malformed) -> Int {
        let value = try uint64()
        guard value <= UInt64(bytes.count - position) else { throw Malformed() }
        return Int(value)
    }

    mutating func string() throws(Malformed) -> String {
        let length = try count()
        defer { position += length }
        return String(decoding: bytes[position..<(position + length)], as: UTF8.self)
    }

    mutating func optionalString() throws(Malformed) -> String? {
        try bool() ? try string() : nil
    }
}
