import Testing
@testable import TandemKit

@Suite struct UnitShapeTests {
    @Test func normalizesCaseApostrophesAndPunctuationInOnePass() {
        let shape = UnitShape("Don’t STOP, İstanbul’s 42nd Café (said Ms. O'Neil).")
        #expect(shape.normalized == " dont stop i̇stanbuls 42nd café said ms oneil ")
        #expect((0..<shape.normalizedWordCount).map(shape.normalizedWord) ==
            ["dont", "stop", "i̇stanbuls", "42nd", "café", "said", "ms", "oneil"])
        #expect(shape.wordCount == 8)
        #expect(shape.letterCount == 34 && shape.digitCount == 2)
        #expect(shape.startsUppercase && !shape.startsLowercase)
        #expect(shape.lastSignificant == "." && shape.endsTerminal && !shape.endsQuestion)
        #expect(shape.hasComma && !shape.hasURL)
    }

    @Test func countsCapitalsOverLetters() {
        #expect(UnitShape("BREAKING NEWS").isAllCaps)
        #expect(!UnitShape("Breaking news").isAllCaps)
        #expect(UnitShape("abc DEF").upperShare == 0.5)
        #expect(UnitShape("«Why?»").endsQuestion)
        #expect(UnitShape("see www.example.com now").hasURL)
    }

    @Test func chineseAndJapaneseCharactersCountAsWords() {
        let shape = UnitShape("日銀、政策金利を0.5%に引き上げ。")
        #expect(shape.wordCount == 13)  // 12 characters and the number
        #expect(shape.endsTerminal && !shape.endsQuestion)
        #expect(UnitShape("次は？").endsQuestion)
        #expect(UnitShape("「賃金は上がる。」").endsTerminal)
    }
}
