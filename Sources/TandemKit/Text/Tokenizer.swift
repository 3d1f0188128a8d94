/// Splits text into word and number tokens, keeping byte ranges.
///
/// Words run over letters and digits, and over an apostrophe between letters
/// ("don't"); hyphens and dashes split ("long-term" → long, term). Numbers keep
/// their decimal point and drop thousands separators ("4,949.5" → 4949.5);
/// dotted acronyms read as one word ("U.S." → us).
enum Tokenizer {
    /// - Complexity: O(*n*), *n* the byte count.
    static func tokens(in text: [UInt8]) -> [Token] {
        text.withUnsafeBufferPointer { tokens(in: $0, range: 0..<$0.count) }
    }

    static func tokens(in text: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let (scalar, length) = UTF8Scalars.decode(text, at: i)
            if UTF8Scalars.isDigit(scalar) {
                let end = numberEnd(text, from: i, limit: range.upperBound)
                tokens.append(numberToken(text, i..<end))
                i = end
            } else if UTF8Scalars.isLetter(scalar) {
                let end = wordEnd(text, from: i, limit: range.upperBound)
                if let token = wordToken(text, i..<end) { tokens.append(token) }
                i = end
            } else {
                i += length
            }
        }
        return tokens
    }

    // MARK: - Numbers

    private static func numberEnd(_ text: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int {
        var i = start
        while i < limit {
            let b = text[i]
            if b >= 0x30 && b <= 0x39 { i += 1; continue }
            // "4,949" and "1.16": a separator between digits stays in the number.
            if (b == 0x2C || b == 0x2E), i + 1 < limit, text[i + 1] >= 0x30 && text[i + 1] <= 0x39, i > start {
                i += 1
                continue
            }
            break
        }
        return i
    }

    private static func numberToken(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Token {
        var digits: [UInt8] = []
        for i in range where text[i] != 0x2C { digits.append(text[i]) }
        // "1,000.50" keeps its decimal point; a lone "4,949" group separator is dropped above.
        let normalized = String(decoding: digits, as: UTF8.self)
        return Token(range: range, kind: .number, normalized: normalized, key: WordKey(normalized), isCapitalized: false)
    }

    // MARK: - Words

    private static func wordEnd(_ text: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int {
        var i = start
        while i < limit {
            let (scalar, length) = UTF8Scalars.decode(text, at: i)
            if UTF8Scalars.isLetter(scalar) || UTF8Scalars.isDigit(scalar) || isCombiningMark(scalar) {
                i += length
                continue
            }
            // An apostrophe or a dot between letters stays in the word: don't, U.S.
            if scalar == "'" || scalar == "’" || scalar == "." {
                let next = i + length
                if next < limit, UTF8Scalars.isLetter(UTF8Scalars.decode(text, at: next).scalar) {
                    if scalar == "." && !isAcronymDot(text, at: i, start: start) { break }
                    i = next
                    continue
                }
                // The closing dot of an acronym: "U.S." — one letter since the last dot.
                if scalar == ".", isAcronymDot(text, at: i, start: start) { i = next; continue }
            }
            break
        }
        return i
    }

    /// A dot after a single letter that itself follows a dot or starts the word: U.S., e.g.
    private static func isAcronymDot(_ text: UnsafeBufferPointer<UInt8>, at dot: Int, start: Int) -> Bool {
        guard dot - start >= 1 else { return false }
        let letterStart = dot - 1
        guard UTF8Scalars.isLetter(UTF8Scalars.decode(text, at: letterStart).scalar), text[letterStart] < 0x80 else {
            return false
        }
        guard letterStart > start else {
            // "U." alone only counts when another letter-dot follows ("U.S.").
            return dot + 2 < text.count && text[dot + 2] == 0x2E && text[dot + 1] < 0x80
        }
        return text[letterStart - 1] == 0x2E
    }

    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private static func wordToken(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Token? {
        var normalized: [UInt8] = []
        normalized.reserveCapacity(range.count)
        var capitalized = false
        var i = range.lowerBound
        var first = true
        var dotted = false
        var letters = 0, upper = 0
        while i < range.upperBound {
            let (scalar, length) = UTF8Scalars.decode(text, at: i)
            i += length
            if first { capitalized = UTF8Scalars.isUppercase(scalar); first = false }
            if UTF8Scalars.isLetter(scalar) {
                letters += 1
                if UTF8Scalars.isUppercase(scalar) { upper += 1 }
            }
            if scalar == "." { dotted = true; continue }
            if scalar == "’" { normalized.append(0x27); continue }
            if scalar.isASCII {
                let b = UInt8(scalar.value)
                normalized.append(b >= 65 && b <= 90 ? b + 32 : b)
            } else {
                normalized.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
        }
        // Possessives: china's → china; trailing apostrophe: states' → states.
        if normalized.count > 2, normalized[normalized.count - 2] == 0x27, normalized.last == 0x73 {
            normalized.removeLast(2)
        }
        while normalized.last == 0x27 { normalized.removeLast() }
        guard !normalized.isEmpty else { return nil }
        var string = String(decoding: normalized, as: UTF8.self)
        // "US" and "U.S." are a country, not the pronoun: an acronym that spells a
        // function word is marked so that it stays a content word.
        let acronym = (dotted && letters >= 2) || (letters >= 2 && letters <= 5 && upper == letters)
        if acronym && Stopwords.keys.contains(WordKey(string)) { string += "." }
        return Token(range: range, kind: .word, normalized: string, key: WordKey(string), isCapitalized: capitalized)
    }
}
