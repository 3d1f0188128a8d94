import Foundation

/// Reads the quantities of a sentence: numbers with their scale words,
/// currencies, percentages, dates and years.
enum QuantityReader {
    /// - Complexity: O(*n*), *n* the character count.
    static func quantities(in text: String) -> [Quantity] {
        let tokens = Self.tokens(text)
        var result: [Quantity] = []
        var consumed = Set<Int>()
        for (i, token) in tokens.enumerated() where !consumed.contains(i) {
            if isMonth(token), let month = months[token.lowercased()] {
                result.append(date(month: month, around: i, in: tokens, consumed: &consumed))
                continue
            }
            guard var value = number(token) else { continue }
            // "4 February": the day is read with its month.
            if i + 1 < tokens.count, isMonth(tokens[i + 1]), (1...31).contains(Int(value)), value == value.rounded() { continue }
            var end = i + 1
            if end < tokens.count, let scale = scales[tokens[end].lowercased()] {
                value *= scale
                end += 1
            }
            let currency = currency(before: i, in: tokens) ?? currency(after: end, in: tokens)
            if end < tokens.count, ["%", "percent"].contains(tokens[end].lowercased())
                || (tokens[end].lowercased() == "per" && end + 1 < tokens.count && tokens[end + 1].lowercased() == "cent") {
                result.append(Quantity(kind: .percent, value: value, unit: nil))
            } else if currency == nil, end == i + 1, token.count == 4, (1800...2099).contains(Int(value)), value == value.rounded() {
                result.append(Quantity(kind: .year, value: value, unit: nil))
            } else {
                let unit = end < tokens.count && number(tokens[end]) == nil ? tokens[end].lowercased() : nil
                let counted = counted(after: end, in: tokens)
                result.append(Quantity(kind: .amount(currency: currency), value: value,
                                       unit: unit.flatMap { unitWords.contains($0) ? nil : $0 }, counted: counted,
                                       anchor: counted == nil && currency == nil ? anchor(before: i, in: tokens) : nil))
            }
        }
        return result
    }

    /// A date around a month name: "4 February 2022", "February 4, 2022", "March 2022", "19 February".
    private static func date(month: Int, around i: Int, in tokens: [String], consumed: inout Set<Int>) -> Quantity {
        var day = 0, year = 0
        if i > 0, let d = Int(tokens[i - 1]), (1...31).contains(d) { day = d }
        var next = i + 1
        if day == 0, next < tokens.count, let d = Int(tokens[next]), (1...31).contains(d) {
            day = d
            consumed.insert(next)
            next += 1
        }
        if next < tokens.count, tokens[next] == "," { next += 1 }
        if next < tokens.count, tokens[next].count == 4, let y = Int(tokens[next]), (1800...2099).contains(y) {
            year = y
            consumed.insert(next)
        }
        return Quantity(kind: .date, value: Double(year * 10_000 + month * 100 + day), unit: nil)
    }

    /// A capitalised month name ("may" is a verb).
    private static func isMonth(_ token: String) -> Bool {
        token.unicodeScalars.first.map(UTF8Scalars.isUppercase) == true && months[token.lowercased()] != nil
    }

    private static func number(_ token: String) -> Double? {
        guard let first = token.unicodeScalars.first, first.isASCII, UTF8Scalars.isDigit(first) else {
            return numberWords[token.lowercased()]
        }
        return Double(token.replacingOccurrences(of: ",", with: ""))
    }

    /// The word that says what is counted: "27 drones", "15 of his patients", "two charges of rape";
    /// not punctuation, a name ("mother-of-three Alice") or a function word.
    private static func counted(after end: Int, in tokens: [String]) -> String? {
        var i = end
        if i < tokens.count, tokens[i].lowercased() == "of" {
            i += 1
            if i < tokens.count, determiners.contains(tokens[i].lowercased()) { i += 1 }
        }
        guard let word = countedWord(at: i, in: tokens) else { return nil }
        // "two charges of rape and four of indecent assault": what is counted is the rape.
        if i + 2 < tokens.count, tokens[i + 1] == "of" {
            let next = determiners.contains(tokens[i + 2].lowercased()) ? i + 3 : i + 2
            if let inner = countedWord(at: next, in: tokens) { return inner }
        }
        return word
    }

    /// A lowercase content word.
    private static func countedWord(at i: Int, in tokens: [String]) -> String? {
        guard i < tokens.count, let first = tokens[i].unicodeScalars.first, UTF8Scalars.isLowercase(first) else { return nil }
        return notCounted.contains(tokens[i]) || Stopwords.contains(tokens[i]) ? nil : tokens[i]
    }

    /// The word before a number, over a comma: what a bare count is about.
    private static func anchor(before i: Int, in tokens: [String]) -> String? {
        var j = i - 1
        if j >= 0, tokens[j] == "," { j -= 1 }
        guard j >= 0, let first = tokens[j].unicodeScalars.first, UTF8Scalars.isLetter(first) else { return nil }
        return tokens[j].lowercased()
    }

    private static func currency(before i: Int, in tokens: [String]) -> String? {
        guard i > 0 else { return nil }
        if let code = symbols[tokens[i - 1]] { return code }
        // British 7-bit text (ISO 646-GB, old wire copy) has # where £ was: "#386,000".
        // "#1" and "#3 seed" are ranks, so only a sum of a hundred or more, or with
        // separators, is read as pounds.
        if tokens[i - 1] == "#", tokens[i].contains(where: { $0 == "," || $0 == "." }) || (number(tokens[i]) ?? 0) >= 100 {
            return "GBP"
        }
        return i > 1 && tokens[i - 1] == "$" ? "USD" : nil
    }

    /// "dollars", "US dollars".
    private static func currency(after i: Int, in tokens: [String]) -> String? {
        guard i < tokens.count else { return nil }
        if tokens[i] == "US", i + 1 < tokens.count, tokens[i + 1].lowercased().hasPrefix("dollar") { return "USD" }
        return currencyWords[tokens[i].lowercased()]
    }

    /// Numbers (digits with separators), words, and single symbols.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        var isNumber = false
        let scalars = Array(text.unicodeScalars)
        for (index, c) in scalars.enumerated() {
            let separatorInNumber = isNumber && (c == "," || c == ".") && index + 1 < scalars.count
                && scalars[index + 1].isASCII && UTF8Scalars.isDigit(scalars[index + 1])
            if UTF8Scalars.isLetter(c) || UTF8Scalars.isDigit(c) || separatorInNumber {
                // "$900m", "£35bn": a scale written on the number is a word of its own;
                // "60m hurdles", "3G" and "1990s" stay whole, and so no number.
                if isNumber, !current.isEmpty, UTF8Scalars.isLetter(c),
                   isScale(letters(from: index, in: scalars), afterSymbol: tokens.last.map { symbols[$0] != nil || $0 == "#" } ?? false) {
                    tokens.append(String(current))
                    current = String.UnicodeScalarView()
                }
                if current.isEmpty { isNumber = UTF8Scalars.isDigit(c) }
                current.append(c)
            } else {
                if !current.isEmpty { tokens.append(String(current)); current = String.UnicodeScalarView() }
                if "$£€¥%,#".unicodeScalars.contains(c) { tokens.append(String(c)) }
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        return tokens
    }

    /// The run of letters starting at `index`, lower-cased.
    private static func letters(from index: Int, in scalars: [Unicode.Scalar]) -> String {
        var run = ""
        var i = index
        while i < scalars.count, UTF8Scalars.isLetter(scalars[i]) {
            run.unicodeScalars.append(contentsOf: scalars[i].properties.lowercaseMapping.unicodeScalars)
            i += 1
        }
        return run
    }

    /// "bn" always scales the number before it; "m" only a sum ("£60m", not "60m hurdles").
    private static func isScale(_ letters: String, afterSymbol: Bool) -> Bool {
        letters == "bn" || (letters == "m" && afterSymbol)
    }

    private static let symbols = ["$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY"]
    private static let currencyWords = ["dollars": "USD", "dollar": "USD", "pounds": "GBP", "euros": "EUR", "euro": "EUR",
                                        "yen": "JPY", "yuan": "CNY", "roubles": "RUB", "rubles": "RUB"]
    private static let scales: [String: Double] = ["hundred": 1e2, "thousand": 1e3, "million": 1e6, "millions": 1e6, "m": 1e6,
                                                   "billion": 1e9, "billions": 1e9, "bn": 1e9, "trillion": 1e12]
    private static let months = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
    private static let numberWords: [String: Double] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "dozen": 12,
    ]
    private static let determiners: Set<String> = ["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "these",
                                                   "those"]
    /// Words after a number that do not say what is counted.
    private static let unitWords: Set<String> = ["of", "and", "or", "to", "in", "the", "a", "per", "more", "than", "times",
                                                 "million", "billion", "usd", "us"]
    /// Words after a number that are not what it counts ("30 times the dose" counts times).
    private static let notCounted = unitWords.subtracting(["times"])
}
