/// A hash table from `WordKey` to values, by open addressing.
///
/// `WordKey`s are already 64-bit hashes, so the table uses their bits directly
/// instead of rehashing them through `Hasher` (SipHash), which dominated the
/// profiles of corpus analysis.
///
/// Invariant: `capacity` is a power of two, at most 3/4 full; a slot is empty
/// when its key is `emptyKey` (a key of that value is stored in `emptyKeyValue`).
struct WordKeyTable<Value> {
    private var keys: [UInt64]
    private var values: [Value?]
    private var emptyKeyValue: Value?
    private(set) var count = 0

    private static var emptyKey: UInt64 { 0 }

    init(minimumCapacity: Int = 16) {
        var capacity = 16
        while capacity * 3 < minimumCapacity * 4 { capacity *= 2 }
        keys = Array(repeating: Self.emptyKey, count: capacity)
        values = Array(repeating: nil, count: capacity)
    }

    subscript(key: WordKey) -> Value? {
        get {
            if key.value == Self.emptyKey { return emptyKeyValue }
            let slot = find(key.value)
            return keys[slot] == key.value ? values[slot] : nil
        }
        set {
            if key.value == Self.emptyKey {
                if (emptyKeyValue == nil) != (newValue == nil) { count += newValue == nil ? -1 : 1 }
                emptyKeyValue = newValue
                return
            }
            guard let newValue else {
                precondition(self[key] == nil, "WordKeyTable does not support removal")
                return
            }
            values[claim(key.value).slot] = newValue
        }
    }

    /// The value for `key`, inserting `defaultValue` first if there is none.
    subscript(key: WordKey, default defaultValue: @autoclosure () -> Value) -> Value {
        get { self[key] ?? defaultValue() }
        set { self[key] = newValue }
    }

    /// Changes the value for `key` in place, inserting `defaultValue` first if
    /// there is none: one probe, where `self[key, default:] += 1` takes two and
    /// copies an array value before appending to it.
    @inline(__always)
    mutating func update(_ key: WordKey, default defaultValue: @autoclosure () -> Value,
                         _ change: (inout Value) -> Void) {
        if key.value == Self.emptyKey {
            var value = emptyKeyValue ?? defaultValue()
            change(&value)
            self[key] = value
            return
        }
        let (slot, isNew) = claim(key.value)
        if isNew { values[slot] = defaultValue() }
        change(&values[slot]!)
    }

    /// The slot holding `key` (not the empty key), taken for it if it held
    /// nothing; the table grows first when that would fill it past three quarters.
    @inline(__always)
    private mutating func claim(_ key: UInt64) -> (slot: Int, isNew: Bool) {
        var slot = find(key)
        guard keys[slot] != key else { return (slot, false) }
        if (count + 1) * 4 > keys.count * 3 {
            grow()
            slot = find(key)
        }
        keys[slot] = key
        count += 1
        return (slot, true)
    }

    /// Every key and value, in no particular order.
    var entries: [(key: WordKey, value: Value)] {
        var result: [(WordKey, Value)] = []
        result.reserveCapacity(count)
        if let value = emptyKeyValue { result.append((WordKey(value: Self.emptyKey), value)) }
        for slot in keys.indices where keys[slot] != Self.emptyKey { result.append((WordKey(value: keys[slot]), values[slot]!)) }
        return result
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private func find(_ key: UInt64) -> Int {
        let mask = keys.count - 1
        // Fold the high bits in: FNV keys of short words differ mostly there.
        var slot = Int(truncatingIfNeeded: (key ^ (key >> 29)) &* 0x9E3779B97F4A7C15 >> 7) & mask
        while keys[slot] != Self.emptyKey && keys[slot] != key { slot = (slot + 1) & mask }
        return slot
    }

    private mutating func grow() {
        let old = (keys, values)
        keys = Array(repeating: Self.emptyKey, count: old.0.count * 2)
        values = Array(repeating: nil, count: old.0.count * 2)
        for slot in old.0.indices where old.0[slot] != Self.emptyKey {
            let target = find(old.0[slot])
            keys[target] = old.0[slot]
            values[target] = old.1[slot]
        }
    }
}

extension WordKeyTable: Sendable where Value: Sendable {}

/// A set of `WordKey`s without rehashing: for word lists checked per token.
struct WordKeySet: Sendable {
    private var table: WordKeyTable<Bool>

    init(_ keys: some Sequence<WordKey>) {
        table = WordKeyTable()
        for key in keys { table[key] = true }
    }

    init(words: some Sequence<String>) { self.init(words.map(WordKey.init)) }

    @inline(__always)
    func contains(_ key: WordKey) -> Bool { table[key] != nil }
}

/// A one-sided test of membership in a small set of `WordKey`s: false means
/// absent; true means look it up. One bit per value of a key's top ten bits.
struct KeyFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 16)

    init(_ keys: some Sequence<WordKey>) {
        for key in keys {
            let bit = Int(key.value >> 54)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    @inline(__always)
    func mayContain(_ key: WordKey) -> Bool {
        let bit = Int(key.value >> 54)
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}
