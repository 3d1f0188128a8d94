/// Whether a sentence of another article states the same fact as a claim, or a
/// conflicting one.
///
/// Shared rare words (the restatement score) find the candidates; quantities,
/// names and negation decide. A paraphrase that keeps the claim's content words
/// corroborates it; a looser match needs a quantity in common; a figure that
/// only one of the two gives needs a near restatement. A conflict needs
/// the same names and a quantity slot (a sum in one currency, a percentage, a
/// date, a count of one thing) that both fill with different values and no
/// value in common, or a close match whose polarity flips.
enum ClaimMatch: Equatable {
    case corroborates
    case conflicts
    case unrelated

    struct Thresholds: Sendable {
        /// A restatement this close corroborates unless quantities or polarity disagree.
        var close = 0.6
        /// A looser match corroborates with a quantity in common.
        var loose = 0.4
        /// A match this loose corroborates when it shares a specific quantity: a
        /// full date, a percentage, a sum (reports of one fact in other words
        /// share little else). Below 0.35 such links on METER join two texts of
        /// one story only 22–40 % of the time (a round sum is shared by chance)…
        var specific = 0.35
        /// …and one this loose when the quantities it shares are of two kinds (a
        /// percentage and a sum): no chance repeats both. A sum with its
        /// conversion ("£800m ($1.5bn)") is one kind.
        var twoKindsOfFigure = 0.25
        /// When one sentence gives a figure and the other none that agrees, and
        /// they share no specific quantity (a date would do), only a restatement
        /// this close corroborates: sharing a topic's rare words ("Yukos",
        /// "production unit") is no report of the figure.
        var withoutTheFigure = 0.85
        /// A match this close whose quantities differ, or whose polarity flips, conflicts…
        var conflict = 0.75
        /// …when the shared content is also this much of the longer sentence: the two
        /// say the same thing but for the value or the negation, rather than one
        /// sentence containing the other among much else.
        var conflictBalance = 0.6
    }

    struct Side {
        let profile: SentenceProfile
        let quantities: [Quantity]
        let polarity: Polarity

        init(profile: SentenceProfile, text: String) {
            self.profile = profile
            quantities = QuantityReader.quantities(in: text)
            polarity = Polarity(text)
        }
    }

    /// - Parameter score: the restatement score of the two sentences.
    static func judge(_ a: Side, _ b: Side, score: Double, thresholds: Thresholds = Thresholds()) -> ClaimMatch {
        guard score >= thresholds.twoKindsOfFigure else { return .unrelated }
        let agreeing = a.quantities.contains { q in b.quantities.contains { q.agrees(with: $0) } }
        let shared = a.quantities.filter { q in q.isSpecific && b.quantities.contains { q.agrees(with: $0) } }
        let specific = !shared.isEmpty
        let kindsShared = Set(shared.map(\.kindClass)).count
        // A conflict needs evidence that two values count the same thing; a
        // corroboration is refused on less, as when a bare number may be that count.
        let conflicting = differ(a.quantities, b.quantities, in: { $0.rivals($1) })
            || differ(b.quantities, a.quantities, in: { $0.rivals($1) })
        let differs = differ(a.quantities, b.quantities, in: { $0.sameSlot($1) })
        let sharedNames = SortedKeys.intersectionCount(a.profile.names, b.profile.names) > 0
        let polarityFlips = a.polarity.flips(against: b.polarity)
        if score >= thresholds.conflict, polarityFlips || (conflicting && sharedNames),
           balance(a.profile, b.profile) >= thresholds.conflictBalance {
            return .conflicts
        }
        if differs || a.polarity.differs(from: b.polarity) { return .unrelated }
        if score < thresholds.withoutTheFigure, !specific, lacksFigure(of: a.quantities, in: b.quantities)
            || lacksFigure(of: b.quantities, in: a.quantities) {
            return .unrelated
        }
        if score >= thresholds.close || (agreeing && score >= thresholds.loose) || (specific && score >= thresholds.specific)
            || kindsShared >= 2 {
            return .corroborates
        }
        return .unrelated
    }

    /// Whether `a` gives specific figures (a sum, a percentage, a count of a
    /// hundred or more) and `b` agrees with none of them. Dates are left out: a
    /// retelling often drops the day ("on April 20" → "recent").
    static func lacksFigure(of a: [Quantity], in b: [Quantity]) -> Bool {
        let figures = a.filter { $0.isSpecific && $0.kind != .date }
        return !figures.isEmpty && !figures.contains { q in b.contains { q.agrees(with: $0) } }
    }

    /// A slot of `a` that `b` fills with no value in common: "from 10% to 12%"
    /// and "to 12%" share the slot's 12%, so they do not differ.
    /// - Parameter sameSlot: whether two quantities fill one slot.
    static func differ(_ a: [Quantity], _ b: [Quantity], in sameSlot: (Quantity, Quantity) -> Bool) -> Bool {
        a.contains { q in
            let rivals = b.filter { sameSlot(q, $0) }
            let mine = a.filter { sameSlot(q, $0) }
            return !rivals.isEmpty && !mine.contains { m in rivals.contains { sameSlot(m, $0) && m.hasSameValue(as: $0) } }
        }
    }

    /// Shared content weight as a share of the heavier sentence's.
    static func balance(_ a: SentenceProfile, _ b: SentenceProfile) -> Double {
        let overlap = PairFeatures.StemOverlap(a, b)
        let heavier = max(a.totalWeight, b.totalWeight)
        return heavier > 0 ? (overlap.exact + overlap.soft) / heavier : 0
    }
}
