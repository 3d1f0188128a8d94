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
}
