extension Range where Bound == Int {
    /// Consecutive pieces of at most `size` values: work for one core at a time.
    func chunks(of size: Int) -> [Range<Int>] {
        stride(from: lowerBound, to: upperBound, by: size).map { $0..<Swift.min($0 + size, upperBound) }
    }
}
