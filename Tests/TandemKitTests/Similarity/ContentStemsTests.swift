import Testing
@testable import TandemKit

@Suite struct ContentStemsTests {
    private func stems(_ text: String) async throws -> (stems: [(WordKey, Int, Bool)], tokens: [Token], lexicon: Lexicon) {
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokens(in: bytes)
        let lexicon = try await Lexicon.build([(tokens: tokens, text: bytes)])
        var stems: [(WordKey, Int, Bool)] = []
        ContentStems.visit(tokens, lexicon: lexicon) { stems.append(($0, $1, $2)) }
        return (stems, tokens, lexicon)
    }

    @Test func wordsGiveTheirStemsAndSkipFunctionWords() async throws {
        let (stems, tokens, lexicon) = try await stems("The banks raised rates")
        #expect(stems.map(\.1) == [1, 2, 3])
        #expect(stems.map(\.0) == [1, 2, 3].map { lexicon.stem(of: tokens[$0]) })
        #expect(stems.allSatisfy { !$0.2 })
    }

    @Test func chineseAndJapaneseCharactersPairWithTheirNeighbours() async throws {
        // 金利を上げ: 金利, 利を, を上 and 上げ are pairs; no pair is two kana.
        let (stems, tokens, _) = try await stems("金利を上げ、日本")
        #expect(stems.map(\.1) == [0, 1, 2, 3, 5])
        #expect(stems.allSatisfy { $0.2 })
        #expect(stems[0].0 == ContentStems.pair(tokens[0].key, tokens[1].key))
        #expect(stems[0].0 != ContentStems.pair(tokens[1].key, tokens[0].key))
        let alone = try await self.stems("米、日本")
        #expect(alone.stems.map(\.1) == [0, 1] && alone.stems.map(\.2) == [false, true])
        let kana = try await self.stems("これは")
        #expect(kana.stems.isEmpty)
    }
}
