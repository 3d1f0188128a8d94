import Foundation

/// How strongly one passage restates another, 0…1: the score alignment links by.
///
/// A restatement shares rare content words; a condensed rewrite keeps few of
/// the original's words but most of its own are found there. So the evidence is
/// the shared content weight (exact stems, and variants at partial credit) times
/// the share of the smaller side it covers, lowered when both sides give numbers
/// and none agree, and mapped to 0…1 by `1 − e^(−evidence/scale)`.
///
/// Unlike the paraphrase model (calibrated on MSRP for full equivalence), this
/// rewards partial restatement, which is what rewrites and condensations do.
enum RestatementScore {
    /// Evidence at which the score reaches 1 − 1/e ≈ 0.63.
    static let scale = 1.0
    /// Factor on the evidence of passages whose numbers disagree.
    static let numberConflictFactor = 0.6

    static func score(_ a: SentenceProfile, _ b: SentenceProfile) -> Double {
        let overlap = PairFeatures.StemOverlap(a, b)
        let shared = overlap.exact + overlap.soft
        let smaller = min(a.totalWeight, b.totalWeight)
        guard shared > 0, smaller > 0 else { return 0 }
        var evidence = shared * min(1, shared / smaller)
        if !a.numbers.isEmpty, !b.numbers.isEmpty, SortedKeys.intersectionCount(a.numbers, b.numbers) == 0 {
            evidence *= numberConflictFactor
        }
        return 1 - exp(-evidence / scale)
    }
}
