/// Stepping through a list of found things (matches, links) the way `n` and `]`
/// do: wrapping at either end, and starting at the first (forward) or the last
/// (backward) when nothing is current yet.
enum Cycling {
    /// - Precondition: `count > 0`.
    static func step(from current: Int?, count: Int, forward: Bool) -> Int {
        let step = forward ? 1 : -1
        return ((current ?? (forward ? -1 : 0)) + step + count) % count
    }
}
