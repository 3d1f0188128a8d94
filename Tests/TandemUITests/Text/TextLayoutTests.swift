import Testing
@testable import TandemUI

@Suite struct TextLayoutTests {
    private func wrap(_ text: String, _ width: Int) -> [String] {
        TextLayout.wrap(text, width: width).map { $0.glyphs.map(\.text).joined() }
    }

    @Test func wrapsAtSpacesByDisplayWidth() {
        #expect(wrap("the council approved the budget", 12) == ["the council", "approved the", "budget"])
        #expect(wrap("日本語の記事です", 6) == ["日本語", "の記事", "です"])
    }

    @Test func aWordWiderThanTheLineIsBrokenAndNoBreakSpacesHold() {
        #expect(wrap("abcdefghij", 4) == ["abcd", "efgh", "ij"])
        #expect(wrap("one two\u{A0}three", 9) == ["one", "two\u{A0}three"])
    }

    @Test func linesKeepTheirSourceOffsets() {
        let lines = TextLayout.wrap("alpha beta gamma", width: 6)
        #expect(lines.map(\.offset) == [0, 6, 11])
    }

    @Test func chineseAndJapaneseBreakBetweenCharactersButNotBeforeAFullStop() {
        #expect(wrap("The minister said 日本の首相は会見を開いた", 24) == ["The minister said 日本の", "首相は会見を開いた"])
        #expect(wrap("会見を開いた。次に", 12) == ["会見を開い", "た。次に"])
        #expect(wrap("彼は「賃金」と", 6) == ["彼は", "「賃", "金」と"])
    }
}
