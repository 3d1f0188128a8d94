/// A word or number of a text: where it is and how it normalizes.
///
/// Tokens hold keys, not strings: a corpus has millions of tokens and only tens
/// of thousands of distinct words, whose text `Tokenizer.normalizedBytes` can
/// recover from the source when needed. For the same reason a token packs into
/// 16 bytes: its range as a 32-bit start and a 16-bit length, its flags in a byte
/// (the tokenizer cuts words at `maximumLength` bytes and stops at
/// `maximumOffset`).
struct Token: Sendable, Equatable {
    enum Kind: UInt8, Sendable, Equatable {
        case word
        case number
    }

    static let maximumLength = Int(UInt16.max)
    static let maximumOffset = Int(UInt32.max)

    /// Key of the normalized form: lower case, curly quotes straightened,
    /// possessive `'s` dropped, digits without thousands separators.
    let key: WordKey
    private let start: UInt32
    private let length: UInt16
    private let flags: UInt8

    private static let numberFlag: UInt8 = 1, capitalizedFlag: UInt8 = 2
    private static let stopwordFlag: UInt8 = 4, negationFlag: UInt8 = 8, characterFlag: UInt8 = 16

    /// - Precondition: the range ends at or before `maximumOffset` and is at most
    ///   `maximumLength` long.
    init(range: Range<Int>, kind: Kind, key: WordKey, isCapitalized: Bool, isStopword: Bool, isNegation: Bool,
         isCharacter: Bool = false) {
        precondition(range.upperBound <= Self.maximumOffset && range.count <= Self.maximumLength,
                     "token range out of bounds")
        self.key = key
        start = UInt32(range.lowerBound)
        length = UInt16(range.count)
        flags = (kind == .number ? Self.numberFlag : 0) | (isCapitalized ? Self.capitalizedFlag : 0)
            | (isStopword ? Self.stopwordFlag : 0) | (isNegation ? Self.negationFlag : 0)
            | (isCharacter ? Self.characterFlag : 0)
    }

    /// UTF-8 byte range in the text it was read from.
    var range: Range<Int> { Int(start)..<(Int(start) + Int(length)) }
    var kind: Kind { flags & Self.numberFlag != 0 ? .number : .word }
    /// The first letter was upper case ("Beijing", not "beijing").
    var isCapitalized: Bool { flags & Self.capitalizedFlag != 0 }
    /// A function word ("the", "of"): grammar, not content.
    var isStopword: Bool { flags & Self.stopwordFlag != 0 }
    /// "not", "never", "didn't" and the like.
    var isNegation: Bool { flags & Self.negationFlag != 0 }
    /// A Chinese or Japanese character, a word of its own (see `Tokenizer`).
    var isCharacter: Bool { flags & Self.characterFlag != 0 }
}
