import Testing
@testable import TandemFuzz
import TandemKit

@Suite struct InvariantsTests {
    @Test func aTextLongerThanItsFileIsCaught() throws {
        let honest = try Article(id: "a", path: "a", bytes: Array("Hello there.".utf8))
        #expect(Invariants.check(honest) == [])
        let short = Article(id: "a", path: "a", text: honest.text, byteCount: 5)
        #expect(Invariants.check(short).count == 1)
    }

    @Test func paragraphsOutsideTheFileAreCaught() throws {
        let article = try Article(id: "a", path: "a", bytes: Array("A title\n\nA body sentence here.\n".utf8))
        let clean = Cleaner().clean(article)
        #expect(Invariants.check(clean, of: article) == [])
        let truncated = Article(id: "a", path: "a", text: article.text, byteCount: 10)
        #expect(!Invariants.check(clean, of: truncated).isEmpty)
    }
}
