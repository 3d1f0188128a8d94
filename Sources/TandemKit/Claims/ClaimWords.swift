/// The terms a sentence contributes to the claim model: lower-cased words with
/// quantities replaced by their kind, and the character n-grams of each word.
///
/// Replacing "$2.2 trillion" by `moneytok` lets the model learn that a sentence
/// with a sum of money is worth checking, whatever the sum; the character grams
/// catch word forms the word list has not seen ("sanctioned", "sanctioning").
enum ClaimWords {
    /// Placeholder words for the kinds of quantity.
    static let money = "moneytok", percent = "pcttok", year = "yeartok", number = "numtok"

    /// Words of two or more letters or digits, lower-cased, quantities as
    /// placeholders, in order.
    /// - Complexity: O(*n*), *n* the character count.
    static func words(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var words: [String] = []
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if UTF8Scalars.isDigit(scalar) {
                let (word, end) = quantity(scalars, at: i)
                words.append(word)
                i = end
            } else if isWordScalar(scalar) {
                var end = i
                while end < scalars.count, isWordScalar(scalars[end]) { end += 1 }
                if end - i >= 2 {
                    var word = String.UnicodeScalarView()
                    word.append(contentsOf: scalars[i..<end])
                    words.append(String(word).lowercased())
                }
                i = end
            } else {
                i += 1
            }
        }
        return words
    }

    /// Unigrams and bigrams of `words`.
    static func wordGrams(_ words: [String]) -> [String] {
        var grams = words
        grams.reserveCapacity(words.count * 2)
        for i in words.indices.dropLast() { grams.append(words[i] + " " + words[i + 1]) }
        return grams
    }

    /// Character n-grams (`range` lengths) of each whitespace-separated word padded
    /// with a space on either side; a padded word shorter than n gives itself.
    static func characterGrams(_ text: String, lengths range: ClosedRange<Int> = 2...5) -> [String] {
        var grams: [String] = []
        for piece in text.lowercased().split(whereSeparator: { $0.isWhitespace }) {
            let padded = Array((" " + piece + " ").unicodeScalars)
            for n in range {
                var offset = 0
                repeat {
                    var gram = String.UnicodeScalarView()
                    gram.append(contentsOf: padded[offset..<min(offset + n, padded.count)])
                    grams.append(String(gram))
                    offset += 1
                } while offset + n <= padded.count
            }
        }
        return grams
    }

    // MARK: - Quantities

    /// Reads a number starting at `start` and names its kind from its
    /// surroundings: a currency sign before, a percent after, a year's shape.
    private static func quantity(_ s: [Unicode.Scalar], at start: Int) -> (String, Int) {
        var end = start
        while end < s.count, UTF8Scalars.isDigit(s[end])
            || (isSeparator(s[end]) && end + 1 < s.count && UTF8Scalars.isDigit(s[end + 1])) {
            end += 1
        }
        let before = start > 0 ? previousNonSpace(s, before: start) : nil
        if let before, "$£€¥".unicodeScalars.contains(before) {
            return (money, skipScaleWord(s, from: end))
        }
        if let percentEnd = percentSign(s, from: end) { return (percent, percentEnd) }
        if end - start == 4, let value = Int(String(String.UnicodeScalarView(s[start..<end]))), (1800...2099).contains(value) {
            return (year, end)
        }
        return (number, end)
    }

    private static func previousNonSpace(_ s: [Unicode.Scalar], before index: Int) -> Unicode.Scalar? {
        var i = index - 1
        while i >= 0, s[i] == " " { i -= 1 }
        return i >= 0 ? s[i] : nil
    }

    /// The end of "%", " percent" or " per cent" right after a number.
    private static func percentSign(_ s: [Unicode.Scalar], from end: Int) -> Int? {
        var i = end
        while i < s.count, s[i] == " " { i += 1 }
        if i < s.count, s[i] == "%" { return i + 1 }
        for phrase in ["percent", "per cent"] {
            let p = Array(phrase.unicodeScalars)
            if i + p.count <= s.count, zip(s[i..<(i + p.count)], p).allSatisfy({ $0.properties.lowercaseMapping == String($1) }),
               i + p.count == s.count || !isWordScalar(s[i + p.count]) {
                return i + p.count
            }
        }
        return nil
    }

    /// Past " million", " billion" or " trillion" if one follows.
    private static func skipScaleWord(_ s: [Unicode.Scalar], from end: Int) -> Int {
        var i = end
        while i < s.count, s[i] == " " { i += 1 }
        var wordEnd = i
        while wordEnd < s.count, isWordScalar(s[wordEnd]) { wordEnd += 1 }
        let word = String(String.UnicodeScalarView(s[i..<wordEnd])).lowercased()
        return ["million", "billion", "trillion", "bn", "m"].contains(word) ? wordEnd : end
    }

    private static func isSeparator(_ s: Unicode.Scalar) -> Bool { s == "," || s == "." }

    /// Letters, digits, marks and the underscore: what `\w` matches.
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            return (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9") || s == "_"
        }
        return s.properties.isAlphabetic || s.properties.numericType != nil
            || s.properties.generalCategory == .nonspacingMark
    }
}
