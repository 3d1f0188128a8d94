import Testing
import TestSupport
@testable import TandemKit

@Suite struct AuthorBioRuleTests {
    @Test func aBioAtTheFootGoesAndNamesTheAuthor() throws {
        let clean = try cleanText("A headline about the council\n\n" + body
            + "\n\nTom Baker is a freelance journalist who covers local government.")
        #expect(clean.byline == "Tom Baker")
        #expect(clean.removals["Tom Baker is a freelance journalist who covers local government."] == .authorBio)
    }

    @Test func aNewsSentenceAboutAPersonStays() throws {
        let ending = "Judy Bell, the company's founder, said it would cost a huge amount to rebrand its product."
        let clean = try cleanText("A headline about the council\n\n" + body + "\n\n" + ending)
        #expect(clean.texts.last == ending)
    }
}
