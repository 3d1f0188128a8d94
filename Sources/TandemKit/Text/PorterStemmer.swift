/// The Porter2 ("English") stemmer of the Snowball project, on ASCII bytes.
///
/// Follows the published algorithm step by step (snowballstem.org/algorithms/english):
/// exceptional forms, regions R1 and R2, then steps 0, 1a, 1b, 1c, 2, 3, 4 and 5.
/// Words with non-ASCII letters are returned unchanged.
enum PorterStemmer {
    /// The stem of a lower-case word.
    /// - Complexity: O(*n*), *n* the word's length.
    static func stem(_ word: String) -> String {
        let bytes = Array(word.utf8)
        guard let stemmed = stem(bytes: bytes) else { return word }
        return String(decoding: stemmed, as: UTF8.self)
    }

    /// The stem of lower-case ASCII bytes, or nil if a byte is not a–z, digit or apostrophe.
    static func stem(bytes input: [UInt8]) -> [UInt8]? {
        guard input.allSatisfy({ ($0 >= 97 && $0 <= 122) || $0 == 39 || ($0 >= 48 && $0 <= 57) }) else { return nil }
        var word = input
        if word.first == 39 { word.removeFirst() }
        guard word.count > 2 else { return word }
        if word.count <= longestException, let special = exceptions[word] { return special }
        var stemmer = Word(word)
        stemmer.run()
        return stemmer.result
    }

    private static let exceptions: [[UInt8]: [UInt8]] = {
        let pairs: [(String, String)] = [
            ("skis", "ski"), ("skies", "sky"), ("dying", "die"), ("lying", "lie"), ("tying", "tie"),
            ("idly", "idl"), ("gently", "gentl"), ("ugly", "ugli"), ("early", "earli"), ("only", "onli"),
            ("singly", "singl"), ("sky", "sky"), ("news", "news"), ("howe", "howe"), ("atlas", "atlas"),
            ("cosmos", "cosmos"), ("bias", "bias"), ("andes", "andes"),
        ]
        return Dictionary(uniqueKeysWithValues: pairs.map { (Array($0.utf8), Array($1.utf8)) })
    }()

    /// Hashing a word costs more than stemming most of it: longer words skip the table.
    private static let longestException = exceptions.keys.map(\.count).max() ?? 0

    /// Words left as they are after step 1a.
    private static let step1aInvariants: Set<[UInt8]> = Set(
        ["inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"].map { Array($0.utf8) })

    /// The working state: the word, with `Y` (89) marking a consonant y.
    private struct Word {
        var w: [UInt8]
        var r1 = 0
        var r2 = 0

        init(_ word: [UInt8]) {
            w = word
            // y at the start or after a vowel is a consonant.
            for i in w.indices where w[i] == 121 && (i == 0 || Self.isVowel(w[i - 1])) { w[i] = 89 }
            computeRegions()
        }

        var result: [UInt8] { w.map { $0 == 89 ? 121 : $0 } }

        private static let regionPrefixes: [[UInt8]] = ["gener", "commun", "arsen"].map { Array($0.utf8) }

        mutating func run() {
            step0()
            step1a()
            if (6...7).contains(w.count), PorterStemmer.step1aInvariants.contains(w) { return }
            step1b()
            step1c()
            step2()
            step3()
            step4()
            step5()
        }

        static func isVowel(_ b: UInt8) -> Bool {
            b == 97 || b == 101 || b == 105 || b == 111 || b == 117 || b == 121
        }

        private mutating func computeRegions() {
            if let prefix = Self.regionPrefixes.first(where: { w.starts(with: $0) }) {
                r1 = prefix.count
            } else {
                r1 = regionStart(from: 0)
            }
            r2 = regionStart(from: r1)
        }

        /// The index after the first non-vowel that follows a vowel, from `start`.
        private func regionStart(from start: Int) -> Int {
            var i = start
            while i + 1 < w.count {
                if Self.isVowel(w[i]) && !Self.isVowel(w[i + 1]) { return i + 2 }
                i += 1
            }
            return w.count
        }

        /// Suffix tests run for every word of a corpus, so they compare bytes in
        /// place; string literals are ASCII, and `utf8` of a literal is not allocated.
        private func ends(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard w.count >= count else { return false }
            return suffix.withUTF8Buffer { s in
                let base = w.count - count
                // From the last byte: most suffixes tried fail there.
                for k in (0..<count).reversed() where w[base + k] != s[k] { return false }
                return true
            }
        }

        private func suffixStart(_ suffix: StaticString) -> Int { w.count - suffix.utf8CodeUnitCount }

        private mutating func replace(_ suffix: StaticString, with replacement: StaticString) {
            w.removeLast(suffix.utf8CodeUnitCount)
            replacement.withUTF8Buffer { w.append(contentsOf: $0) }
        }

        private mutating func append(_ text: StaticString) {
            text.withUTF8Buffer { w.append(contentsOf: $0) }
        }

        private func containsVowel(before end: Int) -> Bool {
            w[..<end].contains(where: Self.isVowel)
        }

        /// A short syllable ends the word here: vowel, non-vowel (not w, x, Y)
        /// after a non-vowel; or a vowel then a non-vowel at the start of the word.
        private func endsWithShortSyllable() -> Bool {
            let n = w.count
            if n == 2 { return Self.isVowel(w[0]) && !Self.isVowel(w[1]) }
            guard n >= 3 else { return false }
            let (a, b, c) = (w[n - 3], w[n - 2], w[n - 1])
            return !Self.isVowel(a) && Self.isVowel(b) && !Self.isVowel(c) && c != 119 && c != 120 && c != 89
        }

        private func isShort() -> Bool { r1 >= w.count && endsWithShortSyllable() }

        private mutating func step0() {
            for suffix: StaticString in ["'s'", "'s", "'"] where ends(suffix) {
                w.removeLast(suffix.utf8CodeUnitCount)
                return
            }
        }

        private mutating func step1a() {
            if ends("sses") { replace("sses", with: "ss"); return }
            if ends("ied") || ends("ies") {
                w.removeLast(3)
                append(w.count > 1 ? "i" : "ie")
                return
            }
            if ends("us") || ends("ss") { return }
            if ends("s"), w.count >= 2, containsVowel(before: w.count - 2) { w.removeLast() }
        }

        private mutating func step1b() {
            for suffix: StaticString in ["eedly", "eed"] where ends(suffix) {
                if suffixStart(suffix) >= r1 { replace(suffix, with: "ee") }
                return
            }
            for suffix: StaticString in ["ingly", "edly", "ing", "ed"] where ends(suffix) {
                let start = suffixStart(suffix)
                guard containsVowel(before: start) else { return }
                w.removeLast(suffix.utf8CodeUnitCount)
                if ends("at") || ends("bl") || ends("iz") {
                    w.append(101)
                } else if let last = w.last, w.count >= 2, w[w.count - 2] == last, Self.isDoubleable(last) {
                    w.removeLast()
                } else if isShort() {
                    w.append(101)
                }
                return
            }
        }

        private mutating func step1c() {
            guard let last = w.last, last == 121 || last == 89, w.count > 2, !Self.isVowel(w[w.count - 2]) else {
                return
            }
            w[w.count - 1] = 105
        }

        /// b d f g m n p r t: the letters whose doubling step 1b undoes.
        private static func isDoubleable(_ b: UInt8) -> Bool {
            b == 98 || b == 100 || b == 102 || b == 103 || b == 109 || b == 110 || b == 112 || b == 114 || b == 116
        }

        /// c d e g h k m n r t: the letters before which step 2 drops "li".
        private static func isLiEnding(_ b: UInt8) -> Bool {
            b == 99 || b == 100 || b == 101 || b == 103 || b == 104 || b == 107 || b == 109 || b == 110 || b == 114
                || b == 116
        }

        private static let step2Rules: [(StaticString, StaticString)] = [
            ("ization", "ize"), ("ational", "ate"), ("fulness", "ful"), ("ousness", "ous"), ("iveness", "ive"),
            ("tional", "tion"), ("biliti", "ble"), ("lessli", "less"), ("entli", "ent"), ("ation", "ate"),
            ("alism", "al"), ("aliti", "al"), ("ousli", "ous"), ("iviti", "ive"), ("fulli", "ful"),
            ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("izer", "ize"), ("ator", "ate"),
            ("alli", "al"), ("bli", "ble"), ("ogi", "og"), ("li", ""),
        ].sorted { $0.0.utf8CodeUnitCount > $1.0.utf8CodeUnitCount } // the longest suffix decides

        private mutating func step2() {
            for (suffix, replacement) in Self.step2ByLastByte[Int(w.last ?? 0)] where ends(suffix) {
                let start = suffixStart(suffix)
                guard start >= r1 else { return }
                if suffix.utf8CodeUnitCount == 3, ends("ogi") {
                    if start > 0, w[start - 1] == 108 { replace(suffix, with: replacement) }
                } else if suffix.utf8CodeUnitCount == 2 {
                    if start > 0, Self.isLiEnding(w[start - 1]) { w.removeLast(2) }
                } else {
                    replace(suffix, with: replacement)
                }
                return
            }
        }

        private static let step3Rules: [(StaticString, StaticString)] = [
            ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"),
            ("ative", ""), ("ical", "ic"), ("ness", ""), ("ful", ""),
        ]

        private mutating func step3() {
            for (suffix, replacement) in Self.step3ByLastByte[Int(w.last ?? 0)] where ends(suffix) {
                let start = suffixStart(suffix)
                guard start >= r1 else { return }
                if suffix.utf8CodeUnitCount == 5, ends("ative") {
                    if start >= r2 { w.removeLast(5) }
                } else {
                    replace(suffix, with: replacement)
                }
                return
            }
        }

        /// The rules of steps 2, 3 and 4 by the last byte of their suffix, in
        /// their order: a word is tried against the few that can match it.
        private static func byLastByte(_ rules: [(StaticString, StaticString)]) -> [[(StaticString, StaticString)]] {
            var table = [[(StaticString, StaticString)]](repeating: [], count: 256)
            for rule in rules {
                rule.0.withUTF8Buffer { table[Int($0[$0.count - 1])].append(rule) }
            }
            return table
        }

        private static let step2ByLastByte = byLastByte(step2Rules)
        private static let step3ByLastByte = byLastByte(step3Rules)
        private static let step4ByLastByte = byLastByte(step4Suffixes.map { ($0, "") })

        private static let step4Suffixes: [StaticString] = [
            "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive",
            "ize", "ion", "al", "er", "ic",
        ]

        private mutating func step4() {
            for (suffix, _) in Self.step4ByLastByte[Int(w.last ?? 0)] where ends(suffix) {
                let start = suffixStart(suffix)
                guard start >= r2 else { return }
                if suffix.utf8CodeUnitCount == 3, ends("ion") {
                    if start > 0, w[start - 1] == 115 || w[start - 1] == 116 { w.removeLast(3) }
                } else {
                    w.removeLast(suffix.utf8CodeUnitCount)
                }
                return
            }
        }

        private mutating func step5() {
            if ends("e") {
                let start = w.count - 1
                if start >= r2 {
                    w.removeLast()
                } else if start >= r1 {
                    let saved = w
                    w.removeLast()
                    if endsWithShortSyllable() { w = saved } else { return }
                }
                return
            }
            if ends("l"), w.count - 1 >= r2, w.count >= 2, w[w.count - 2] == 108 { w.removeLast() }
        }
    }
}
