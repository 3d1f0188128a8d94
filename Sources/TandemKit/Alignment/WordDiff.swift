/// Which words two linked passages share and which each changed: the longest
/// common subsequence of their tokens, matched by stem so that "fuelling" and
/// "fueled" count as kept; and which words a rewrite moved rather than changed.
public struct WordDiff: Sendable, Equatable {
    /// Per token of each passage (in reading order): true if shared.
    public let sharedA: [Bool]
    public let sharedB: [Bool]
    /// Per token: outside the common subsequence, but paired with the same word
    /// left over on the other side ("aimed at China" / "towards China" when the
    /// sentence was reordered). Not counted in `reuse`; the compare view does
    /// not mark such a word as changed.
    public let movedA: [Bool]
    public let movedB: [Bool]

    /// Per token of one passage: shared or moved, what the compare view leaves unmarked.
    public func kept(inA: Bool) -> [Bool] {
        inA ? zip(sharedA, movedA).map { $0 || $1 } : zip(sharedB, movedB).map { $0 || $1 }
    }

    /// Shared tokens over all tokens, both sides: 1 for a copy, low for a paraphrase.
    public var reuse: Double {
        let total = sharedA.count + sharedB.count
        return total == 0 ? 0 : Double(sharedA.filter { $0 }.count + sharedB.filter { $0 }.count) / Double(total)
    }

    /// - Complexity: O(*n*·*m*), *n* and *m* the token counts.
    init(_ a: [WordKey], _ b: [WordKey]) {
        var table = [[Int32]](repeating: [Int32](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var sharedA = [Bool](repeating: false, count: a.count), sharedB = [Bool](repeating: false, count: b.count)
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                sharedA[i] = true
                sharedB[j] = true
                i += 1
                j += 1
            } else if table[i + 1][j] >= table[i][j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        self.sharedA = sharedA
        self.sharedB = sharedB
        (movedA, movedB) = Self.moved(a, sharedA, b, sharedB)
    }

    /// Pairs the tokens left outside the common subsequence by word, first
    /// with first.
    /// - Complexity: O(*n* + *m*).
    private static func moved(_ a: [WordKey], _ sharedA: [Bool], _ b: [WordKey], _ sharedB: [Bool]) -> ([Bool], [Bool]) {
        var leftInB: [WordKey: [Int]] = [:]
        for j in b.indices.reversed() where !sharedB[j] { leftInB[b[j], default: []].append(j) }
        var movedA = [Bool](repeating: false, count: a.count), movedB = [Bool](repeating: false, count: b.count)
        for i in a.indices where !sharedA[i] {
            guard let j = leftInB[a[i]]?.popLast() else { continue }
            movedA[i] = true
            movedB[j] = true
        }
        return (movedA, movedB)
    }
}
