/// The HTML character references that turn up in text saved from web pages.
enum HTMLEntities {
    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
        "sbquo": "‚", "bdquo": "„", "hellip": "…", "pound": "£", "euro": "€", "yen": "¥",
        "cent": "¢", "copy": "©", "reg": "®", "trade": "™", "laquo": "«", "raquo": "»",
        "middot": "·", "bull": "•", "deg": "°", "times": "×", "frac12": "½", "frac14": "¼",
        "frac34": "¾", "eacute": "é", "egrave": "è", "aacute": "á", "agrave": "à", "iacute": "í",
        "oacute": "ó", "uacute": "ú", "ntilde": "ñ", "ccedil": "ç", "uuml": "ü", "ouml": "ö",
        "auml": "ä", "szlig": "ß", "shy": "",
    ]

    /// Decodes the reference starting at `index` (an `&`); nil if there is none.
    /// - Returns: the replacement's UTF-8 and the length of the reference.
    static func decode(_ text: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> (bytes: [UInt8], length: Int)? {
        var semicolon = index + 1
        while semicolon < end, semicolon - index <= 10, text[semicolon] != 0x3B {
            let b = text[semicolon]
            let isWordByte = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x23
            guard isWordByte else { return nil }
            semicolon += 1
        }
        guard semicolon < end, text[semicolon] == 0x3B, semicolon > index + 1 else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: text[(index + 1)..<semicolon]), as: UTF8.self)
        let length = semicolon + 1 - index
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value: UInt32?
            if digits.hasPrefix("x") || digits.hasPrefix("X") {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            guard let value, let scalar = Unicode.Scalar(value), value != 0 else { return nil }
            var bytes: [UInt8] = []
            TextDecoder.appendUTF8(Windows1252.scalar(forNumericReference: scalar), to: &bytes)
            return (bytes, length)
        }
        guard let replacement = named[name] else { return nil }
        return (Array(replacement.utf8), length)
    }
}

extension Windows1252 {
    /// Browsers read `&#146;` and friends as Windows-1252, and so do saved pages.
    static func scalar(forNumericReference scalar: Unicode.Scalar) -> Unicode.Scalar {
        (0x80...0x9F).contains(scalar.value) ? Windows1252.scalar(for: UInt8(scalar.value)) : scalar
    }
}
