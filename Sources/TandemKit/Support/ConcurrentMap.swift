extension Array where Element: Sendable {
    /// `map` as child tasks of the calling task, one per chunk of `size`
    /// elements, keeping the order: the cooperative pool spreads them over all
    /// cores, and cancelling the calling task stops the chunks not yet started.
    ///
    /// - Parameters:
    ///   - size: elements per child task (enough work to outweigh starting one).
    ///   - done: told how many elements are mapped so far, after each chunk.
    /// - Throws: `CancellationError` when the calling task is cancelled.
    /// - Complexity: O(*n*) calls of `transform`.
    func concurrentMap<T: Sendable>(chunksOf size: Int, done: @Sendable (Int) -> Void = { _ in },
                                    _ transform: @escaping @Sendable (Element) -> T) async throws -> [T] {
        let elements = self
        return try await withThrowingTaskGroup(of: (Int, [T]).self) { group in
            let chunks = indices.chunks(of: Swift.max(1, size))
            for (number, chunk) in chunks.enumerated() {
                group.addTask {
                    try Task.checkCancellation()
                    return (number, elements[chunk].map(transform))
                }
            }
            var mapped = [[T]](repeating: [], count: chunks.count)
            var count = 0
            for try await (number, values) in group {
                mapped[number] = values
                count += values.count
                done(count)
            }
            return mapped.flatMap { $0 }
        }
    }
}
