/// Which words two linked passages share and which each changed: the longest
/// common subsequence of their tokens, matched by stem so that "fuelling" and
/// "fueled" count as kept.
public struct WordDiff: Sendable, Equatable {
    /// Per token of each passage (in reading order): true if shared.
    public let sharedA: [Bool]
    public let sharedB: [Bool]

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
    }
}
