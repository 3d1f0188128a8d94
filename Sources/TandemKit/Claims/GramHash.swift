/// 64-bit FNV-1a hashes of n-grams, computed straight from a sentence's
/// characters: scoring looks terms up by hash instead of building a string
/// for each of a sentence's hundreds of character n-grams.
///
/// The hash of a gram is the hash of its UTF-8 bytes, so the hash of a term
/// read from the model file matches the hash computed while scanning.
enum GramHash {
    static let seed: UInt64 = 0xcbf29ce484222325
    private static let prime: UInt64 = 0x100000001b3

    @inline(__always)
    static func add(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* prime }

    static func add(_ hash: UInt64, scalar: Unicode.Scalar) -> UInt64 {
        var h = hash
        for byte in UTF8.encode(scalar)! { h = add(h, byte) }
        return h
    }

    static func of(_ text: some StringProtocol) -> UInt64 { text.utf8.reduce(seed, add) }

    /// Hashes of the unigrams and bigrams of `words` (a bigram is "w1 w2").
    static func wordGrams(_ words: [String]) -> [UInt64] {
        var hashes = words.map(of)
        for i in words.indices.dropLast() {
            var h = add(hashes[i], 0x20)
            for byte in words[i + 1].utf8 { h = add(h, byte) }
            hashes.append(h)
        }
        return hashes
    }

    /// The whitespace-separated pieces of a text. ASCII text, the usual case,
    /// is split on its bytes: asking each `Character` whether it is whitespace
    /// (a Unicode property lookup) showed in the claims profile.
    private static func words(of text: String) -> [Substring] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(whereSeparator: \.isWhitespace) }
        return text.utf8.split(whereSeparator: { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }).map { Substring($0) }
    }

    /// Hashes of `ClaimWords.characterGrams(text)`, in any order.
    static func characterGrams(_ text: String, lengths: ClosedRange<Int> = 2...5) -> [UInt64] {
        var hashes: [UInt64] = []
        hashes.reserveCapacity(text.utf8.count * lengths.count)
        for piece in words(of: text.lowercased()) {
            let padded = [" "] + Array(piece.unicodeScalars) + [" "]
            let count = padded.count
            for start in 0..<count {
                var h = seed
                for length in 1...min(lengths.upperBound, count - start) {
                    h = add(h, scalar: padded[start + length - 1])
                    if length >= lengths.lowerBound { hashes.append(h) }
                }
            }
            // A padded word shorter than n counts once more as itself for each such n.
            if count < lengths.upperBound {
                let whole = padded.reduce(seed) { add($0, scalar: $1) }
                for _ in max(count + 1, lengths.lowerBound)...lengths.upperBound { hashes.append(whole) }
            }
        }
        return hashes
    }
}
