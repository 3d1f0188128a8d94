/// Wraps text to a width in columns, breaking at spaces and between Chinese or
/// Japanese characters (keeping 。 off the start of a line), and hard-breaking
/// a word wider than the line. Lines keep their glyphs' source offsets, so search
/// matches, styles and reading positions map between text and screen.
public enum TextLayout {
    public struct Line: Equatable, Sendable {
        public var glyphs: ArraySlice<Glyph>
        /// UTF-8 offset of the line's first glyph in the source text.
        public var offset: Int { glyphs.first?.offset ?? 0 }
        public var width: Int { glyphs.reduce(0) { $0 + Int($1.width) } }
    }

    /// - Complexity: O(*n*), *n* the glyphs.
    public static func wrap(_ glyphs: [Glyph], width: Int) -> [Line] {
        let width = max(1, width)
        var lines: [Line] = []
        var start = 0
        while start < glyphs.count {
            // Skip spaces at the start of a line.
            while start < glyphs.count, glyphs[start].isSpace { start += 1 }
            guard start < glyphs.count else { break }
            var used = 0, end = start, lastBreak: Int?
            while end < glyphs.count, used + Int(glyphs[end].width) <= width {
                if end > start, canBreak(before: end, in: glyphs) { lastBreak = end }
                used += Int(glyphs[end].width)
                end += 1
            }
            if end < glyphs.count, !canBreak(before: end, in: glyphs), let lastBreak {
                end = lastBreak // break at the last opportunity that fits
            }
            if end == start { end = start + 1 } // a glyph wider than the line
            var lineEnd = end
            while lineEnd > start, glyphs[lineEnd - 1].isSpace { lineEnd -= 1 }
            lines.append(Line(glyphs: glyphs[start..<lineEnd]))
            start = end
        }
        return lines
    }

    /// At a space; or beside a wide (Chinese, Japanese) character, which is
    /// written without spaces, unless the next glyph may not start a line (。、」)
    /// or the previous one may not end it (「).
    static func canBreak(before index: Int, in glyphs: [Glyph]) -> Bool {
        let next = glyphs[index], previous = glyphs[index - 1]
        if next.isSpace { return true }
        guard next.width == 2 || previous.width == 2 else { return false }
        return !noLineStart.contains(next.text) && !noLineEnd.contains(previous.text) && !previous.isSpace
    }

    /// Closing marks, small kana and the length mark: never at the start of a line.
    private static let noLineStart: Set<String> = Set(
        "、。，．！？：；）」』】〉》〕］｝〙〗ー・々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ…‥%),.!?:;”’".map(String.init))
    /// Opening brackets: never at the end of a line.
    private static let noLineEnd: Set<String> = Set("（「『【〈《〔［｛〘〖“‘(".map(String.init))

    public static func wrap(_ text: String, width: Int) -> [Line] {
        wrap(Glyph.glyphs(of: text), width: width)
    }
}
