/// One line of a document: its content range in the decoded text, without the line end.
struct SourceLine: Sendable {
    /// The content, line end excluded.
    let range: Range<Int>
    /// The content without leading and trailing spaces and invisible characters.
    let trimmed: Range<Int>
    /// The line began with a control character (a paragraph mark in wire copy).
    let startsWithControlMark: Bool

    var isBlank: Bool { trimmed.isEmpty }

    /// Splits text at `\n`, `\r\n` and `\r`.
    /// - Complexity: O(*n*), *n* the byte count.
    static func lines(of text: UnsafeBufferPointer<UInt8>) -> [SourceLine] {
        var lines: [SourceLine] = []
        var start = 0
        var i = 0
        let n = text.count
        // Most files end lines with `\n` alone: then the line ends are searched for, not tested byte by byte.
        if !text.contains(0x0D, in: 0..<n) {
            while start < n, let end = text.firstIndex(of: 0x0A, in: start..<n) {
                lines.append(make(start..<end, in: text))
                start = end + 1
            }
            i = n
        }
        while i < n {
            let b = text[i]
            if b == 0x0A || b == 0x0D {
                lines.append(make(start..<i, in: text))
                if b == 0x0D, i + 1 < n, text[i + 1] == 0x0A { i += 1 }
                start = i + 1
            }
            i += 1
        }
        if start < n { lines.append(make(start..<n, in: text)) }
        return lines
    }

    private static func make(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> SourceLine {
        var low = range.lowerBound
        var controlMark = false
        while low < range.upperBound {
            let (scalar, length) = UTF8Scalars.decode(text, at: low)
            if UTF8Scalars.isSpace(scalar) { low += length; continue }
            if UTF8Scalars.isInvisible(scalar) {
                if scalar.value < 0x20 { controlMark = true }
                low += length
                continue
            }
            break
        }
        var high = range.upperBound
        while high > low {
            var start = high - 1
            while start > low, text[start] & 0xC0 == 0x80 { start -= 1 }
            let (scalar, _) = UTF8Scalars.decode(text, at: start)
            guard UTF8Scalars.isSpace(scalar) || UTF8Scalars.isInvisible(scalar) else { break }
            high = start
        }
        return SourceLine(range: range, trimmed: low..<high, startsWithControlMark: controlMark && low < high)
    }
}
