import Testing
@testable import TandemUI

@Suite struct DisplayTextTests {
    @Test func countsTakeTheirNounInTheSingularOnlyForOne() {
        #expect(DisplayText.count(1, "word") == "1 word")
        #expect(DisplayText.count(0, "word") == "0 words")
        #expect(DisplayText.count(4_316, "other source") == "4,316 other sources")
    }

    @Test func controlCharactersAreMadeVisibleAndPlainTextIsKept() {
        #expect(DisplayText.sanitize("plain text") == "plain text")
        #expect(DisplayText.sanitize("bell\u{7}") != "bell\u{7}")
    }

    @Test func aNameCutToAWidthKeepsItsEnd() {
        #expect(DisplayText.keepingEnd("08.12.99/thomas/thomas1", width: 16) == "…/thomas/thomas1")
        #expect(DisplayText.keepingEnd("thomas1", width: 16) == "thomas1")
        #expect(DisplayText.keepingEnd("新聞/東京", width: 4) == "…京")
        #expect(DisplayText.keepingEnd("abc", width: 1) == "…")
    }
}
