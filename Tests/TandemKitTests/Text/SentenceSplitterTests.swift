import Testing
@testable import TandemKit

@Suite struct SentenceSplitterTests {
    private func split(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return SentenceSplitter.sentences(in: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func plainSentences() {
        #expect(split("One word: survival. Then more! Why? Because.") == ["One word: survival.", "Then more!", "Why?", "Because."])
    }

    @Test func abbreviationsTitlesAndInitialsDoNotEndSentences() {
        #expect(split("Mr. Smith met Dr. Jones at 3 p.m. on Monday.") == ["Mr. Smith met Dr. Jones at 3 p.m. on Monday."])
        #expect(split("George W. Bush and J. K. Rowling spoke.") == ["George W. Bush and J. K. Rowling spoke."])
        #expect(split("Exports, e.g. Oil, rose. Then fell.") == ["Exports, e.g. Oil, rose.", "Then fell."])
    }

    @Test func anAbbreviationEndsASentenceWhenAnOpenerFollows() {
        #expect(split("He moved to the U.S. The job was new.") == ["He moved to the U.S.", "The job was new."])
        #expect(split("The U.S. Senate voted.") == ["The U.S. Senate voted."])
    }

    @Test func decimalsAndNumbersStayInside() {
        #expect(split("Profits rose 1.16bn euros. Sales were 8.6bn.") == ["Profits rose 1.16bn euros.", "Sales were 8.6bn."])
    }

    @Test func quotesClosingAfterTheStopGoWithTheSentence() {
        #expect(split("He said: “It is over.” Then he left.") == ["He said: “It is over.”", "Then he left."])
        #expect(split("“Why?” he asked. Nobody knew.") == ["“Why?” he asked.", "Nobody knew."])
        #expect(split("It was (he said.) Fine. ‘Yes.’ ‘No.’") == ["It was (he said.)", "Fine.", "‘Yes.’", "‘No.’"])
    }

    @Test func aHeadingWithoutPunctuationIsOneSentence() {
        #expect(split("China’s need for allies") == ["China’s need for allies"])
    }

    @Test func chineseAndJapaneseSentencesEndWithoutASpace() {
        #expect(split("日銀は利上げを決めた。円相場は上昇した！次は？") == ["日銀は利上げを決めた。", "円相場は上昇した！", "次は？"])
        #expect(split("北京举行马拉松。 三万人参加。") == ["北京举行马拉松。", "三万人参加。"])
        // A quote closing after its full stop, carried on by a particle, is one sentence.
        #expect(split("「賃金は上がる。」と総裁は述べた。市場は落ち着いた。") == ["「賃金は上がる。」と総裁は述べた。", "市場は落ち着いた。"])
        #expect(split("He said so. 日本は晴れ。") == ["He said so.", "日本は晴れ。"])
    }
}
