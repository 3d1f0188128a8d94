/// Stems of the words of a collection, each distinct word stemmed once.
///
/// Stemming is the costly part of reading text; a corpus of thousands of
/// articles has only tens of thousands of distinct words.
struct Lexicon: Sendable {
    struct Entry: Sendable {
        let key: WordKey
        let text: [UInt8]
    }

    private var stems = WordKeyTable<Entry>()

    /// Builds the lexicon of texts and their tokens (ranges into the text), on all cores.
    static func build(_ sources: [(tokens: [Token], text: [UInt8])]) -> Lexicon {
        build(sources.map { [$0] })
    }

    /// Builds the lexicon of cleaned articles (their paragraphs and sentence tokens).
    static func build(_ articles: [SegmentedArticle]) -> Lexicon {
        build(articles.map { article in
            var sources: [(tokens: [Token], text: [UInt8])] = []
            var paragraph = -1
            for sentence in article.sentences {
                if sentence.paragraph != paragraph {
                    paragraph = sentence.paragraph
                    sources.append(([], Array(article.clean.paragraphs[paragraph].text.utf8)))
                }
                sources[sources.count - 1].tokens += sentence.tokens
            }
            return sources
        })
    }

    /// - Parameter groups: texts with their tokens, grouped so that each group is read by one core.
    private static func build(_ groups: [[(tokens: [Token], text: [UInt8])]]) -> Lexicon {
        // The distinct words of each group, then of all.
        let local = groups.parallelMap { group -> [(WordKey, [UInt8])] in
            var seen = WordKeyTable<Bool>()
            var words: [(WordKey, [UInt8])] = []
            for source in group {
                source.text.withUnsafeBufferPointer { text in
                    for token in source.tokens where token.kind == .word && seen[token.key] == nil {
                        seen[token.key] = true
                        words.append((token.key, Tokenizer.normalizedBytes(of: token, in: text)))
                    }
                }
            }
            return words
        }
        var distinct = WordKeyTable<[UInt8]>()
        var order: [(WordKey, [UInt8])] = []
        for words in local {
            for (key, bytes) in words where distinct[key] == nil {
                distinct[key] = bytes
                order.append((key, bytes))
            }
        }
        let stemmed = order.parallelMap { entry -> Entry in
            let stem = PorterStemmer.stem(bytes: entry.1) ?? entry.1
            return Entry(key: stem.withUnsafeBufferPointer { WordKey($0, 0..<$0.count) }, text: stem)
        }
        var lexicon = Lexicon()
        lexicon.stems = WordKeyTable(minimumCapacity: order.count)
        for (entry, stem) in zip(order, stemmed) { lexicon.stems[entry.0] = stem }
        return lexicon
    }

    func stem(of token: Token) -> WordKey {
        token.kind == .number ? token.key : (stems[token.key]?.key ?? token.key)
    }

    /// The stem's bytes, for comparing variants; numbers give none (they are never variants).
    func stemText(of token: Token) -> [UInt8] {
        token.kind == .number ? [] : (stems[token.key]?.text ?? [])
    }
}
