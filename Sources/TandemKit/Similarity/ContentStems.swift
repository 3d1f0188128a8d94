/// What similarity compares of a run of tokens: the stems of its content words,
/// and for Chinese and Japanese each pair of neighbouring characters (银行, 利上)
/// in place of the characters alone.
///
/// A single character is shared by sentences that have nothing in common (金
/// in 金利 and in 賃金); a pair of them mostly by the same word, which is how
/// search engines index these scripts. Pairs of two function characters are
/// left out, as function words are.
enum ContentStems {
    /// Calls `visit` with each content stem, the index of the token it starts
    /// at, and whether it is a pair of characters (the token and the next).
    /// - Complexity: O(*n*), *n* the tokens.
    @inline(__always)
    static func visit(_ tokens: [Token], lexicon: Lexicon, _ visit: (_ stem: WordKey, _ token: Int, _ isPair: Bool) -> Void) {
        for index in tokens.indices {
            let token = tokens[index]
            if token.isCharacter {
                if index + 1 < tokens.count, adjoin(token, tokens[index + 1]) {
                    if !(token.isStopword && tokens[index + 1].isStopword) {
                        visit(pair(token.key, tokens[index + 1].key), index, true)
                    }
                    continue
                }
                // The last character of a run is in the pair before it; one alone stands for itself.
                if index > 0, adjoin(tokens[index - 1], token) { continue }
            }
            if !token.isStopword { visit(lexicon.stem(of: token), index, false) }
        }
    }

    /// The stems of `tokens`, in order, repeats kept.
    static func keys(_ tokens: [Token], lexicon: Lexicon) -> [WordKey] {
        var keys: [WordKey] = []
        keys.reserveCapacity(tokens.count)
        visit(tokens, lexicon: lexicon) { stem, _, _ in keys.append(stem) }
        return keys
    }

    private static func adjoin(_ first: Token, _ second: Token) -> Bool {
        second.isCharacter && first.range.upperBound == second.range.lowerBound
    }

    /// The key of two characters read as one word.
    static func pair(_ first: WordKey, _ second: WordKey) -> WordKey {
        WordKey(value: (first.value ^ (second.value &* 0x9E37_79B9_7F4A_7C15)) &* WordKey.prime)
    }
}
