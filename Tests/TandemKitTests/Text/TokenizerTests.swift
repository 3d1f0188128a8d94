import Testing
@testable import TandemKit

@Suite struct TokenizerTests {
    private func normalized(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            Tokenizer.tokens(in: buffer, range: 0..<buffer.count).map { token in
                // The key is the hash of the normalized form the tokenizer saw.
                let form = String(decoding: Tokenizer.normalizedBytes(of: token, in: buffer), as: UTF8.self)
                let marked = token.key == WordKey(form) ? form : form + "."
                return marked
            }
        }
    }

    @Test func wordsAreFoldedAndPossessivesDropped() {
        #expect(normalized("China’s top diplomat didn't say") == ["china", "top", "diplomat", "didn't", "say"])
        #expect(normalized("the states' rights") == ["the", "states", "rights"])
    }

    @Test func hyphensAndDashesSplit() {
        #expect(normalized("long-term—and well") == ["long", "term", "and", "well"])
    }

    @Test func numbersKeepDecimalsAndDropGroupSeparators() {
        #expect(normalized("4,949 institutions, 1.16bn euros, 56%.") == ["4949", "institutions", "1.16", "bn", "euros", "56"])
        let tokens = Tokenizer.tokens(in: Array("rose 56% to 1.16bn".utf8))
        #expect(tokens.map(\.kind) == [.word, .number, .word, .number, .word])
    }

    @Test func acronymsStayContentWords() {
        #expect(normalized("the U.S. and US officials told us") == ["the", "us.", "and", "us.", "officials", "told", "us"])
        #expect(normalized("e.g. this") == ["eg", "this"])
        #expect(normalized("Mr. Smith") == ["mr", "smith"])
    }

    @Test func rangesPointAtTheWords() {
        let text = "Blinken’s “warning”"
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokens(in: bytes)
        #expect(tokens.map { String(decoding: bytes[$0.range], as: UTF8.self) } == ["Blinken’s", "warning"])
        #expect(tokens[0].isCapitalized && !tokens[1].isCapitalized)
    }

    @Test func functionWordsAndNegationsAreFlagged() {
        let tokens = Tokenizer.tokens(in: Array("The US did not say it wasn't true".utf8))
        #expect(tokens.map(\.isStopword) == [true, false, true, true, false, true, true, false])
        #expect(tokens.map(\.isNegation) == [false, false, false, true, false, false, true, false])
    }

    @Test func nonLatinScriptsAreWords() {
        #expect(normalized("日本語 Café naïve") == ["日本語", "café", "naïve"])
    }
}
