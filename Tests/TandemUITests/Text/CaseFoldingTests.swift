import Testing
@testable import TandemUI

@Suite struct CaseFoldingTests {
    @Test func lettersOutsideASCIIFoldToo() {
        #expect(CaseFolding.folded("ÜBER Straße") == Array("über straße".utf8))
        #expect(CaseFolding.folded("ΑΘΗΝΑ") == Array("αθηνα".utf8))
        #expect(CaseFolding.folded("МОСКВА") == Array("москва".utf8))
        // Final sigma folds as sigma, so a word in capitals finds it written in lower case.
        #expect(CaseFolding.folded("ΟΔΟΣ") == CaseFolding.folded("οδος"))
    }

    @Test func foldingKeepsTheByteLengthOfEveryText() {
        // İ lower-cases to two scalars, ẞ to a shorter ß: they stay as they are.
        for text in ["İstanbul", "GROẞ", "straße", "ǅemal", "東京 日銀", "a\u{301}", "🇺🇦 Kyiv"] {
            #expect(CaseFolding.folded(text).count == text.utf8.count, "\(text)")
        }
        #expect(CaseFolding.folded("İSTANBUL") == Array("İstanbul".utf8))
    }

    @Test func matchesAreRangesOfTheOriginalText() {
        // Before, one letter whose lower case is longer (İ) sent the whole text back to ASCII folding.
        let text = "İzmir said: Über alles, über ALLES."
        let ranges = TextSearch.matches(of: "über", in: text)
        #expect(ranges.count == 2)
        let bytes = Array(text.utf8)
        #expect(ranges.map { String(decoding: bytes[$0], as: UTF8.self) } == ["Über", "über"])
        #expect(TextSearch.matches(of: "ΑΘΗΝΑ", in: "στην Αθηνα χθες").count == 1)
    }
}
