/// Byte-level helpers for UTF-8 text: analysis runs on bytes, not `Character`s,
/// because grapheme breaking is far too slow for corpora of thousands of files.
enum UTF8Scalars {
    /// The scalar starting at `index` and its length in bytes. Invalid bytes
    /// decode as U+FFFD of length 1 (the decoder guarantees valid input anyway).
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let b0 = bytes[index]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let n = bytes.count
        var value: UInt32
        var length: Int
        switch b0 {
        case 0xC0...0xDF: value = UInt32(b0 & 0x1F); length = 2
        case 0xE0...0xEF: value = UInt32(b0 & 0x0F); length = 3
        case 0xF0...0xF7: value = UInt32(b0 & 0x07); length = 4
        default: return ("\u{FFFD}", 1)
        }
        guard index + length <= n else { return ("\u{FFFD}", 1) }
        for k in 1..<length {
            let b = bytes[index + k]
            guard b & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(b & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    static func decode(_ bytes: [UInt8], at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        bytes.withUnsafeBufferPointer { decode($0, at: index) }
    }

    /// Spaces for analysis: ASCII whitespace, NBSP and the Unicode space separators.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F,
             0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Characters that carry nothing visible and must not reach text: C0/C1
    /// controls (bar tab), DEL, zero-width and byte-order marks, and the bidi
    /// embedding, override and isolate controls that could reorder what is shown.
    @inline(__always)
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x08, 0x0B...0x1F, 0x7F...0x9F, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064,
             0x2066...0x2069, 0xFEFF, 0xFFF9...0xFFFB:
            return true
        default:
            return false
        }
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
        }
        return scalar.properties.isAlphabetic
    }

    /// Letters of scripts written without spaces between words: Chinese
    /// characters, Japanese kana. Each one counts as a word (as word processors
    /// count them), since finding the words would take a dictionary.
    @inline(__always)
    static func isUnspaced(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
             0xFF66...0xFF9D, 0x20000...0x3134F:
            return true
        default:
            return false
        }
    }

    /// The full stops and marks that end Chinese and Japanese sentences: 。！？｡
    @inline(__always)
    static func isWideTerminal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF61: return true
        default: return false
        }
    }

    /// Chinese and Japanese closing quotes and brackets: 」』）】〉》
    @inline(__always)
    static func isWideCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x300D, 0x300F, 0xFF09, 0x3011, 0x3009, 0x300B: return true
        default: return false
        }
    }

    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (scalar.value >= 65 && scalar.value <= 90) : scalar.properties.isUppercase
    }

    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (scalar.value >= 97 && scalar.value <= 122) : scalar.properties.isLowercase
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 48 && scalar.value <= 57
    }
}
