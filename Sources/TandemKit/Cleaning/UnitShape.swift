/// The shape of a unit's text: what the cleaning rules look at.
///
/// Computed once per unit in one pass over its UTF-8 bytes; everything is about
/// form (length, punctuation, case), never about particular articles.
struct UnitShape: Sendable {
    /// Whitespace-separated tokens holding a letter or digit, each Chinese or
    /// Japanese character counted as one.
    let wordCount: Int
    /// The text lower-cased with every run of non-alphanumerics as one space,
    /// padded with spaces: `" already a subscriber log in "`. Apostrophes are
    /// dropped, so "don't" and "don’t" both read `dont`.
    let normalizedBytes: [UInt8]
    /// The words of the normalized text, as keys and as byte ranges of it.
    let wordKeys: [WordKey]
    let wordRanges: [Range<Int>]
    /// The whole normalized text as one key, for spotting repeated lines.
    let normalizedKey: WordKey
    let characterCount: Int
    /// Ends in `.`, `!`, `?`, `…` or 。！？, perhaps followed by closing quotes or brackets.
    let endsTerminal: Bool
    let endsQuestion: Bool
    /// The last significant character, closing quotes and brackets skipped.
    let lastSignificant: Unicode.Scalar?
    let startsLowercase: Bool
    let startsUppercase: Bool
    /// Share of letters that are upper case.
    let upperShare: Double
    let letterCount: Int
    let digitCount: Int
    let hasComma: Bool
    let hasURL: Bool

    var isAllCaps: Bool { letterCount >= 4 && upperShare >= 0.8 }
    var normalized: String { String(decoding: normalizedBytes, as: UTF8.self) }
    var normalizedWordCount: Int { wordKeys.count }

    func normalizedWord(_ index: Int) -> String {
        String(decoding: normalizedBytes[wordRanges[index]], as: UTF8.self)
    }

    /// True if word `index` consists of digits only.
    func isNumber(_ index: Int) -> Bool {
        wordRanges[index].allSatisfy { normalizedBytes[$0] >= 0x30 && normalizedBytes[$0] <= 0x39 }
    }

    /// True if word `index` starts with `stem` (normalized bytes).
    func word(_ index: Int, hasPrefix stem: [UInt8]) -> Bool {
        let range = wordRanges[index]
        guard range.count >= stem.count else { return false }
        for k in stem.indices where normalizedBytes[range.lowerBound + k] != stem[k] { return false }
        return true
    }

    init(_ string: String) {
        self.init(utf8: Array(string.utf8))
    }

    /// - Complexity: O(*n*), *n* the byte count.
    init(utf8 bytes: [UInt8]) {
        var scan = Scan()
        bytes.withUnsafeBufferPointer { scan.run($0) }
        wordCount = scan.words
        normalizedBytes = scan.normalized
        (wordKeys, normalizedKey) = scan.normalized.withUnsafeBufferPointer { buffer in
            (scan.wordRanges.map { WordKey(buffer, $0) }, WordKey(buffer, 0..<buffer.count))
        }
        wordRanges = scan.wordRanges
        characterCount = scan.characters
        letterCount = scan.letters
        digitCount = scan.digits
        upperShare = scan.letters == 0 ? 0 : Double(scan.upper) / Double(scan.letters)
        startsLowercase = scan.firstLetter.map(UTF8Scalars.isLowercase) ?? false
        startsUppercase = scan.firstLetter.map(UTF8Scalars.isUppercase) ?? false
        lastSignificant = scan.last
        endsTerminal = scan.last.map { Self.terminals.contains($0.value) || UTF8Scalars.isWideTerminal($0) } ?? false
        endsQuestion = scan.last == "?" || scan.last == "\u{FF1F}"
        hasComma = scan.comma
        hasURL = Self.containsURL(bytes)
    }

    /// The single pass over the text: every line of every file goes through it,
    /// so its state lives in locals (not in `self`) for the loop.
    private struct Scan {
        var words = 0, letters = 0, upper = 0, digits = 0, characters = 0
        var normalized: [UInt8] = []
        var wordRanges: [Range<Int>] = []
        var firstLetter: Unicode.Scalar?
        var last: Unicode.Scalar?
        var comma = false

        mutating func run(_ buffer: UnsafeBufferPointer<UInt8>) {
            // Written through a pointer, not appended: an append checks the
            // buffer's capacity and uniqueness at every byte of every line.
            // Lower-casing widens a scalar by half at most (İ, two bytes, is
            // three lower-cased); any other byte writes one byte or none.
            var scan = Scan()
            let normalized = [UInt8](unsafeUninitializedCapacity: 2 * buffer.count + 2) { out, written in
                written = scan.fill(out, from: buffer)
            }
            self = scan
            self.normalized = normalized
        }

        /// Writes the normalized text into `out`; returns its length. Its state
        /// is in locals, not captured by a closure: a captured variable is
        /// checked for exclusive access at each write.
        private mutating func fill(_ out: UnsafeMutableBufferPointer<UInt8>,
                                   from buffer: UnsafeBufferPointer<UInt8>) -> Int {
            var wordRanges: [Range<Int>] = []
            var words = 0, letters = 0, upper = 0, digits = 0, characters = 0
            var inToken = false, tokenHasWord = false
            var wordStart = -1
            var firstLetter: Unicode.Scalar?
            var last: Unicode.Scalar?
            var comma = false
            var n = 0
            out[n] = 0x20; n += 1
            func endWord() {
                if wordStart >= 0 {
                    wordRanges.append(wordStart..<n)
                    wordStart = -1
                }
                if out[n - 1] != 0x20 { out[n] = 0x20; n += 1 }
            }
            var i = 0
            while i < buffer.count {
                if UnitShape.isASCIILetter(buffer[i]) {  // most bytes: a run of them in a tight loop
                    let runStart = n, firstByte = buffer[i]
                    repeat {
                        let byte = buffer[i]
                        let isUpper = byte &- 65 < 26
                        if isUpper { upper += 1 }
                        out[n] = isUpper ? byte + 32 : byte
                        n += 1; i += 1
                    } while i < buffer.count && UnitShape.isASCIILetter(buffer[i])
                    letters += n - runStart
                    characters += n - runStart
                    if firstLetter == nil { firstLetter = Unicode.Scalar(firstByte) }
                    if wordStart < 0 { wordStart = runStart }
                    inToken = true; tokenHasWord = true
                    last = Unicode.Scalar(buffer[i - 1])
                    continue
                }
                if buffer[i] == 0x20 {  // the next most common byte: what the general path does for it
                    i += 1; characters += 1
                    if inToken, tokenHasWord { words += 1 }
                    inToken = false; tokenHasWord = false
                    endWord()
                    continue
                }
                let (scalar, length) = UTF8Scalars.decode(buffer, at: i)
                i += length
                characters += 1
                if UTF8Scalars.isSpace(scalar) {
                    if inToken, tokenHasWord { words += 1 }
                    inToken = false; tokenHasWord = false
                } else {
                    inToken = true
                    if !UnitShape.isCloser(scalar) { last = scalar }
                }
                if UTF8Scalars.isLetter(scalar) {
                    letters += 1
                    // A Chinese or Japanese character is a word by itself.
                    if UTF8Scalars.isUnspaced(scalar) { words += 1 } else { tokenHasWord = true }
                    if UTF8Scalars.isUppercase(scalar) { upper += 1 }
                    if firstLetter == nil { firstLetter = scalar }
                    if wordStart < 0 { wordStart = n }
                    // Not ASCII: ASCII letters took the loop above.
                    for byte in scalar.properties.lowercaseMapping.utf8 { out[n] = byte; n += 1 }
                } else if UTF8Scalars.isDigit(scalar) {
                    digits += 1
                    tokenHasWord = true
                    if wordStart < 0 { wordStart = n }
                    out[n] = UInt8(scalar.value); n += 1
                } else if scalar == "'" || scalar == "’" {
                    continue
                } else {
                    if scalar == "," { comma = true }
                    endWord()
                }
            }
            if inToken, tokenHasWord { words += 1 }
            endWord()
            (self.words, self.letters, self.upper, self.digits, self.characters) = (words, letters, upper, digits, characters)
            self.wordRanges = wordRanges
            (self.firstLetter, self.last, self.comma) = (firstLetter, last, comma)
            return n
        }
    }

    @inline(__always)
    fileprivate static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 97 < 26 }

    /// Closing quotes, brackets and emphasis marks, skipped when finding how a line ends.
    @inline(__always)
    fileprivate static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x27, 0x201D, 0x2019, 0x29, 0x5D, 0xBB, 0x2A, 0x5F: return true
        default: return UTF8Scalars.isWideCloser(scalar)
        }
    }

    /// `.`, `!`, `?`, `…` (and the Chinese and Japanese ones, see `UTF8Scalars.isWideTerminal`)
    private static let terminals: Set<UInt32> = [0x2E, 0x21, 0x3F, 0x2026]

    /// Holds `://` or `www.` (any case), found by searching for the rare `:`
    /// and `.` rather than testing every byte.
    private static func containsURL(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { text in
            guard text.count >= 4 else { return false }
            func positions(of byte: UInt8, _ body: (Int) -> Bool) -> Bool {
                var offset = 0
                while let index = text.firstIndex(of: byte, in: offset..<text.count) {
                    if body(index) { return true }
                    offset = index + 1
                }
                return false
            }
            return positions(of: 0x3A) { $0 + 3 < text.count && text[$0 + 1] == 0x2F && text[$0 + 2] == 0x2F }
                || positions(of: 0x2E) { $0 >= 3 && text[($0 - 3)..<$0].allSatisfy { $0 | 0x20 == 0x77 } }
        }
    }
}
