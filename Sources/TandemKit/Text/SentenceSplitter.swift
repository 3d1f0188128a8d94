/// Splits a paragraph into sentences, as UTF-8 byte ranges of its text.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes and brackets
/// after it) followed by a space and a capital, digit or opening quote. It does not
/// end after a title ("Mr."), an initial ("George W. Bush"), a decimal point, or a
/// continuing abbreviation ("e.g.", "U.S." unless a sentence opener follows), and
/// not at a "?" or "!" inside a quote that the sentence carries on after
/// ("“Why?” he asked."). Chinese and Japanese sentences end at 。！？ with no
/// space after them.
enum SentenceSplitter {
    /// - Complexity: O(*n*), *n* the byte count.
    static func sentences(in text: [UInt8]) -> [Range<Int>] {
        text.withUnsafeBufferPointer { sentences(in: $0) }
    }

    static func sentences(in text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = skipSpaces(text, from: 0)
        var i = start
        let mayEnd = Self.mayEndSentence
        while i < text.count {
            // Most bytes are ASCII and end nothing: stepped over without decoding.
            guard mayEnd[Int(text[i])] else { i += 1; continue }
            let (scalar, length) = UTF8Scalars.decode(text, at: i)
            guard isTerminal(scalar) else { i += length; continue }
            // Take the whole run of terminals and closers: `?!`, `.”`, `.)`.
            var end = i + length
            while end < text.count {
                let (next, nextLength) = UTF8Scalars.decode(text, at: end)
                guard isTerminal(next) || isCloser(next) else { break }
                end += nextLength
            }
            let nextStart = skipSpaces(text, from: end)
            if UTF8Scalars.isWideTerminal(scalar) ? endsWideSentence(text, terminalEnd: i + length, runEnd: end, next: nextStart)
                : nextStart > end && nextStart < text.count && opensSentence(text, at: nextStart)
                    && !isAbbreviation(text, dotAt: i, sentenceStart: start, nextWordAt: nextStart) {
                result.append(start..<end)
                start = nextStart
            }
            i = end
        }
        let tail = trimmedEnd(text, start..<text.count)
        if !tail.isEmpty { result.append(tail) }
        return result
    }

    /// `.`, `!`, `?` and the bytes that start a character beyond ASCII (`…`, `。`):
    /// the bytes worth decoding.
    private static let mayEndSentence: [Bool] = (0..<256).map { $0 >= 0x80 || $0 == 0x2E || $0 == 0x21 || $0 == 0x3F }

    private static func isTerminal(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "!" || s == "?" || s == "…" || UTF8Scalars.isWideTerminal(s)
    }

    private static func isCloser(_ s: Unicode.Scalar) -> Bool {
        s == "\"" || s == "'" || s == "”" || s == "’" || s == ")" || s == "]" || s == "»" || UTF8Scalars.isWideCloser(s)
    }

    /// Chinese and Japanese put no space after a full stop, so one ends a
    /// sentence whatever follows, except where a quote closes after it and a
    /// kana particle carries the sentence on (「行く。」と言った).
    private static func endsWideSentence(_ text: UnsafeBufferPointer<UInt8>, terminalEnd: Int, runEnd: Int,
                                         next: Int) -> Bool {
        guard next < text.count else { return false }
        guard runEnd > terminalEnd, next == runEnd else { return true }
        return !(0x3041...0x309F).contains(UTF8Scalars.decode(text, at: next).scalar.value)
    }

    private static func skipSpaces(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        while i < text.count {
            let (scalar, length) = UTF8Scalars.decode(text, at: i)
            guard UTF8Scalars.isSpace(scalar) else { break }
            i += length
        }
        return i
    }

    private static func trimmedEnd(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var end = range.upperBound
        while end > range.lowerBound, text[end - 1] == 0x20 || text[end - 1] == 0x09 { end -= 1 }
        return range.lowerBound..<end
    }

    /// A capital, a digit, or an opening quote or bracket before one.
    private static func opensSentence(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        var i = index
        while i < text.count {
            let (scalar, length) = UTF8Scalars.decode(text, at: i)
            if scalar == "\"" || scalar == "'" || scalar == "“" || scalar == "‘" || scalar == "(" || scalar == "«" {
                i += length
                continue
            }
            return UTF8Scalars.isUppercase(scalar) || UTF8Scalars.isDigit(scalar) || UTF8Scalars.isUnspaced(scalar)
        }
        return false
    }

    /// True if the full stop at `dot` belongs to an abbreviation that does not end the sentence.
    private static func isAbbreviation(_ text: UnsafeBufferPointer<UInt8>, dotAt dot: Int, sentenceStart: Int,
                                       nextWordAt next: Int) -> Bool {
        guard text[dot] == 0x2E else { return false }
        // The word before the dot, dots inside it kept ("U.S", "e.g").
        var wordStart = dot
        while wordStart > sentenceStart {
            let b = text[wordStart - 1]
            let isWordByte = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2E
            guard isWordByte else { break }
            wordStart -= 1
        }
        // Most sentences end in a word longer than any abbreviation: no string made for them.
        guard dot - wordStart <= Abbreviations.longest else { return false }
        let word = String(decoding: UnsafeBufferPointer(rebasing: text[wordStart..<dot]), as: UTF8.self)
        guard !word.isEmpty else { return false }
        // An initial: one capital letter ("W." in George W. Bush).
        if word.count == 1, word.first!.isUppercase { return true }
        let lower = word.lowercased()
        if Abbreviations.titles.contains(lower) { return true }
        if Abbreviations.continuing.contains(lower) {
            return !Abbreviations.sentenceOpeners.contains(nextWord(text, at: next).lowercased())
        }
        return false
    }

    private static func nextWord(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> String {
        var end = index
        while end < text.count, text[end] != 0x20 && text[end] != 0x2C && text[end] != 0x2E { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: text[index..<end]), as: UTF8.self)
    }
}
