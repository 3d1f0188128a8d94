import Testing
import TestSupport
@testable import TandemKit

@Suite struct WordKeyTableTests {
    /// `update` counts and appends as a dictionary does, through growth and for
    /// the key whose value marks empty slots.
    @Test func updateMatchesADictionary() {
        var random = SplitMix64(seed: 11)
        var table = WordKeyTable<[Int]>()
        var reference: [UInt64: [Int]] = [:]
        for step in 0..<5_000 {
            // Few distinct keys, so that most updates change a value already there; key 0 among them.
            let key = step % 97 == 0 ? 0 : random.next() % 700
            table.update(WordKey(value: key), default: []) { $0.append(step) }
            reference[key, default: []].append(step)
        }
        #expect(table.count == reference.count)
        for (key, values) in reference { #expect(table[WordKey(value: key)] == values) }
        #expect(table[WordKey(value: 701)] == nil)
    }

    /// The filter never turns away a key it holds, and turns away most others.
    @Test func keyFilterHasNoFalseNegatives() {
        var random = SplitMix64(seed: 5)
        let held = (0..<40).map { _ in WordKey(value: random.next()) }
        let filter = KeyFilter(held)
        #expect(held.allSatisfy(filter.mayContain))
        let others = (0..<10_000).map { _ in WordKey(value: random.next()) }
        let passed = others.filter(filter.mayContain).count
        // 40 keys set at most 40 of 1,024 bits: about 4 % of other keys pass.
        #expect(passed < 1_000)
    }
}
