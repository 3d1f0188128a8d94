/// A quantity a sentence states, normalised so that different spellings of one
/// value compare equal: "$2.2 trillion" and "2,200 billion", "4 February 2022"
/// and "February 4, 2022", "12%" and "12 per cent".
struct Quantity: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// A count or a sum; the currency when one is written ("USD", "GBP", "EUR", "JPY").
        case amount(currency: String?)
        case percent
        /// A calendar date; the parts that are written.
        case date
        case year
    }

    let kind: Kind
    /// The amount, percentage or year; for a date, `year·10⁴ + month·100 + day` with absent parts 0.
    let value: Double
    /// For counts, the token after the number, lowercased, unless a function
    /// word: what is counted ("27 drones" → "drones") or only a comma or a
    /// preposition. Values with different units never agree.
    let unit: String?
    /// For counts, what is counted, read past "of" and punctuation-free
    /// ("15 of his patients" → "patients", "two charges of rape" → "rape").
    var counted: String? = nil
    /// For counts with nothing counted, the word before the number: the name an
    /// age follows ("Beckett, 52" → "beckett"), the verb a figure follows ("aged 52").
    var anchor: String? = nil

    /// Rare enough that two reports sharing it likely report one fact: a date
    /// with its day, a percentage, a sum of money or a count of 100 or more.
    var isSpecific: Bool {
        switch kind {
        case .date: return Int(value) % 100 != 0 && Int(value) / 100 % 100 != 0
        case .percent: return true
        case .amount(let currency): return currency != nil || value >= 100
        case .year: return false
        }
    }

    /// The kind without its currency: a sum and its conversion are one kind of figure.
    var kindClass: Int {
        switch kind {
        case .date: return 0
        case .percent: return 1
        case .amount: return 2
        case .year: return 3
        }
    }

    /// The same quantity: same kind (a sum matches a bare count) and value within 1%;
    /// dates agree on every part both give.
    func agrees(with other: Quantity) -> Bool { sameSlot(other) && hasSameValue(as: other) }

    /// Values within 1% of each other; dates that agree on every part both give.
    func hasSameValue(as other: Quantity) -> Bool {
        if kind == .date { return Self.datesAgree(Int(value), Int(other.value)) }
        let scale = max(abs(value), abs(other.value))
        return scale == 0 || abs(value - other.value) / scale <= 0.01
    }

    /// Quantities of the same slot can conflict: same kind, compatible currency, same unit.
    func sameSlot(_ other: Quantity) -> Bool {
        switch (kind, other.kind) {
        case let (.amount(a), .amount(b)):
            if let a, let b, a != b { return false }
            if a == nil, b == nil, let u = unit, let v = other.unit, u != v { return false }
            return true
        default:
            return kind == other.kind
        }
    }

    /// Quantities that can contradict each other: the same slot, and evidence
    /// that both count the same thing. Sums need the same currency; counts the
    /// same thing counted, or with none the same word before them ("Beckett, 52" and
    /// "Beckett, 53"). Stricter than `sameSlot`, where a bare number may be any
    /// count: "43" is no rival of "three counts".
    func rivals(_ other: Quantity) -> Bool {
        guard case let .amount(currency) = kind, case let .amount(otherCurrency) = other.kind else {
            return kind == other.kind
        }
        if let currency { return currency == otherCurrency }
        guard otherCurrency == nil, counted == other.counted else { return false }
        return counted != nil || (anchor != nil && anchor == other.anchor)
    }

    private static func datesAgree(_ a: Int, _ b: Int) -> Bool {
        let partsA = [a / 10_000, a / 100 % 100, a % 100], partsB = [b / 10_000, b / 100 % 100, b % 100]
        return zip(partsA, partsB).allSatisfy { $0 == 0 || $1 == 0 || $0 == $1 }
    }
}
