/// Undoes conversion residue inside one line: Markdown links and emphasis,
/// backslash escapes, autolinks, HTML tags and entities, TeX quotes, control
/// characters and runs of spaces. Everything kept is copied with its offsets.
struct InlineCleaner {
    /// What the line's own markup says about it.
    struct LineMarks {
        /// `#` count of a Markdown heading.
        var headingLevel: Int?
        /// The line ended with a wire-copy paragraph mark (`<`).
        var endsParagraph = false
    }

    private let text: UnsafeBufferPointer<UInt8>
    private let texQuotes: Bool
    private var droppedDelimiters = Set<Int>()
    /// The lowest and highest dropped delimiter: bytes outside are checked without hashing.
    private var droppedSpan = (low: Int.max, high: Int.min)
    private(set) var output = MappedText()
    /// Where the bytes not yet copied begin: `appendCleaned` copies plain text
    /// in runs, not byte by byte.
    private var runStart = 0

    /// - Parameter texQuotes: the document quotes ``like this'' (old wire copy).
    init(text: UnsafeBufferPointer<UInt8>, texQuotes: Bool) {
        self.text = text
        self.texQuotes = texQuotes
    }

    /// Cleans `range` (a trimmed line) onto the output, separated by a space
    /// from what is already there.
    mutating func appendLine(_ range: Range<Int>) -> LineMarks {
        appendLine(range, joinWithoutSpace: false)
    }

    /// - Parameter joinWithoutSpace: the previous line ended in a hyphen that
    ///   this line continues (`inter-` / `national`).
    mutating func appendLine(_ range: Range<Int>, joinWithoutSpace: Bool) -> LineMarks {
        var marks = LineMarks()
        var low = range.lowerBound
        var high = range.upperBound
        if let (level, contentStart) = headingMarker(low, high) {
            marks.headingLevel = level
            low = contentStart
            while high > low, text[high - 1] == 0x23 || text[high - 1] == 0x20 { high -= 1 }
        } else if high - low >= 2, text[low] == 0x3E, text[low + 1] == 0x20 {
            low += 2 // blockquote marker
        }
        if high > low, text[high - 1] == 0x3C, !hasClosingBracket(low, high - 1) {
            marks.endsParagraph = true
            high -= 1
        }
        guard low < high else { return marks }
        if !output.isEmpty, output.lastByte != 0x20, !joinWithoutSpace {
            output.appendInserted([0x20], standingFor: range.lowerBound..<range.lowerBound)
        }
        findEmphasis(low, high)
        appendCleaned(low, high)
        output.trimTrailingSpaces()
        return marks
    }

    // MARK: - Scanning

    private mutating func appendCleaned(_ start: Int, _ end: Int) {
        var i = start
        runStart = start
        let plain = Self.plainBytes
        while i < end {
            // Runs of bytes that open no markup and need no rewriting, most of a line.
            while i < end, plain[Int(text[i])] { i += 1 }
            guard i < end else { break }
            if i >= droppedSpan.low, i <= droppedSpan.high, droppedDelimiters.contains(i) {
                i = drop(i..<(i + 1))
            } else {
                i = cleanMarkup(at: i, end)
            }
        }
        flushRun(upTo: end)
    }

    /// Cleans the markup, entity or escape that may begin at `i`, or hands
    /// anything else to `cleanSpaceOrControl`.
    /// - Returns: where scanning goes on.
    @inline(__always)
    private mutating func cleanMarkup(at i: Int, _ end: Int) -> Int {
        let next: UInt8? = i + 1 < end ? text[i + 1] : nil
        switch text[i] {
        case 0x20 where next.map { $0 &- 0x21 < 0x5E } == true:
            // One space between words, most of the spaces there are: kept
            // unless markup dropped just before it left a space already.
            if runStart == i && (output.isEmpty || output.lastByte == 0x20) { runStart = i + 1 }
            return i + 1
        case 0x5C where next.map(Self.isASCIIPunctuation) == true: // \$: the backslash goes, the `$` stays
            return drop(i..<(i + 1)) + 1
        case 0x21 where next == 0x5B: // ![image](url)
            guard let link = parseLink(i + 1, end) else { return i + 1 }
            return drop(i..<link.end)
        case 0x5B: // [text](url)
            guard let link = parseLink(i, end) else { return i + 1 }
            flushRun(upTo: i)
            appendCleaned(link.label.lowerBound, link.label.upperBound)
            runStart = link.end
            return link.end
        case 0x3C: // <https://…> or <tag>
            if let inner = autolink(i, end) {
                flushRun(upTo: i)
                output.appendCopy(of: inner, from: text)
                runStart = inner.upperBound + 1
                return runStart
            }
            guard let tagEnd = htmlTag(i, end) else { return i + 1 }
            return drop(i..<tagEnd)
        case 0x26: // &amp;
            guard let (bytes, length) = HTMLEntities.decode(text, at: i, end: end) else { return i + 1 }
            return replace(i..<(i + length), with: bytes)
        case 0x1B: // a terminal escape sequence: dropped whole, not just its ESC
            return drop(i..<Self.escapeSequenceEnd(text, i, end))
        case 0x60 where texQuotes && next == 0x60:
            return replace(i..<(i + 2), with: Self.openingQuote)
        case 0x27 where texQuotes && next == 0x27:
            return replace(i..<(i + 2), with: Self.closingQuote)
        case 0x21...0x7E:  // printable ASCII that opens no markup: kept as it is
            return i + 1
        default:
            return cleanSpaceOrControl(at: i, end)
        }
    }

    /// Drops control and invisible characters and makes a run of spaces of
    /// any kind one space.
    /// - Returns: where scanning goes on.
    private mutating func cleanSpaceOrControl(at i: Int, _ end: Int) -> Int {
        let (scalar, length) = UTF8Scalars.decode(text, at: i)
        if UTF8Scalars.isInvisible(scalar) { return drop(i..<(i + length)) }
        guard UTF8Scalars.isSpace(scalar) else { return i + length }
        let spaceEnd = endOfSpaces(i, end)
        let single = spaceEnd == i + length && (text[i] == 0x20 || scalar.value == 0xA0)
        if runStart == i && (output.isEmpty || output.lastByte == 0x20) {
            // Nothing pending and a space already there (markup was dropped).
            runStart = spaceEnd
        } else if !single {
            flushRun(upTo: i)
            // NBSP is kept as text when it stands alone; a mixed run is one space.
            spaceIfNeeded(standingFor: i..<spaceEnd)
            runStart = spaceEnd
        }
        return spaceEnd
    }

    /// Copies the pending run of plain bytes, up to `end`.
    @inline(__always)
    private mutating func flushRun(upTo end: Int) {
        if runStart < end { output.appendCopy(of: runStart..<end, from: text) }
    }

    /// Leaves `range` out of the output and returns its end.
    private mutating func drop(_ range: Range<Int>) -> Int {
        flushRun(upTo: range.lowerBound)
        runStart = range.upperBound
        return range.upperBound
    }

    /// Puts `bytes` in the output in place of `range` and returns its end.
    private mutating func replace(_ range: Range<Int>, with bytes: [UInt8]) -> Int {
        flushRun(upTo: range.lowerBound)
        output.appendInserted(bytes, standingFor: range)
        runStart = range.upperBound
        return range.upperBound
    }

    private static let openingQuote = Array("“".utf8)
    private static let closingQuote = Array("”".utf8)

    /// Printable ASCII but the bytes that may open markup or an entity, or be
    /// an emphasis delimiter, a TeX quote or a space: `appendCleaned` copies
    /// these as they are without looking further.
    private static let plainBytes: [Bool] = (0..<256).map { byte in
        (0x21...0x7E).contains(byte) && !"\\![<&`'*_".utf8.contains(UInt8(byte))
    }

    /// The end of the escape sequence at `start` (an ESC byte): CSI `ESC [ … final`,
    /// OSC/DCS/APC/PM/SOS strings ended by BEL or `ESC \`, or `ESC` and one byte.
    static func escapeSequenceEnd(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        guard start + 1 < end else { return end }
        let kind = text[start + 1]
        var i = start + 2
        switch kind {
        case 0x5B: // CSI: parameters and intermediates, then a final byte 0x40–0x7E
            while i < end, text[i] >= 0x20 && text[i] <= 0x3F || text[i] == 0x20 { i += 1 }
            while i < end, text[i] >= 0x20 && text[i] <= 0x2F { i += 1 }
            return i < end && text[i] >= 0x40 && text[i] <= 0x7E ? i + 1 : i
        case 0x5D, 0x50, 0x5F, 0x5E, 0x58: // OSC, DCS, APC, PM, SOS: up to BEL or ST, within the line
            while i < end {
                if text[i] == 0x07 { return i + 1 }
                if text[i] == 0x1B { return i + 1 < end && text[i + 1] == 0x5C ? i + 2 : i }
                i += 1
            }
            return end
        default:
            return kind >= 0x20 && kind <= 0x7E ? start + 2 : start + 1
        }
    }

    private mutating func spaceIfNeeded(standingFor range: Range<Int>) {
        if !output.isEmpty, output.lastByte != 0x20 {
            output.appendInserted([0x20], standingFor: range)
        }
    }

    private func endOfSpaces(_ start: Int, _ end: Int) -> Int {
        var i = start
        while i < end {
            let (scalar, length) = UTF8Scalars.decode(text, at: i)
            guard UTF8Scalars.isSpace(scalar) else { break }
            i += length
        }
        return i
    }

    // MARK: - Markup recognisers

    private func headingMarker(_ low: Int, _ high: Int) -> (Int, Int)? {
        var i = low
        while i < high, text[i] == 0x23, i - low < 7 { i += 1 }
        let level = i - low
        guard (1...6).contains(level), i < high, text[i] == 0x20 else { return nil }
        return (level, i + 1)
    }

    private func hasClosingBracket(_ low: Int, _ high: Int) -> Bool {
        // A trailing `<` that closes nothing is a paragraph mark; one after an
        // unclosed `<` could still be text like "a < b <".
        var i = high - 1
        while i >= low {
            if text[i] == 0x3E { return false }
            if text[i] == 0x3C { return true }
            i -= 1
        }
        return false
    }

    private struct Link {
        let label: Range<Int>
        let end: Int
    }

    /// `[label](target)` starting at `open`; the label may nest brackets.
    private func parseLink(_ open: Int, _ end: Int) -> Link? {
        var depth = 0
        var i = open
        var close = -1
        while i < end {
            if text[i] == 0x5C { i += 2; continue }
            if text[i] == 0x5B { depth += 1 }
            if text[i] == 0x5D { depth -= 1; if depth == 0 { close = i; break } }
            i += 1
        }
        guard close > open, close + 1 < end, text[close + 1] == 0x28 else { return nil }
        var parens = 0
        i = close + 1
        while i < end {
            if text[i] == 0x28 { parens += 1 }
            if text[i] == 0x29 { parens -= 1; if parens == 0 { break } }
            if text[i] == 0x20, parens == 1, i - close > 400 { return nil }
            i += 1
        }
        guard i < end else { return nil }
        return Link(label: (open + 1)..<close, end: i + 1)
    }

    private func autolink(_ open: Int, _ end: Int) -> Range<Int>? {
        let prefixes: [[UInt8]] = [Array("http://".utf8), Array("https://".utf8), Array("mailto:".utf8), Array("www.".utf8)]
        guard prefixes.contains(where: { startsWith($0, at: open + 1, end: end) }) else { return nil }
        var i = open + 1
        while i < end, text[i] != 0x3E {
            if text[i] == 0x20 || text[i] == 0x3C { return nil }
            i += 1
        }
        return i < end ? (open + 1)..<i : nil
    }

    private func htmlTag(_ open: Int, _ end: Int) -> Int? {
        guard open + 1 < end else { return nil }
        var first = text[open + 1]
        if first == 0x2F || first == 0x21, open + 2 < end { first = text[open + 2] }
        guard (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x7A) || first == 0x2D else { return nil }
        var i = open + 1
        while i < end, i - open < 300 {
            if text[i] == 0x3E { return i + 1 }
            if text[i] == 0x3C { return nil }
            i += 1
        }
        return nil
    }

    private func startsWith(_ prefix: [UInt8], at index: Int, end: Int) -> Bool {
        guard index + prefix.count <= end else { return false }
        for k in prefix.indices where text[index + k] | 0x20 != prefix[k] | 0x20 { return false }
        return true
    }

    /// Marks the `*` and `_` runs that pair up as emphasis (CommonMark's flanking
    /// rules, simplified); unpaired ones stay as text.
    private mutating func findEmphasis(_ start: Int, _ end: Int) {
        // Most lines have no `*` or `_` at all.
        guard text.contains(0x2A, in: start..<end) || text.contains(0x5F, in: start..<end) else { return }
        var openers: [(byte: UInt8, run: Range<Int>)] = []
        var i = start
        while i < end {
            let b = text[i]
            guard b == 0x2A || b == 0x5F else { i += 1; continue }
            var j = i
            while j < end, text[j] == b { j += 1 }
            defer { i = j }
            guard j - i <= 3 else { continue }
            let before = i > start ? scalarBefore(i) : " "
            let after = j < end ? UTF8Scalars.decode(text, at: j).scalar : " "
            let spaceBefore = UTF8Scalars.isSpace(before), spaceAfter = UTF8Scalars.isSpace(after)
            let punctBefore = Self.isPunctuation(before), punctAfter = Self.isPunctuation(after)
            let left = !spaceAfter && (!punctAfter || spaceBefore || punctBefore)
            let right = !spaceBefore && (!punctBefore || spaceAfter || punctAfter)
            // Intraword runs are not emphasis in news text ("2*3*4", "snake_case").
            let intraword = Self.isAlphanumeric(before) && Self.isAlphanumeric(after)
            var canOpen = left && !intraword, canClose = right && !intraword
            if b == 0x5F {
                canOpen = left && (!right || punctBefore)
                canClose = right && (!left || punctAfter)
            }
            if canClose, let k = openers.lastIndex(where: { $0.byte == b }) {
                for index in openers[k].run { droppedDelimiters.insert(index) }
                for index in i..<j { droppedDelimiters.insert(index) }
                droppedSpan = (min(droppedSpan.low, openers[k].run.lowerBound), max(droppedSpan.high, j - 1))
                openers.removeSubrange(k...)
            } else if canOpen {
                openers.append((b, i..<j))
            }
        }
    }

    private func scalarBefore(_ index: Int) -> Unicode.Scalar {
        var start = index - 1
        while start > 0, text[start] & 0xC0 == 0x80 { start -= 1 }
        return UTF8Scalars.decode(text, at: start).scalar
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        UTF8Scalars.isLetter(scalar) || UTF8Scalars.isDigit(scalar)
    }

    static func isASCIIPunctuation(_ b: UInt8) -> Bool {
        (b >= 0x21 && b <= 0x2F) || (b >= 0x3A && b <= 0x40) || (b >= 0x5B && b <= 0x60) || (b >= 0x7B && b <= 0x7E)
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isASCIIPunctuation(UInt8(scalar.value)) }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol:
            return true
        default:
            return false
        }
    }
}
