import Foundation

extension Array where Element: Sendable {
    /// `map` as child tasks of the calling task, one per chunk of `size`
    /// elements, keeping the order: the cooperative pool spreads them over all
    /// cores, and cancelling the calling task stops the chunks not yet started.
    ///
    /// Only two chunks per core are in flight at a time: the calling task must
    /// get a turn between them to report progress, and would not if every chunk
    /// were queued ahead of it.
    ///
    /// - Parameters:
    ///   - size: elements per child task (enough work to outweigh starting one).
    ///   - done: told how many elements are mapped so far, after each chunk.
    /// - Throws: `CancellationError` when the calling task is cancelled.
    /// - Complexity: O(*n*) calls of `transform`.
    func concurrentMap<T: Sendable>(chunksOf size: Int, done: @Sendable (Int) -> Void = { _ in },
                                    _ transform: @escaping @Sendable (Element) -> T) async throws -> [T] {
        let elements = self
        let chunks = indices.chunks(of: Swift.max(1, size))
        let inFlight = 2 * Swift.max(1, ProcessInfo.processInfo.activeProcessorCount)
        return try await withThrowingTaskGroup(of: (Int, [T]).self) { group in
            func add(_ number: Int) {
                group.addTask {
                    try Task.checkCancellation()
                    return (number, elements[chunks[number]].map(transform))
                }
            }
            var next = 0
            while next < Swift.min(inFlight, chunks.count) {
                add(next)
                next += 1
            }
            var mapped = [[T]](repeating: [], count: chunks.count)
            var count = 0
            for try await (number, values) in group {
                mapped[number] = values
                count += values.count
                done(count)
                if next < chunks.count {
                    try Task.checkCancellation()
                    add(next)
                    next += 1
                }
            }
            return mapped.flatMap { $0 }
        }
    }
}
