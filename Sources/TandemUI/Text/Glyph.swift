/// What one screen cell (or two, for a wide character) shows: a base character
/// with any combining marks, already made safe for the terminal.
public struct Glyph: Equatable, Sendable {
    public var text: String
    /// 1 or 2 columns (0 only for a glyph that draws nothing).
    public var width: UInt8
    /// UTF-8 offset in the source text of the first scalar it shows.
    public var offset: Int

    public init(text: String, width: UInt8, offset: Int) {
        self.text = text
        self.width = width
        self.offset = offset
    }

    public var isSpace: Bool { text == " " }

    /// The glyphs of source text: sanitized scalar by scalar so each keeps the
    /// UTF-8 offset it came from; combining marks join the glyph before them.
    /// - Complexity: O(*n*), *n* the text's scalars.
    public static func glyphs(of source: String) -> [Glyph] {
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(source.utf8.count)
        var offset = 0
        var afterJoiner = false
        for scalar in source.unicodeScalars {
            defer { offset += UTF8.width(scalar) }
            if afterJoiner {
                afterJoiner = false
                if scalar.properties.isEmoji && scalar.value > 0xFF { continue }
            }
            if scalar.value == 0x200D { afterJoiner = true; continue }
            if scalar.value >= 0x20 && scalar.value < 0x7F {
                glyphs.append(Glyph(text: String(Character(scalar)), width: 1, offset: offset))
                continue
            }
            let shown = DisplayText.sanitize(String(scalar))
            for display in shown.unicodeScalars {
                let width = DisplayWidth.of(display)
                if width == 0 {
                    if !glyphs.isEmpty, glyphs[glyphs.count - 1].width > 0 { glyphs[glyphs.count - 1].text.unicodeScalars.append(display) }
                    continue
                }
                glyphs.append(Glyph(text: String(display), width: UInt8(width), offset: offset))
            }
        }
        return glyphs
    }
}
