import Testing
@testable import TandemKit

@Suite struct GramHashTests {
    @Test func scanningHashesTheSameGramsAsTheirText() {
        for text in ["Exports rose 12% to $2.2 trillion.", "a I x", "Pékin a dit « non » — 北京 说", "  spaced   out  "] {
            #expect(GramHash.characterGrams(text).sorted() == ClaimWords.characterGrams(text).map(GramHash.of).sorted(), "\(text)")
            let words = ClaimWords.words(text)
            #expect(GramHash.wordGrams(words).sorted() == ClaimWords.wordGrams(words).map(GramHash.of).sorted(), "\(text)")
        }
    }

    @Test func wordsAndQuantityPlaceholders() {
        #expect(ClaimWords.words("Exports rose 12% to $2.2 trillion in 2023, up from 1,200.")
            == ["exports", "rose", "pcttok", "to", "moneytok", "in", "yeartok", "up", "from", "numtok"])
    }
}
