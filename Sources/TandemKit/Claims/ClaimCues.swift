import Foundation

/// The hand-written signals of a check-worthy sentence, each 0…1.
///
/// Positive: quantities (numbers, percentages, money, years, dates, number
/// words), attribution ("said", "according to"), comparison, and capitalised
/// names and acronyms standing in for entities. Negative: questions, obligation
/// ("must", "should"), predictions, first person, hedges, and very short
/// sentences. The model learns their weights; claim selection and the claimant
/// reuse them.
struct ClaimCues: Sendable, Equatable {
    static let names = [
        "digits", "percent", "money", "year", "date", "numberWord", "attribution", "comparison", "names",
        "acronym", "question", "obligation", "future", "firstSingular", "firstPlural", "hedge", "short", "length",
    ]

    let values: [Double]

    subscript(_ name: String) -> Double { values[Self.names.firstIndex(of: name)!] }

    /// A sentence states a quantity: a number, a percentage, a sum or a date.
    var hasQuantity: Bool { values[0] > 0 || values[1] > 0 || values[2] > 0 || values[4] > 0 }
    var hasAttribution: Bool { values[6] > 0 }

    /// - Complexity: O(*n*), *n* the character count.
    init(_ text: String) {
        let tokens = Self.tokens(text)
        let lower = tokens.map { $0.lowercased() }
        let words = Set(lower)
        func any(_ list: Set<String>) -> Double { words.isDisjoint(with: list) ? 0 : 1 }
        /// Some phrase of words follows each other in the sentence.
        func anyPhrase(_ list: [[String]]) -> Double {
            list.contains { phrase in
                lower.indices.contains { start in
                    start + phrase.count <= lower.count && zip(lower[start...], phrase).allSatisfy { $0 == $1 }
                }
            } ? 1 : 0
        }
        let wordCount = tokens.filter { $0.unicodeScalars.first.map { !UTF8Scalars.isDigit($0) } ?? false }.count
        let capitalised = tokens.indices.dropFirst().filter { Self.isCapitalised(tokens[$0]) }.count
        values = [
            text.unicodeScalars.contains(where: UTF8Scalars.isDigit) ? 1 : 0,
            text.utf8.contains(UInt8(ascii: "%")) || text.unicodeScalars.contains("\u{FF05}") || words.contains("percent") || anyPhrase([["per", "cent"]]) > 0 ? 1 : 0,
            text.unicodeScalars.contains { "$£€¥".unicodeScalars.contains($0) } || any(Lexicon.money) > 0 ? 1 : 0,
            tokens.contains { $0.count == 4 && Int($0).map { (1800...2099).contains($0) } ?? false } ? 1 : 0,
            any(Lexicon.calendar),
            any(Lexicon.numberWords),
            max(any(Lexicon.attribution), anyPhrase([["according", "to"]])),
            max(any(Lexicon.comparison), lower.contains { $0.count > 5 && $0.hasSuffix("est") } ? 1 : 0,
                zip(lower, lower.dropFirst()).contains { $0.hasSuffix("er") && $1 == "than" } ? 1 : 0),
            Double(min(capitalised, 5)) / 5,
            tokens.contains { $0.unicodeScalars.count >= 2 && $0.unicodeScalars.allSatisfy(UTF8Scalars.isUppercase) } ? 1 : 0,
            text.unicodeScalars.last(where: { !$0.properties.isWhitespace }).map { $0 == "?" || $0 == "\u{FF1F}" } ?? false ? 1 : 0,
            max(any(Lexicon.obligation), anyPhrase([["need", "to"], ["have", "to"], ["let", "us"]])),
            max(any(Lexicon.future), anyPhrase([["going", "to"]])),
            any(Lexicon.firstSingular),
            tokens.contains { $0 != "US" && Lexicon.firstPlural.contains($0.lowercased()) } ? 1 : 0,
            any(Lexicon.hedges),
            wordCount < 6 ? 1 : 0,
            Double(min(wordCount, 40)) / 40,
        ]
    }

    /// Runs of letters, digits and apostrophes ("don't" stays one token; ’ reads as '),
    /// and each Chinese or Japanese character alone.
    /// - Parameter breaks: punctuation that leaves `mark` between tokens (once in a row).
    static func tokens(_ text: String, marking breaks: Set<Unicode.Scalar> = [], with mark: String = "") -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if current.last == "'" { current.removeLast() }
            if !current.isEmpty { tokens.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if UTF8Scalars.isUnspaced(scalar) && UTF8Scalars.isLetter(scalar) {  // a word by itself, as in `Tokenizer`
                flush()
                tokens.append(String(scalar))
            } else if UTF8Scalars.isLetter(scalar) || UTF8Scalars.isDigit(scalar) {
                current.append(scalar)
            } else if (scalar == "'" || scalar == "\u{2019}") && !current.isEmpty {
                current.append("'")
            } else {
                flush()
                if breaks.contains(scalar), tokens.last != mark { tokens.append(mark) }
            }
        }
        flush()
        return tokens
    }

    static func isCapitalised(_ token: String) -> Bool { token.unicodeScalars.first.map(UTF8Scalars.isUppercase) ?? false }

    /// Small word lists; general English, not any corpus's vocabulary.
    enum Lexicon {
        static let money: Set<String> = ["dollar", "dollars", "pound", "pounds", "euro", "euros", "million", "billion",
                                         "trillion", "bn"]
        static let calendar: Set<String> = [
            "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
            "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        ]
        static let numberWords: Set<String> = [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million",
            "millions", "billion", "billions", "trillion", "half", "double", "twice", "triple", "dozens",
        ]
        static let attribution: Set<String> = [
            "said", "says", "say", "told", "tells", "reported", "reports", "announced", "stated", "claimed", "claims",
            "admitted", "estimated", "found", "shows", "showed", "confirmed", "denied", "warned", "asserted",
        ]
        static let comparison: Set<String> = [
            "more", "less", "fewer", "most", "least", "highest", "lowest", "largest", "biggest", "smallest", "best",
            "worst", "first", "last", "only", "record", "increase", "increased", "decrease", "decreased", "cut", "cuts",
            "raised", "rose", "fell", "doubled", "tripled", "overtook",
        ]
        static let obligation: Set<String> = ["must", "should", "ought", "let's"]
        static let future: Set<String> = ["will", "would", "gonna", "i'll", "we'll", "they'll", "you'll", "it'll"]
        static let firstSingular: Set<String> = ["i", "i'm", "i've", "i'd", "me", "my", "mine", "myself"]
        static let firstPlural: Set<String> = ["we", "we're", "we've", "our", "us", "ours"]
        static let hedges: Set<String> = [
            "maybe", "perhaps", "might", "may", "could", "possibly", "probably", "think", "believe", "hope", "feel",
            "guess", "seem", "seems", "arguably",
        ]
    }
}
