/// Stems of the words of a collection, each distinct word stemmed once.
///
/// Stemming is the costly part of reading text; a corpus of thousands of
/// articles has only tens of thousands of distinct words.
struct Lexicon: Sendable {
    struct Entry: Sendable {
        let key: WordKey
        let text: String
    }

    private var stems: [WordKey: Entry] = [:]

    init() {}

    /// Adds the words of these tokens; numbers are their own stems.
    mutating func add(_ tokens: [Token]) {
        for token in tokens where token.kind == .word && stems[token.key] == nil {
            let stem = PorterStemmer.stem(token.normalized)
            stems[token.key] = Entry(key: WordKey(stem), text: stem)
        }
    }

    /// Builds the lexicon of many token lists on all cores.
    static func build(_ tokenLists: [[Token]]) -> Lexicon {
        var words: [WordKey: String] = [:]
        for tokens in tokenLists {
            for token in tokens where token.kind == .word { words[token.key] = token.normalized }
        }
        let entries = Array(words)
        let stemmed = entries.parallelMap { entry -> Entry in
            let stem = PorterStemmer.stem(entry.value)
            return Entry(key: WordKey(stem), text: stem)
        }
        var lexicon = Lexicon()
        lexicon.stems.reserveCapacity(entries.count)
        for (entry, stem) in zip(entries, stemmed) { lexicon.stems[entry.key] = stem }
        return lexicon
    }

    func stem(of token: Token) -> WordKey {
        token.kind == .number ? token.key : (stems[token.key]?.key ?? token.key)
    }

    /// The stem's text, for comparing variants; numbers are their own text.
    func stemText(of token: Token) -> String {
        token.kind == .number ? token.normalized : (stems[token.key]?.text ?? token.normalized)
    }
}
