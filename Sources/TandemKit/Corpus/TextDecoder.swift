/// Turns a file's bytes into UTF-8 text, keeping the way back to the bytes.
///
/// UTF-8 (with or without a byte-order mark) is taken as it is; UTF-16 is read
/// when a byte-order mark announces it; anything else that is not valid UTF-8 is
/// read as Windows-1252, the usual encoding of older news files, so `£` stays `£`
/// — line by line when some lines are UTF-8 and others are not, so that neither
/// half of a pasted-together file turns into mojibake.
enum TextDecoder {
    /// - Throws: `LoadFailure.binary` when the bytes hold NUL bytes (and are not UTF-16).
    /// - Complexity: O(*n*), *n* the byte count.
    static func decode(_ bytes: [UInt8]) throws(LoadFailure) -> DecodedText {
        if bytes.count >= 2 {
            if bytes[0] == 0xFF, bytes[1] == 0xFE { return decodeUTF16(bytes, bigEndian: false) }
            if bytes[0] == 0xFE, bytes[1] == 0xFF { return decodeUTF16(bytes, bigEndian: true) }
        }
        // Not `bytes.contains(0)`: every byte of every file is looked at here.
        if bytes.withUnsafeBufferPointer({ $0.contains(0, in: 0..<$0.count) }) { throw .binary }
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        if isValidUTF8(bytes) {
            let body = hasBOM ? Array(bytes[3...]) : bytes
            return DecodedText(utf8: body, encoding: hasBOM ? .utf8WithBOM : .utf8,
                               offsets: .shifted(by: hasBOM ? 3 : 0))
        }
        return decodeWindows1252(bytes)
    }

    /// Strict UTF-8 validation (no overlongs, no surrogates, nothing above U+10FFFF).
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            let n = buffer.count
            let raw = UnsafeRawBufferPointer(buffer)
            while i < n {
                // Eight ASCII bytes at a time: most text is ASCII.
                while i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                }
                guard i < n else { break }
                let b = buffer[i]
                if b < 0x80 { i += 1; continue }
                let length: Int
                var lowest: UInt8 = 0x80
                var highest: UInt8 = 0xBF
                switch b {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; lowest = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; highest = 0x9F
                case 0xF0: length = 4; lowest = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; highest = 0x8F
                default: return false
                }
                guard i + length <= n else { return false }
                let second = buffer[i + 1]
                guard second >= lowest, second <= highest else { return false }
                var k = 2
                while k < length {
                    guard buffer[i + k] & 0xC0 == 0x80 else { return false }
                    k += 1
                }
                i += length
            }
            return true
        }
    }

    private static func decodeWindows1252(_ bytes: [UInt8]) -> DecodedText {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        var map = OffsetMapBuilder()
        var sawUTF8Line = false
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            if lineEnd < bytes.count { lineEnd += 1 }
            let line = Array(bytes[lineStart..<lineEnd])
            // A line with non-ASCII bytes that is valid UTF-8 is UTF-8 (cp1252 text
            // almost never forms valid multi-byte sequences by chance).
            if line.contains(where: { $0 >= 0x80 }), isValidUTF8(line) {
                sawUTF8Line = true
                let start = out.count
                out.append(contentsOf: line)
                map.addCopy(derived: start, source: lineStart, length: line.count)
            } else {
                for (index, byte) in line.enumerated() {
                    let start = out.count, offset = lineStart + index
                    if byte < 0x80 {
                        out.append(byte)
                        map.addCopy(derived: start, source: offset, length: 1)
                    } else {
                        appendUTF8(Windows1252.scalar(for: byte), to: &out)
                        map.addReplacement(derived: start..<out.count, source: offset..<(offset + 1))
                    }
                }
            }
            lineStart = lineEnd
        }
        return DecodedText(utf8: out, encoding: sawUTF8Line ? .mixed : .windows1252, offsets: map.map)
    }

    private static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool) -> DecodedText {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var map = OffsetMapBuilder()
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            i += 2
        }
        var index = 0
        while index < units.count {
            let source = 2 + index * 2
            let start = out.count
            let unit = units[index]
            var scalar = Unicode.Scalar(0xFFFD as UInt32)!
            var consumed = 1
            if UTF16.isLeadSurrogate(unit), index + 1 < units.count, UTF16.isTrailSurrogate(units[index + 1]) {
                let value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(units[index + 1]) - 0xDC00)
                scalar = Unicode.Scalar(value) ?? scalar
                consumed = 2
            } else if let s = Unicode.Scalar(unit) {
                scalar = s
            }
            if scalar.value == 0 { scalar = Unicode.Scalar(0xFFFD as UInt32)! }
            appendUTF8(scalar, to: &out)
            map.addReplacement(derived: start..<out.count, source: source..<(source + 2 * consumed))
            index += consumed
        }
        return DecodedText(utf8: out, encoding: bigEndian ? .utf16BigEndian : .utf16LittleEndian,
                           offsets: map.map)
    }

    static func appendUTF8(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        UTF8.encode(scalar) { out.append($0) }
    }
}
