/// Stems of the words of a collection, each distinct word stemmed once.
///
/// Stemming is the costly part of reading text; a corpus of thousands of
/// articles has only tens of thousands of distinct words.
struct Lexicon: Sendable {
    struct Entry: Sendable {
        let key: WordKey
        let text: [UInt8]
    }

    /// Each word's place in `stemKeys` and `stemTexts`. Apart, not as a table of
    /// entries: reading an entry would retain and release its bytes, and every
    /// token of every compared sentence asks for its stem.
    private var places = WordKeyTable<Int32>()
    private var stemKeys: [WordKey] = []
    private var stemTexts: [[UInt8]] = []

    /// Builds the lexicon of texts and their tokens (ranges into the text), on
    /// all cores, as child tasks of the calling task.
    /// - Throws: `CancellationError` when the calling task is cancelled.
    static func build(_ sources: [(tokens: [Token], text: [UInt8])]) async throws -> Lexicon {
        try await build(textCount: sources.count, visit: { index, body in
            for token in sources[index].tokens { body(0, token) }
        }, normalized: { index, _, token in
            sources[index].text.withUnsafeBufferPointer { Tokenizer.normalizedBytes(of: token, in: $0) }
        })
    }

    /// Builds the lexicon of cleaned articles (their sentences' tokens).
    static func build(_ articles: [SegmentedArticle]) async throws -> Lexicon {
        try await build(textCount: articles.count, visit: { index, body in
            for sentence in articles[index].sentences {
                for token in sentence.tokens { body(sentence.paragraph, token) }
            }
        }, normalized: { index, paragraph, token in
            var text = articles[index].clean.paragraphs[paragraph].text
            return text.withUTF8 { Tokenizer.normalizedBytes(of: token, in: $0) }
        })
    }

    /// Each distinct word is remembered by where it first occurs (its text, the
    /// part of that text, its token), not by a copy of its bytes: a large corpus
    /// has millions of first occurrences per article but only tens of thousands
    /// of distinct words, whose bytes are read once, to stem them.
    /// - Parameters:
    ///   - visit: calls its body with each (part, token) of a text.
    ///   - normalized: the normalized bytes of a token of a part of a text.
    private static func build(textCount: Int, visit: @escaping @Sendable (Int, (Int, Token) -> Void) -> Void,
                              normalized: @escaping @Sendable (Int, Int, Token) -> [UInt8]) async throws -> Lexicon {
        typealias Place = (text: Int32, part: Int32, token: Token)
        let chunks = (0..<textCount).chunks(of: 256)
        let local = try await chunks.concurrentMap { chunk -> [Place] in
            var seen = WordKeyTable<Bool>()
            var places: [Place] = []
            for text in chunk {
                visit(text) { part, token in
                    guard token.kind == .word, seen[token.key] == nil else { return }
                    seen[token.key] = true
                    places.append((Int32(text), Int32(part), token))
                }
            }
            return places
        }
        var distinct = WordKeyTable<Bool>()
        var order: [Place] = []
        for places in local {
            for place in places where distinct[place.token.key] == nil {
                distinct[place.token.key] = true
                order.append(place)
            }
        }
        let stemmed = try await order.concurrentMap(chunksOf: 1_024) { place -> Entry in
            let bytes = normalized(Int(place.text), Int(place.part), place.token)
            let stem = PorterStemmer.stem(bytes: bytes) ?? bytes
            return Entry(key: stem.withUnsafeBufferPointer { WordKey($0, 0..<$0.count) }, text: stem)
        }
        var lexicon = Lexicon()
        lexicon.places = WordKeyTable(minimumCapacity: order.count)
        for (index, place) in order.enumerated() { lexicon.places[place.token.key] = Int32(index) }
        lexicon.stemKeys = stemmed.map(\.key)
        lexicon.stemTexts = stemmed.map(\.text)
        return lexicon
    }

    func stem(of token: Token) -> WordKey {
        guard token.kind != .number, let place = places[token.key] else { return token.key }
        return stemKeys[Int(place)]
    }

    /// The stem's bytes, for comparing variants; numbers give none (they are never variants).
    func stemText(of token: Token) -> [UInt8] {
        guard token.kind != .number, let place = places[token.key] else { return [] }
        return stemTexts[Int(place)]
    }
}
