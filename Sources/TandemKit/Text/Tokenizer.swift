/// Splits text into word and number tokens, keeping byte ranges.
///
/// Words run over letters and digits, and over an apostrophe between letters
/// ("don't"); hyphens and dashes split ("long-term" → long, term). In scripts
/// written without spaces (Chinese, Japanese) each character is a word. Numbers keep
/// their decimal point and drop thousands separators ("4,949.5" → 4949.5);
/// dotted acronyms read as one word ("U.S." → us, marked so that it is not the
/// pronoun).
enum Tokenizer {
    /// - Complexity: O(*n*), *n* the byte count.
    static func tokens(in text: [UInt8]) -> [Token] {
        text.withUnsafeBufferPointer { tokens(in: $0, range: 0..<$0.count) }
    }

    static func tokens(in text: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [Token] {
        // Gathered in scratch memory (a token takes a byte at least), then copied
        // at their count: appending to an array costs more than the copy.
        withUnsafeTemporaryAllocation(of: Token.self, capacity: max(1, range.count)) { buffer in
            let count = tokens(in: text, range: range, into: buffer)
            return Array(UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// Writes the tokens of `range` into `buffer`, which has room for one per byte; returns their count.
    private static func tokens(in text: UnsafeBufferPointer<UInt8>, range: Range<Int>,
                               into buffer: UnsafeMutableBufferPointer<Token>) -> Int {
        var count = 0
        var scratch: [UInt8] = []
        scratch.reserveCapacity(32)
        // Read once here, not at every word: each read of a static goes through its once-guard.
        let words = wordLists
        var i = range.lowerBound
        let limit = min(range.upperBound, Token.maximumOffset)
        while i < limit {
            let b = text[i]
            // A word may run past its limit by the rest of one character.
            let tokenLimit = min(limit, i + Token.maximumLength - 4)
            var token: Token?
            if b < 0x80 {
                if b >= 0x30 && b <= 0x39 {
                    let end = numberEnd(text, from: i, limit: tokenLimit)
                    token = numberToken(text, i..<end, scratch: &scratch)
                    i = end
                } else if (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) {
                    let run = PlainRun(text, from: i, limit: tokenLimit)
                    // Ended by a byte that cannot carry the word on (an apostrophe,
                    // a dot or a letter beyond ASCII could): a plain word, read once.
                    if run.end == tokenLimit || (text[run.end] < 0x80 && text[run.end] != 0x27 && text[run.end] != 0x2E) {
                        token = plainToken(run, text, from: i, words: words)
                        i = run.end
                    } else {
                        let end = wordEnd(text, from: i, limit: tokenLimit)
                        token = wordToken(text, i..<end, scratch: &scratch, words: words)
                        i = end
                    }
                } else {
                    i += 1
                }
            } else {
                let (scalar, length) = UTF8Scalars.decode(text, at: i)
                if UTF8Scalars.isUnspaced(scalar) && UTF8Scalars.isLetter(scalar) {
                    token = characterToken(text, scalar, i..<(i + length))
                    i += length
                } else if UTF8Scalars.isLetter(scalar) {
                    let end = wordEnd(text, from: i, limit: tokenLimit)
                    token = wordToken(text, i..<end, scratch: &scratch, words: words)
                    i = end
                } else {
                    i += length
                }
            }
            if let token {
                buffer.initializeElement(at: count, to: token)
                count += 1
            }
        }
        return count
    }

    /// The normalized form of a token, recovered from the text it was read from.
    static func normalizedBytes(of token: Token, in text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var scratch: [UInt8] = []
        if token.kind == .number {
            _ = normalizeNumber(text, token.range, into: &scratch)
        } else {
            _ = normalizeWord(text, token.range, into: &scratch)
        }
        return scratch
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

    private static func normalizeNumber(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                                        into scratch: inout [UInt8]) -> Bool {
        scratch.removeAll(keepingCapacity: true)
        for i in range where text[i] != 0x2C { scratch.append(text[i]) }
        return true
    }

    private static func numberToken(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                                    scratch: inout [UInt8]) -> Token {
        _ = normalizeNumber(text, range, into: &scratch)
        let key = scratch.withUnsafeBufferPointer { WordKey($0, 0..<$0.count) }
        return Token(range: range, kind: .number, key: key, isCapitalized: false, isStopword: false, isNegation: false)
    }

    // MARK: - Words

    private static func wordEnd(_ text: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int {
        var i = start
        while i < limit {
            let b = text[i]
            if (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) { i += 1; continue }
            if b < 0x80 && b != 0x27 && b != 0x2E { break }
            guard let next = wordContinues(text, at: i, start: start, limit: limit) else { break }
            i = next
        }
        return i
    }

    /// Where the word goes on after the character at `index` (beyond ASCII, an
    /// apostrophe or a dot), or nil if it ends there. Apart from `wordEnd`, which
    /// runs for every word: what this asks of Unicode properties would otherwise
    /// cost type-metadata lookups at each of its calls.
    @inline(never)
    private static func wordContinues(_ text: UnsafeBufferPointer<UInt8>, at index: Int, start: Int, limit: Int) -> Int? {
        let (scalar, length) = UTF8Scalars.decode(text, at: index)
        if UTF8Scalars.isUnspaced(scalar) { return nil }
        if UTF8Scalars.isLetter(scalar) || UTF8Scalars.isDigit(scalar) || isCombiningMark(scalar) {
            return index + length
        }
        // An apostrophe or a dot between letters stays in the word: don't, U.S.
        if scalar == "'" || scalar == "’" || scalar == "." {
            let next = index + length
            if next < limit, UTF8Scalars.isLetter(UTF8Scalars.decode(text, at: next).scalar) {
                if scalar == "." && !isAcronymDot(text, at: index, start: start) { return nil }
                return next
            }
            // The closing dot of an acronym: "U.S." — one letter since the last dot.
            if scalar == ".", isAcronymDot(text, at: index, start: start) { return next }
        }
        return nil
    }

    /// A dot after a single letter that itself follows a dot or starts the word: U.S., e.g.
    private static func isAcronymDot(_ text: UnsafeBufferPointer<UInt8>, at dot: Int, start: Int) -> Bool {
        guard dot - start >= 1 else { return false }
        let letterStart = dot - 1
        let letter = text[letterStart]
        guard (letter >= 0x41 && letter <= 0x5A) || (letter >= 0x61 && letter <= 0x7A) else { return false }
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

    /// Writes the normalized word into `scratch`; returns whether it was capitalised.
    @discardableResult
    private static func normalizeWord(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                                      into scratch: inout [UInt8]) -> (capitalized: Bool, acronym: Bool) {
        scratch.removeAll(keepingCapacity: true)
        var capitalized = false, dotted = false
        var letters = 0, upper = 0
        var i = range.lowerBound
        while i < range.upperBound {
            let b = text[i]
            if b < 0x80 {
                i += 1
                if i == range.lowerBound + 1 { capitalized = b >= 0x41 && b <= 0x5A }
                if b == 0x2E { dotted = true; continue }
                if b >= 0x41 && b <= 0x5A { letters += 1; upper += 1; scratch.append(b + 32); continue }
                if b >= 0x61 && b <= 0x7A { letters += 1 }
                scratch.append(b)
                continue
            }
            let (scalar, length) = UTF8Scalars.decode(text, at: i)
            if i == range.lowerBound { capitalized = UTF8Scalars.isUppercase(scalar) }
            i += length
            if scalar == "’" { scratch.append(0x27); continue }
            if UTF8Scalars.isLetter(scalar) {
                letters += 1
                if UTF8Scalars.isUppercase(scalar) { upper += 1 }
            }
            scratch.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
        }
        // Possessives: china's → china; trailing apostrophe: states' → states.
        if scratch.count > 2, scratch[scratch.count - 2] == 0x27, scratch.last == 0x73 { scratch.removeLast(2) }
        while scratch.last == 0x27 { scratch.removeLast() }
        let acronym = (dotted && letters >= 2) || (letters >= 2 && letters <= 5 && upper == letters)
        return (capitalized, acronym)
    }

    /// A Chinese or Japanese character as a word. Hiragana mostly write
    /// particles and endings, and a few Chinese characters only grammar (的, 了):
    /// they are the function words of these scripts.
    private static func characterToken(_ text: UnsafeBufferPointer<UInt8>, _ scalar: Unicode.Scalar,
                                       _ range: Range<Int>) -> Token {
        let isFunction = (0x3041...0x309F).contains(scalar.value) || chineseFunctionCharacters.contains(scalar)
        return Token(range: range, kind: .word, key: WordKey(text, range), isCapitalized: false,
                     isStopword: isFunction, isNegation: false, isCharacter: true)
    }

    private static let chineseFunctionCharacters: Set<Unicode.Scalar> = [
        "的", "了", "是", "在", "和", "与", "及", "也", "就", "都", "而", "并", "之", "其", "这", "那", "于", "将",
        "被", "把", "对", "从", "个", "着", "过", "吗", "呢", "吧", "啊", "得", "为", "以", "该", "此",
    ]

    /// Stopwords and negations in one table: a plain word looks both up with one probe.
    private struct WordLists {
        private var flags = WordKeyTable<UInt8>()
        private static let stopword: UInt8 = 1, negation: UInt8 = 2

        init(stopwords: some Sequence<String>, negations: some Sequence<String>) {
            for word in stopwords { flags[WordKey(word), default: 0] |= Self.stopword }
            for word in negations { flags[WordKey(word), default: 0] |= Self.negation }
        }

        func isStopword(_ key: WordKey) -> Bool { (flags[key] ?? 0) & Self.stopword != 0 }
        func isNegation(_ key: WordKey) -> Bool { (flags[key] ?? 0) & Self.negation != 0 }
        /// (stopword, negation)
        func flags(of key: WordKey) -> (Bool, Bool) {
            let value = flags[key] ?? 0
            return (value & Self.stopword != 0, value & Self.negation != 0)
        }
    }

    private static let wordLists = WordLists(
        stopwords: Stopwords.words,
        negations: ["not", "no", "never", "nor", "none", "nothing", "neither", "without"])

    private static func wordToken(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                                  scratch: inout [UInt8], words: WordLists) -> Token? {
        if let token = plainWordToken(text, range, words: words) { return token }
        let (capitalized, acronym) = normalizeWord(text, range, into: &scratch)
        guard !scratch.isEmpty else { return nil }
        var key = scratch.withUnsafeBufferPointer { WordKey($0, 0..<$0.count) }
        // The stopword list is written without apostrophes ("wasnt").
        var stopword = scratch.contains(0x27)
            ? words.isStopword(scratch.filter { $0 != 0x27 }.withUnsafeBufferPointer { WordKey($0, 0..<$0.count) })
            : words.isStopword(key)
        // "US" and "U.S." are a country, not the pronoun: an acronym that spells a
        // function word is marked so that it stays a content word.
        if acronym && stopword {
            scratch.append(0x2E)
            key = scratch.withUnsafeBufferPointer { WordKey($0, 0..<$0.count) }
            stopword = false
        }
        let negation = words.isNegation(key)
            || (scratch.count > 3 && scratch[scratch.count - 3] == 0x6E && scratch[scratch.count - 2] == 0x27
                && scratch[scratch.count - 1] == 0x74)
        return Token(range: range, kind: .word, key: key, isCapitalized: capitalized, isStopword: stopword,
                     isNegation: negation)
    }

    /// The token of a word of ASCII letters and digits only, most words of
    /// English text; nil for any other word (an apostrophe, a dot, a letter
    /// beyond ASCII), which `normalizeWord` reads.
    @inline(__always)
    private static func plainWordToken(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                                       words: WordLists) -> Token? {
        let run = PlainRun(text, from: range.lowerBound, limit: range.upperBound)
        return run.end == range.upperBound ? plainToken(run, text, from: range.lowerBound, words: words) : nil
    }

    /// A run of ASCII letters and digits, hashed as it is lower-cased: the whole
    /// of most words, read in one pass.
    private struct PlainRun {
        var end: Int
        var hash = WordKey.offsetBasis
        var letters = 0, upper = 0

        @inline(__always)
        init(_ text: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) {
            end = start
            while end < limit {
                var b = text[end]
                if b &- 0x41 < 26 {
                    upper &+= 1; letters &+= 1; b &+= 32
                } else if b &- 0x61 < 26 {
                    letters &+= 1
                } else if b &- 0x30 >= 10 {
                    break
                }
                hash = (hash ^ UInt64(b)) &* WordKey.prime
                end &+= 1
            }
        }
    }

    /// The token of a word that is a plain run from `start`.
    @inline(__always)
    private static func plainToken(_ run: PlainRun, _ text: UnsafeBufferPointer<UInt8>, from start: Int,
                                   words: WordLists) -> Token {
        var key = WordKey(value: run.hash)
        var (stopword, negation) = words.flags(of: key)
        // An acronym spelling a function word ("US") is marked, as in `wordToken`.
        if stopword, run.letters >= 2, run.letters <= 5, run.upper == run.letters {
            key = WordKey(value: (run.hash ^ 0x2E) &* WordKey.prime)
            (stopword, negation) = (false, words.isNegation(key))
        }
        return Token(range: start..<run.end, kind: .word, key: key, isCapitalized: text[start] &- 0x41 < 26,
                     isStopword: stopword, isNegation: negation)
    }
}
