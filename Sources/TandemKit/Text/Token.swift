/// A word or number of a text, with its place and its normalized forms.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case word
        case number
    }

    /// UTF-8 byte range in the text it was read from.
    let range: Range<Int>
    let kind: Kind
    /// Lower case, curly quotes straightened, possessive `'s` dropped, digits
    /// without thousands separators: "China’s" → `china`, "4,949" → `4949`.
    let normalized: String
    /// Key of `normalized`.
    let key: WordKey
    /// The first letter was upper case ("Beijing", not "beijing").
    let isCapitalized: Bool

    var isStopword: Bool { kind == .word && Stopwords.keys.contains(key) }
}
