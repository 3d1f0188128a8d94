import Foundation

/// The features of a pair of sentences that the paraphrase model weighs.
///
/// Lexical evidence only: shared content weighted by rarity, word order,
/// characters, and agreement of numbers, names and negation.
enum PairFeatures {
    static let names = [
        "weightedF1", "softF1", "containmentMin", "containmentMax", "unigramJaccard", "bigramF1",
        "trigramF1", "sequenceOverlap", "characterDice", "numbersAgree", "numbersConflict", "numbersOneSide",
        "namesOverlap", "lengthRatio", "negationMismatch", "unmatchedWeight", "rarestUnmatched",
        "unmatchedFewer", "unmatchedMore", "unmatchedNames", "orderAgreement", "bleuForward", "bleuBackward",
        "lengthDifference", "wordEditDistance",
    ]


    /// Partial credit for stems that are variants of each other.
    static let softCredit = 0.8

    /// - Complexity: O(*n*·*m*) for the sequence overlap, *n* and *m* the token counts.
    static func compute(_ a: SentenceProfile, _ b: SentenceProfile) -> [Double] {
        let overlap = StemOverlap(a, b)
        let precision = ratio(overlap.exact, a.totalWeight), recall = ratio(overlap.exact, b.totalWeight)
        let softP = ratio(overlap.exact + overlap.soft, a.totalWeight)
        let softR = ratio(overlap.exact + overlap.soft, b.totalWeight)
        let unmatched = a.totalWeight + b.totalWeight - 2 * (overlap.exact + overlap.soft)
        return [
            harmonic(precision, recall),
            harmonic(softP, softR),
            min(softP, softR),
            max(softP, softR),
            jaccard(SortedKeys.unique(a.words), SortedKeys.unique(b.words)),
            gramF1(a.words, b.words, n: 2),
            gramF1(a.words, b.words, n: 3),
            Double(longestCommonSubsequence(a.words, b.words)) / Double(max(1, max(a.words.count, b.words.count))),
            dice(a.characterGrams(), b.characterGrams()),
            !a.numbers.isEmpty && a.numbers == b.numbers ? 1 : 0,
            !a.numbers.isEmpty && !b.numbers.isEmpty && a.numbers != b.numbers ? 1 : 0,
            a.numbers.isEmpty != b.numbers.isEmpty ? 1 : 0,
            a.names.isEmpty && b.names.isEmpty ? 1 : jaccard(a.names, b.names),
            Double(min(a.contentCount, b.contentCount)) / Double(max(1, max(a.contentCount, b.contentCount))),
            a.negated != b.negated ? 1 : 0,
            min(1, max(0, unmatched) / 5),
            overlap.rarestUnmatched,
            Double(min(overlap.unmatchedA, overlap.unmatchedB)) / 10,
            Double(max(overlap.unmatchedA, overlap.unmatchedB)) / 10,
            Double(a.names.count + b.names.count - 2 * SortedKeys.intersectionCount(a.names, b.names)) / 5,
            orderAgreement(a.words, b.words),
            bleu(a.words, b.words),
            bleu(b.words, a.words),
            min(1, Double(abs(a.words.count - b.words.count)) / 20),
            Double(wordEditDistance(a.words, b.words)) / Double(max(1, max(a.words.count, b.words.count))),
        ]
    }

    /// Of the pairs of words both sentences share, the share that come in the same order.
    static func orderAgreement(_ a: [WordKey], _ b: [WordKey]) -> Double {
        var firstInB: [WordKey: Int] = [:]
        for (index, word) in b.enumerated() where firstInB[word] == nil { firstInB[word] = index }
        var seen = Set<WordKey>()
        var positions: [Int] = []
        for word in a where seen.insert(word).inserted {
            if let position = firstInB[word], !Stopwords.set.contains(word) { positions.append(position) }
        }
        guard positions.count >= 2 else { return 1 }
        var concordant = 0, total = 0
        for i in 0..<positions.count {
            for j in (i + 1)..<positions.count {
                total += 1
                if positions[i] < positions[j] { concordant += 1 }
            }
        }
        return Double(concordant) / Double(total)
    }

    /// BLEU of `candidate` against `reference`: the geometric mean of smoothed
    /// 1- to 4-gram precisions, with the brevity penalty.
    static func bleu(_ candidate: [WordKey], _ reference: [WordKey]) -> Double {
        guard !candidate.isEmpty, !reference.isEmpty else { return 0 }
        var logSum = 0.0
        for n in 1...4 {
            let (matched, total) = gramPrecision(candidate, reference, n: n)
            logSum += log((Double(matched) + 1) / (Double(total) + 1))
        }
        let brevity = candidate.count >= reference.count ? 1 : exp(1 - Double(reference.count) / Double(candidate.count))
        return brevity * exp(logSum / 4)
    }

    private static func gramCounts(_ words: [WordKey], n: Int) -> [UInt64: Int] {
        var counts: [UInt64: Int] = [:]
        guard words.count >= n else { return counts }
        for i in 0...(words.count - n) {
            var hash: UInt64 = 0
            for k in 0..<n { hash = hash &* 0x100000001b3 ^ words[i + k].value }
            counts[hash, default: 0] += 1
        }
        return counts
    }

    private static func gramPrecision(_ candidate: [WordKey], _ reference: [WordKey], n: Int) -> (Int, Int) {
        let c = gramCounts(candidate, n: n), r = gramCounts(reference, n: n)
        var matched = 0
        for (gram, count) in c { matched += min(count, r[gram] ?? 0) }
        return (matched, max(0, candidate.count - n + 1))
    }

    /// Shared content weight, exact and by variant.
    struct StemOverlap {
        var exact = 0.0
        var soft = 0.0
        /// Content stems of each side left without a partner.
        var unmatchedA = 0
        var unmatchedB = 0
        /// The weight of the rarest stem left without a partner, on either side.
        var rarestUnmatched = 0.0

        /// - Complexity: O(*n* + *m* + *u*·*v*): a merge of the sorted stems, then
        ///   variant matching among the *u* and *v* stems left over.
        init(_ a: SentenceProfile, _ b: SentenceProfile) {
            // Every scored sentence pair of every alignment comes here: the
            // stems left over go in scratch memory on the stack, not in arrays.
            withUnsafeTemporaryAllocation(of: Int.self, capacity: a.stemKeys.count + b.stemKeys.count) { left in
                var countA = 0, countB = a.stemKeys.count
                var i = 0, j = 0
                while i < a.stemKeys.count || j < b.stemKeys.count {
                    if j == b.stemKeys.count || (i < a.stemKeys.count && a.stemKeys[i] < b.stemKeys[j]) {
                        left[countA] = i; countA += 1; i += 1
                    } else if i == a.stemKeys.count || b.stemKeys[j] < a.stemKeys[i] {
                        left[countB] = j; countB += 1; j += 1
                    } else {
                        exact += min(a.stemWeights[i], b.stemWeights[j])
                        i += 1; j += 1
                    }
                }
                matchVariants(a, b, leftA: UnsafeMutableBufferPointer(rebasing: left[0..<countA]),
                              leftB: UnsafeMutableBufferPointer(rebasing: left[a.stemKeys.count..<countB]))
            }
        }

        /// Pairs each stem of A left over with the first one of B left over
        /// that is a variant of it; a partner is taken once (marked -1).
        private mutating func matchVariants(_ a: SentenceProfile, _ b: SentenceProfile,
                                            leftA: UnsafeMutableBufferPointer<Int>,
                                            leftB: UnsafeMutableBufferPointer<Int>) {
            var rarest = 0.0, soft = 0.0, unmatchedA = 0
            // Stems read in place: a slice of the profile's array would retain it at every comparison.
            a.withStemBytes { textA in
                b.withStemBytes { textB in
                    for index in leftA {
                        let text = textA(index)
                        // `areVariants` wants four bytes and the same first one: most
                        // candidates fail that here, without a call.
                        let first = text.first
                        guard text.count >= 4, let partner = leftB.indices.first(where: {
                            guard leftB[$0] >= 0 else { return false }
                            let other = textB(leftB[$0])
                            return other.first == first && PairFeatures.areVariants(text, other)
                        }) else {
                            unmatchedA += 1
                            rarest = max(rarest, a.stemWeights[index])
                            continue
                        }
                        soft += PairFeatures.softCredit * min(a.stemWeights[index], b.stemWeights[leftB[partner]])
                        leftB[partner] = -1
                    }
                }
            }
            for index in leftB where index >= 0 {
                unmatchedB += 1
                rarest = max(rarest, b.stemWeights[index])
            }
            self.soft = soft
            self.unmatchedA = unmatchedA
            rarestUnmatched = rarest
        }
    }

    /// "contribut" / "contributor", "jung" / "jong": a long shared prefix, or one
    /// letter apart in a word of four letters or more.
    static func areVariants(_ x: String, _ y: String) -> Bool {
        areVariants(ArraySlice(x.utf8), ArraySlice(y.utf8))
    }

    /// - Complexity: O(*n*), no allocation: this runs for every pair of
    ///   unmatched stems of every scored sentence pair.
    static func areVariants<Text: RandomAccessCollection<UInt8>>(_ a: Text, _ b: Text) -> Bool where Text.Index == Int {
        guard a.count >= 4, b.count >= 4, a.first == b.first else { return false }
        var i = a.startIndex, j = b.startIndex
        while i < a.endIndex, j < b.endIndex, a[i] == b[j] { i += 1; j += 1 }
        if i - a.startIndex >= 5 { return true }
        guard abs(a.count - b.count) <= 1, !a.allSatisfy(isDigit), !b.allSatisfy(isDigit) else { return false }
        return editDistanceIsOne(a, b)
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    private static func editDistanceIsOne<Text: RandomAccessCollection<UInt8>>(_ a: Text, _ b: Text) -> Bool
        where Text.Index == Int {
        var i = a.startIndex, j = b.startIndex, edits = 0
        while i < a.endIndex && j < b.endIndex {
            if a[i] == b[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if a.count > b.count { i += 1 } else if b.count > a.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (a.endIndex - i) + (b.endIndex - j) <= 1
    }

    static func ratio(_ x: Double, _ y: Double) -> Double { y > 0 ? min(1, x / y) : 0 }

    static func harmonic(_ p: Double, _ r: Double) -> Double { p + r > 0 ? 2 * p * r / (p + r) : 0 }

    /// Jaccard of two sorted arrays of distinct values.
    static func jaccard<T: Comparable>(_ a: [T], _ b: [T]) -> Double {
        let shared = SortedKeys.intersectionCount(a, b)
        let union = a.count + b.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }

    /// Dice of two sorted arrays of distinct values.
    static func dice<T: Comparable>(_ a: [T], _ b: [T]) -> Double {
        let total = a.count + b.count
        return total == 0 ? 0 : 2 * Double(SortedKeys.intersectionCount(a, b)) / Double(total)
    }

    static func gramF1(_ a: [WordKey], _ b: [WordKey], n: Int) -> Double {
        guard a.count >= n, b.count >= n else { return a == b ? 1 : 0 }
        let ga = gramCounts(a, n: n), gb = gramCounts(b, n: n)
        var shared = 0
        for (gram, count) in ga { shared += min(count, gb[gram] ?? 0) }
        let p = Double(shared) / Double(a.count - n + 1), r = Double(shared) / Double(b.count - n + 1)
        return harmonic(p, r)
    }

    /// Length of the longest common subsequence of two word sequences.
    static func longestCommonSubsequence(_ a: [WordKey], _ b: [WordKey]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        for x in a {
            for (j, y) in b.enumerated() {
                current[j + 1] = x == y ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// Words inserted, deleted or replaced to turn one sentence into the other
    /// (Levenshtein over words): a rewrite that keeps the words but moves a
    /// clause scores far from one that keeps them in place.
    /// - Complexity: O(*n*·*m*) time, O(*m*) memory.
    static func wordEditDistance(_ a: [WordKey], _ b: [WordKey]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = previous
        for (i, x) in a.enumerated() {
            current[0] = i + 1
            for (j, y) in b.enumerated() {
                current[j + 1] = x == y ? previous[j] : 1 + min(previous[j], previous[j + 1], current[j])
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
