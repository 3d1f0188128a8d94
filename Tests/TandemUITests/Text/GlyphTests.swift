import Testing
@testable import TandemUI

@Suite struct GlyphTests {
    private func shown(_ text: String) -> String { Glyph.glyphs(of: text).map(\.text).joined() }

    @Test func controlCharactersAndEscapesBecomeVisiblePlaceholders() {
        #expect(shown("a\u{1B}[2Jb\u{07}") == "a␛[2Jb␇")
        #expect(shown("tab\there") == "tab here")
        #expect(shown("del\u{7F}") == "del␡")
    }

    @Test func bidiOverridesAndZeroWidthCharactersAreDropped() {
        #expect(shown("abc\u{202E}def\u{200B}") == "abcdef")
    }

    @Test func emojiSequencesKeepTheirFirstEmoji() {
        #expect(shown("👍🏽") == "👍")
        #expect(shown("👨‍👩‍👧 family") == "👨 family")
        #expect(shown("❤️") == "❤")
    }

    @Test func combiningMarksJoinTheirBaseAndWideCharactersTakeTwoColumns() {
        let glyphs = Glyph.glyphs(of: "e\u{301}日本")
        #expect(glyphs.map(\.text) == ["e\u{301}", "日", "本"])
        #expect(glyphs.map(\.width) == [1, 2, 2])
        #expect(glyphs.map(\.offset) == [0, 3, 6])
    }
}
