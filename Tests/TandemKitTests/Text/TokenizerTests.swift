import Testing
import TestSupport
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

    /// Plain words (ASCII letters and digits) take a one-pass path; its keys and
    /// flags must be what the rules say, whatever the case and neighbours.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func plainWordsFollowTheRules(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let pool = ["us", "no", "not", "the", "it", "none", "china", "g7", "covid19", "a", "nor", "is", "be"]
        var words: [String] = []
        for _ in 0..<400 {
            var word = pool[Int(random.next() % UInt64(pool.count))]
            // Random case, letter by letter.
            word = String(word.map { random.next() % 2 == 0 ? Character($0.uppercased()) : $0 })
            words.append(word)
        }
        let separators = [" ", ", ", ". ", "; ", " (", ") "]
        let text = words.enumerated().map { index, word in
            word + separators[index % separators.count]
        }.joined()
        let tokens = Tokenizer.tokens(in: Array(text.utf8))
        #expect(tokens.count == words.count)
        for (token, word) in zip(tokens, words) {
            let lower = word.lowercased()
            let letters = word.filter(\.isLetter)
            let isAcronym = (2...5).contains(letters.count) && letters.allSatisfy(\.isUppercase)
            let isFunctionWord = Stopwords.words.contains(lower)
            let form = isFunctionWord && isAcronym ? lower + "." : lower
            #expect(token.key == WordKey(form), "\(word)")
            #expect(token.isStopword == (isFunctionWord && !isAcronym), "\(word)")
            #expect(token.isNegation == ["not", "no", "never", "nor", "none", "nothing", "neither", "without"].contains(form))
            #expect(token.isCapitalized == word.first!.isUppercase, "\(word)")
        }
    }

    @Test func nonLatinScriptsAreWords() {
        #expect(normalized("Москва Café naïve") == ["москва", "café", "naïve"])
        #expect(normalized("日本語") == ["日", "本", "語"])  // written without spaces: a character each
    }

    @Test func aTokenPacksIntoSixteenBytesWithItsFlags() {
        #expect(MemoryLayout<Token>.stride == 16)
        let token = Token(range: 70_000..<70_012, kind: .number, key: WordKey("12"), isCapitalized: false,
                          isStopword: true, isNegation: true)
        #expect(token.range == 70_000..<70_012)
        #expect(token.kind == .number && !token.isCapitalized && token.isStopword && token.isNegation)
    }

    @Test func aWordLongerThanATokenHoldsIsCutIntoPieces() {
        // Two-byte letters, so that a cut can fall inside a character.
        let text = Array(String(repeating: "é", count: 70_000).utf8) + Array(" end".utf8)
        let tokens = text.withUnsafeBufferPointer { Tokenizer.tokens(in: $0, range: 0..<$0.count) }
        #expect(tokens.count == 4)
        #expect(tokens.allSatisfy { $0.range.count <= Token.maximumLength })
        #expect(tokens.last?.range == (text.count - 3)..<text.count)
        #expect(zip(tokens, tokens.dropFirst()).allSatisfy { $0.range.upperBound <= $1.range.lowerBound })
    }

    @Test func chineseAndJapaneseCharactersAreWordsAndKanaParticlesFunctionWords() {
        #expect(normalized("日銀は利上げ") == ["日", "銀", "は", "利", "上", "げ"])
        #expect(normalized("iPhone用の16GB") == ["iphone", "用", "の", "16", "gb"])
        let tokens = Tokenizer.tokens(in: Array("日銀は利上げ的".utf8))
        #expect(tokens.map(\.isStopword) == [false, false, true, false, false, true, true])
        #expect(tokens.map(\.range) == [0..<3, 3..<6, 6..<9, 9..<12, 12..<15, 15..<18, 18..<21])
    }
}
