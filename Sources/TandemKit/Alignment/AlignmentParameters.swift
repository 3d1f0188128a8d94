/// The thresholds of passage alignment, in one place.
///
/// Tuned on the Clough–Stevenson corpus with `tandem-bench clough --grid`
/// (coverage must rank cut > light > heavy > non, with derived answers set apart
/// from independent ones); see BENCHMARKS.md.
public struct AlignmentParameters: Sendable {
    /// Shared content weight two sentences need before they are scored at all.
    public var minimumSharedWeight = 1.0
    /// A pair scoring this much is a link if it follows the order of the other
    /// links or has one next to it…
    public var linkThreshold = 0.5
    /// …and this much when it stands alone out of order: independent texts on
    /// one topic share sporadic sentences, derived texts share runs in order.
    public var isolatedThreshold = 0.7
    /// A pair scoring this much joins a link next to it that scores the link threshold.
    public var supportedThreshold = 0.15
    /// How much a strong neighbour raises a pair's rank in the greedy selection.
    public var orderBonus = 0.15
    /// A sentence joins a passage (a merge or split) if it scores this much
    /// against the other side of the passage…
    public var growthThreshold = 0.2
    /// …and the passage's score does not fall by more than this.
    public var growthTolerance = 0.05

    public init() {}
}
