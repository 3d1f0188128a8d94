/// Groups lines into units: blank lines separate blocks; inside a block, lines
/// are joined where a hard wrap broke a paragraph and kept apart otherwise.
///
/// A line was broken by a wrapper if the next line's first word would not have
/// fitted on it; that rule needs no fixed width, only the longest line of the run.
struct UnitBuilder {
    let text: UnsafeBufferPointer<UInt8>
    let lines: [SourceLine]
    let texQuotes: Bool

    /// Lines longer than this are not hard-wrapped prose but one paragraph each.
    static let widestWrap = 100

    /// How lines inside a block become paragraphs.
    enum WrapMode: Equatable {
        /// Every line is a paragraph (web text).
        case unwrapped
        /// Hard-wrapped at this column: a full line continues on the next.
        case wrapped(width: Int)
        /// The document marks its own paragraphs: lines between marks join.
        case marked
    }

    func wrapMode() -> WrapMode {
        if hasParagraphMarks() { return .marked }
        return wrapWidth().map { .wrapped(width: $0) } ?? .unwrapped
    }

    /// - Complexity: O(*n*), *n* the byte count.
    func units() -> [Unit] {
        var units: [Unit] = []
        let mode = wrapMode()
        var block = 0
        var run: [Int] = []
        func finishRun() {
            if !run.isEmpty { units.append(contentsOf: unitsOfRun(run, block: block, mode: mode)) }
            run.removeAll()
        }
        var previousBlank = true
        for (index, line) in lines.enumerated() {
            if line.isBlank {
                finishRun()
                if !previousBlank { block += 1 }
                previousBlank = true
                continue
            }
            previousBlank = false
            if line.startsWithControlMark || isUnderline(line) || startsMarkdownBlock(line) {
                finishRun()
            }
            run.append(index)
            if endsWithParagraphMark(line) || isUnderline(line) || isMarkdownHeading(line) {
                finishRun()
            }
        }
        finishRun()
        markUnderlinedHeadings(&units)
        return units
    }

    /// Splits a run of lines (no explicit marks inside) into wrapped paragraphs.
    private func unitsOfRun(_ run: [Int], block: Int, mode: WrapMode) -> [Unit] {
        var units: [Unit] = []
        var current: [Int] = []
        for (k, index) in run.enumerated() {
            current.append(index)
            var joinsNext = false
            if k + 1 < run.count {
                switch mode {
                case .unwrapped:
                    joinsNext = false
                case .marked:
                    joinsNext = true
                case .wrapped(let width):
                    // Wrappers leave ragged margins; a line within a tenth of the
                    // width of being full counts as full.
                    let next = lines[run[k + 1]].trimmed
                    let slack = max(4, width / 10)
                    joinsNext = scalarCount(lines[index].trimmed) + 1 + firstWordLength(next) > width - slack
                }
            }
            if !joinsNext {
                units.append(makeUnit(current, block: block))
                current.removeAll()
            }
        }
        return units
    }

    /// True if the document marks its own paragraphs (wire copy: a control
    /// character opens one, a `<` closes it) often enough to trust the marks.
    func hasParagraphMarks() -> Bool {
        lines.filter { $0.startsWithControlMark || endsWithParagraphMark($0) }.count >= 3
    }

    /// The column a hard-wrapped document was wrapped at, or nil if its lines
    /// are paragraphs. Only a line followed by another in the same block can
    /// have been wrapped; in wrapped text most of those are nearly full.
    func wrapWidth() -> Int? {
        var inner: [Int] = []
        for i in lines.indices.dropLast() where !lines[i].isBlank && !lines[i + 1].isBlank {
            let length = scalarCount(lines[i].trimmed)
            if length <= Self.widestWrap { inner.append(length) }
        }
        guard inner.count >= 2 else { return nil }
        inner.sort()
        let width = inner[(inner.count - 1) * 9 / 10]
        guard width >= 40 else { return nil }
        let full = inner.filter { $0 * 4 >= width * 3 }.count
        return full >= 2 && full * 2 >= inner.count ? width : nil
    }

    private func makeUnit(_ lineIndices: [Int], block: Int) -> Unit {
        var cleaner = InlineCleaner(text: text, texQuotes: texQuotes)
        var heading: Int?
        var previous: Range<Int>?
        for index in lineIndices {
            let range = lines[index].trimmed
            let hyphenJoin = previous.map { endsWithWordHyphen($0) && startsLowercase(range) } ?? false
            let marks = cleaner.appendLine(range, joinWithoutSpace: hyphenJoin)
            if let level = marks.headingLevel { heading = level }
            previous = range
        }
        return Unit(pieces: lineIndices.map { lines[$0].trimmed }, text: cleaner.output,
                    headingLevel: heading, block: block)
    }

    /// A Setext underline (`===` or `---` under a line) makes that line a heading.
    private func markUnderlinedHeadings(_ units: inout [Unit]) {
        for i in units.indices.dropFirst() where units[i].pieces.count == 1 {
            let piece = units[i].pieces[0]
            guard !piece.isEmpty, case let first = text[piece.lowerBound], first == 0x3D || first == 0x2D,
                  piece.allSatisfy({ text[$0] == first }),
                  units[i - 1].block == units[i].block, units[i - 1].headingLevel == nil,
                  units[i - 1].pieces.count == 1 else { continue }
            units[i - 1].headingLevel = first == 0x3D ? 1 : 2
        }
    }

    // MARK: - Line tests

    private func isUnderline(_ line: SourceLine) -> Bool {
        let r = line.trimmed
        guard r.count >= 3, let first = text[r.lowerBound] as UInt8?, first == 0x3D || first == 0x2D else { return false }
        return r.allSatisfy { text[$0] == first }
    }

    private func isMarkdownHeading(_ line: SourceLine) -> Bool {
        var i = line.trimmed.lowerBound
        while i < line.trimmed.upperBound, text[i] == 0x23 { i += 1 }
        let level = i - line.trimmed.lowerBound
        return (1...6).contains(level) && i < line.trimmed.upperBound && text[i] == 0x20
    }

    private func startsMarkdownBlock(_ line: SourceLine) -> Bool {
        if isMarkdownHeading(line) { return true }
        // List items each start a unit: "- ", "* ", "• ", "1. ".
        let r = line.trimmed
        guard r.count >= 2 else { return false }
        let b = text[r.lowerBound]
        if (b == 0x2D || b == 0x2A || b == 0x2B), text[r.lowerBound + 1] == 0x20 { return true }
        if r.count >= 4, text[r.lowerBound] == 0xE2, text[r.lowerBound + 1] == 0x80, text[r.lowerBound + 2] == 0xA2 {
            return true
        }
        return false
    }

    private func endsWithParagraphMark(_ line: SourceLine) -> Bool {
        let r = line.trimmed
        guard let last = r.last, text[last] == 0x3C else { return false }
        var i = last - 1
        while i >= r.lowerBound {
            if text[i] == 0x3E { return true }
            if text[i] == 0x3C { return false }
            i -= 1
        }
        return true
    }

    private func endsWithWordHyphen(_ r: Range<Int>) -> Bool {
        guard r.count >= 2, text[r.upperBound - 1] == 0x2D else { return false }
        let before = text[r.upperBound - 2]
        return (before >= 0x41 && before <= 0x5A) || (before >= 0x61 && before <= 0x7A)
    }

    private func startsLowercase(_ r: Range<Int>) -> Bool {
        guard !r.isEmpty else { return false }
        return UTF8Scalars.isLowercase(UTF8Scalars.decode(text, at: r.lowerBound).scalar)
    }

    private func scalarCount(_ r: Range<Int>) -> Int {
        var count = 0
        for i in r where text[i] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    private func firstWordLength(_ r: Range<Int>) -> Int {
        var count = 0
        for i in r {
            if text[i] == 0x20 || text[i] == 0x09 { break }
            if text[i] & 0xC0 != 0x80 { count += 1 }
        }
        return count
    }
}
