/// Text made safe and measurable for the screen.
///
/// Article text comes from the web: control characters and escape sequences must
/// not reach the terminal (they are shown as visible placeholders), bidi
/// overrides must not reorder the screen, and emoji sequences are reduced to
/// their first emoji so that the width we measure is the width the terminal draws.
public enum DisplayText {
    /// "1 word", "4,316 words": a count with its noun, plural when it is not one.
    static func count(_ n: Int, _ noun: String, plural: String? = nil) -> String {
        "\(n.formatted()) " + (n == 1 ? noun : plural ?? noun + "s")
    }

    /// The text's end in at most `width` columns, "…" standing for what is cut
    /// from its start: where the end is what tells names apart ("…/thomas/thomas1").
    static func keepingEnd(_ text: String, width: Int) -> String {
        let glyphs = Glyph.glyphs(of: text)
        guard glyphs.reduce(0, { $0 + Int($1.width) }) > width else { return text }
        guard width > 1 else { return width == 1 ? "…" : "" }
        var kept: [String] = [], used = 1
        for glyph in glyphs.reversed() {
            guard used + Int(glyph.width) <= width else { break }
            kept.append(glyph.text)
            used += Int(glyph.width)
        }
        return "…" + kept.reversed().joined()
    }

    public static func sanitize(_ text: String) -> String {
        // Most text needs nothing: checking is much cheaper than rebuilding.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 >= 0x7F }),
              text.unicodeScalars.contains(where: needsChange) else { return text }
        var out = String.UnicodeScalarView()
        var skipJoined = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if skipJoined {
                // The emoji after a zero-width joiner belongs to the sequence dropped.
                skipJoined = false
                if isEmojiish(scalar) { continue }
            }
            switch value {
            case 0x09:
                out.append(" ")
            case 0x00...0x1F:
                out.append(Unicode.Scalar(0x2400 + value)!) // ␀…␟, ␛ for ESC
            case 0x7F:
                out.append("\u{2421}") // ␡
            case 0x80...0x9F:
                out.append("\u{FFFD}")
            case 0x200D:
                skipJoined = true // zero-width joiner: keep the first emoji only
            case 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F:
                continue // variation selectors, skin tones, tag characters
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
                continue // bidi embeddings, overrides, isolates and marks
            case 0x200B, 0x2060, 0xFEFF:
                continue // zero-width spaces and joiners that draw nothing
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// A scalar that `sanitize` replaces or drops.
    private static func needsChange(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x200B, 0x200D...0x200F, 0x2060, 0xFEFF, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF,
             0xE0020...0xE007F, 0x202A...0x202E, 0x2066...0x2069, 0x061C:
            return true
        default:
            return false
        }
    }

    private static func isEmojiish(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isEmoji || (0x2600...0x27BF).contains(scalar.value)
    }
}
