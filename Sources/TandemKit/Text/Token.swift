/// A word or number of a text: where it is and how it normalizes.
///
/// Tokens hold keys, not strings: a corpus has millions of tokens and only tens
/// of thousands of distinct words, whose text `Tokenizer.normalizedBytes` can
/// recover from the source when needed.
struct Token: Sendable, Equatable {
    enum Kind: UInt8, Sendable, Equatable {
        case word
        case number
    }

    /// UTF-8 byte range in the text it was read from.
    let range: Range<Int>
    let kind: Kind
    /// Key of the normalized form: lower case, curly quotes straightened,
    /// possessive `'s` dropped, digits without thousands separators.
    let key: WordKey
    /// The first letter was upper case ("Beijing", not "beijing").
    let isCapitalized: Bool
    /// A function word ("the", "of"): grammar, not content.
    let isStopword: Bool
    /// "not", "never", "didn't" and the like.
    let isNegation: Bool
}
