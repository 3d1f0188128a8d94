/// Who a sentence attributes its claim to: "Mr. Sullivan said", "said Kremlin
/// spokesman Dmitry Peskov", "according to the Pentagon".
enum Claimant {
    /// The name next to an attribution verb, or nil when the sentence is not
    /// attributed or only to a pronoun.
    /// - Complexity: O(*n*), *n* the character count.
    static func find(in text: String) -> String? {
        if case .name(let name) = attribution(in: text) { return name }
        return nil
    }

    /// The claimant of sentence `index` of an article: its own named speaker,
    /// or for "He added …" and "…, she said" the speaker the two sentences
    /// before name, when the pronoun does not contradict a title ("Mrs Owen
    /// said …" is no antecedent of "he").
    /// - Parameter text: the text of a sentence of the article, by index.
    static func find(sentence index: Int, text: (Int) -> String) -> String? {
        switch attribution(in: text(index)) {
        case .name(let name): return name
        case .pronoun(let pronoun):
            for earlier in stride(from: index - 1, through: max(0, index - 2), by: -1) {
                guard let name = find(in: text(earlier)) else { continue }
                // "He said he asked Mr Greer…": a person named in the sentence is not its speaker.
                let surname = name.split(separator: " ").last.map(String.init) ?? name
                return agrees(pronoun, with: name) && !text(index).contains(surname) ? name : nil
            }
            return nil
        case nil: return nil
        }
    }

    enum Attribution: Equatable {
        case name(String)
        /// "he", "she" or "they".
        case pronoun(String)
    }

    /// What a sentence attributes its claim to, if anything.
    static func attribution(in text: String) -> Attribution? {
        let words = Self.words(text)
        var pronoun: String?
        for (i, word) in words.enumerated() {
            let lower = word.text.lowercased()
            if lower == "according", i + 1 < words.count, words[i + 1].text.lowercased() == "to" {
                if let name = nameRun(words, from: i + 2, forward: true) { return .name(name) }
            } else if verbs.contains(lower) {
                if i > 0, words[i].spaced, pronouns.contains(words[i - 1].text.lowercased()) {
                    pronoun = pronoun ?? personal(words[i - 1].text)
                    continue
                }
                // "…, something China has denied": the verb is in a clause about
                // the sentence's object, and the name is not who makes its claim.
                if opensRelativeClause(words, before: i) { continue }
                if let name = nameRun(words, from: i - 1, forward: false) { return .name(name) }
                // "…,' said Kremlin spokesman Dmitry Peskov": inversion after a quote or comma.
                if i == 0 || !words[i].spaced, let name = nameRun(words, from: i + 1, forward: true) { return .name(name) }
            }
        }
        return pronoun.map(Attribution.pronoun)
    }

    /// Whether the words before the verb at `verb` read "something China has",
    /// "what the ministry", "whatever Europe": a relative word, then a name
    /// with an article or auxiliary, six words at most.
    private static func opensRelativeClause(_ words: [Word], before verb: Int) -> Bool {
        var i = verb - 1
        while i >= 0, verb - i <= 6, isNamePart(words[i].text) || auxiliaries.contains(words[i].text) || words[i].text == "the" {
            i -= 1
        }
        return i >= 0 && i < verb - 1 && relativeWords.contains(words[i].text.lowercased())
    }

    /// "he", "she" or "they" (lower-cased), the pronouns that stand for a speaker.
    private static func personal(_ word: String) -> String? {
        let lower = word.lowercased()
        return ["he", "she", "they"].contains(lower) ? lower : nil
    }

    /// A pronoun can stand for a name unless the name's title says otherwise,
    /// or "he" and "she" meet an institution ("Reading Crown Court").
    private static func agrees(_ pronoun: String, with name: String) -> Bool {
        let parts = name.split(separator: " ").map { $0.hasSuffix(".") ? String($0.dropLast()) : String($0) }
        if pronoun != "they", parts.contains(where: institutions.contains) { return false }
        switch pronoun {
        case "he": return !["Mrs", "Ms", "Miss", "Lady", "Dame"].contains(parts.first ?? "")
        case "she": return !["Mr", "Lord", "Sir"].contains(parts.first ?? "")
        default: return true
        }
    }

    /// Words that make a name a body rather than a person.
    private static let institutions: Set<String> = [
        "Court", "Authority", "Police", "Council", "Ministry", "Office", "Department", "Agency", "Service", "Commission",
        "Association", "University", "Hospital", "Trust", "Party", "Government", "Committee", "Bank", "Company", "Group",
        "Board", "Union", "Institute", "Foundation", "Society", "Times", "News", "Post", "Guardian", "Telegraph", "Press",
        "Magazine", "Spiegel", "Pentagon", "Kremlin", "House", "Parliament", "Congress", "Senate", "Army", "Navy",
    ]

    /// The run of capitalised words starting at `start` (reading forward, after
    /// up to three lower-case words such as "Kremlin spokesman" or "the"), or
    /// ending at `start` (reading backward, right before the verb).
    private static func nameRun(_ words: [Word], from start: Int, forward: Bool) -> String? {
        guard words.indices.contains(start) else { return nil }
        var first = start
        if forward {
            var skipped = 0
            while words.indices.contains(first), !isNamePart(words[first].text), skipped < 2,
                  !connectives.contains(words[first].text.lowercased()) {
                first += 1
                skipped += 1
            }
        } else if !isNamePart(words[first].text), words[first].text.hasSuffix("ly") || auxiliaries.contains(words[first].text),
                  first > 0, words[first].spaced {
            first -= 1 // "Der Spiegel recently reported", "Der Spiegel then reported", "the Pentagon has said"
        }
        guard words.indices.contains(first), isNamePart(words[first].text) else { return nil }
        var last = first
        func joins(_ i: Int) -> Bool {
            isNamePart(words[i].text) || (words[i].text == "of" && i > 0 && i + 1 < words.count
                && isNamePart(words[i - 1].text) && isNamePart(words[i + 1].text))
        }
        if forward {
            while last + 1 < words.count, words[last + 1].spaced, joins(last + 1) { last += 1 }
            // "Kremlin spokesman Dmitry Peskov": the person after the title.
            if last + 2 < words.count, words[last + 1].spaced, words[last + 2].spaced,
               !isNamePart(words[last + 1].text), !connectives.contains(words[last + 1].text.lowercased()),
               isNamePart(words[last + 2].text) {
                return nameRun(words, from: last + 2, forward: true)
            }
        } else {
            while first - 1 >= 0, words[first].spaced, joins(first - 1) { first -= 1 }
            // "the trade ministry in Tokyo said": the body, not the place.
            if first >= 2, words[first].spaced, ["in", "of", "at", "for"].contains(words[first - 1].text),
               words[first - 1].spaced, isDescriptor(words[first - 2].text) {
                var start = first - 2
                while start - 1 >= 0, first - start < 4, words[start].spaced, isDescriptor(words[start - 1].text) { start -= 1 }
                return words[start...last].map(\.text).joined(separator: " ")
            }
        }
        var names = words[first...last].map(\.text)
        if first == 0, names.count == 1, commonOpeners.contains(names[0].lowercased()) { return nil }
        // "From the start, he said": a capitalised function word is no name (an acronym may be: "US").
        if names.count == 1, names[0] != names[0].uppercased(), Stopwords.contains(names[0].lowercased()) { return nil }
        // "But Mr Crawford said": the conjunction opens the sentence, not the name.
        if names.count > 1, conjunctions.contains(names[0]) { names.removeFirst() }
        return names.joined(separator: " ")
    }

    /// A lower-case word that can describe a speaker ("trade", "ministry").
    private static func isDescriptor(_ word: String) -> Bool {
        guard let first = word.first, first.isLowercase else { return false }
        return !connectives.contains(word) && !pronouns.contains(word) && !verbs.contains(word)
    }

    private static func isNamePart(_ word: String) -> Bool {
        guard let first = word.first, first.isUppercase else { return false }
        return !pronouns.contains(word.lowercased())
    }

    struct Word {
        let text: String
        /// Only spaces separate it from the word before: no comma, quote or number.
        let spaced: Bool
    }

    /// The words; a title's full stop stays with it ("Mr.").
    ///
    /// Walks Unicode scalars rather than `Character`s: asking each character
    /// whether it is a letter was a twentieth of the claims stage on BBC.
    /// `UTF8Scalars.isLetter` answers as `Character.isLetter` does for every
    /// scalar, and a combining mark stays with the letter before it.
    /// - Complexity: O(*n*), *n* the sentence's scalars.
    private static func words(_ text: String) -> [Word] {
        let scalars = text.unicodeScalars
        var words: [Word] = []
        var index = scalars.startIndex
        var spaced = true
        while index < scalars.endIndex {
            guard UTF8Scalars.isLetter(scalars[index]) else {
                if !UTF8Scalars.isSpace(scalars[index]) { spaced = false }
                index = scalars.index(after: index)
                continue
            }
            var end = index
            while end < scalars.endIndex, continuesWord(scalars[end]) { end = scalars.index(after: end) }
            var word = String(scalars[index..<end])
            if end < scalars.endIndex, scalars[end] == ".", titles.contains(word) {
                word += "."
                end = scalars.index(after: end)
            }
            if word.hasSuffix("’s") || word.hasSuffix("'s") { word = String(word.dropLast(2)) }
            words.append(Word(text: word, spaced: spaced))
            spaced = true
            index = end
        }
        return words
    }

    /// A letter, an apostrophe or hyphen inside a word, or a mark that
    /// combines with the scalar before it.
    private static func continuesWord(_ scalar: Unicode.Scalar) -> Bool {
        if UTF8Scalars.isLetter(scalar) || scalar == "'" || scalar == "’" || scalar == "-" { return true }
        guard !scalar.isASCII else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return scalar.properties.isGraphemeExtend
        }
    }

    private static let verbs: Set<String> = [
        "said", "says", "told", "tells", "announced", "stated", "claimed", "claims", "asserted", "warned", "reported",
        "reports", "insisted", "added", "argued", "noted", "wrote", "confirmed", "denied", "estimated",
    ]
    private static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "you", "this", "that", "there", "the"]
    private static let auxiliaries: Set<String> = ["then", "also", "later", "earlier", "previously", "again", "has",
                                                   "had", "have", "first"]
    private static let connectives: Set<String> = ["that", "of", "on", "in", "at", "for", "with", "by", "and", "but",
                                                   "to", "as", "should", "would", "will", "was", "were", "is", "are"]
    private static let conjunctions: Set<String> = ["But", "And", "Yet", "So", "Then", "Now", "However", "Also", "Meanwhile"]
    /// Words that make what follows the object of the sentence. Not "which":
    /// in "the 7E7, which Boeing says is super-economical" the clause is
    /// Boeing's claim, often the very figure worth checking.
    private static let relativeWords: Set<String> = ["something", "what", "whatever"]
    private static let commonOpeners: Set<String> = ["but", "and", "officials", "analysts", "experts", "critics"]
    private static let titles: Set<String> = ["Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "St"]
}
