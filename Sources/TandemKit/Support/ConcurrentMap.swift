import Foundation

extension Array where Element: Sendable {
    /// `map` as child tasks of the calling task, keeping the order: up to 64
    /// chunks per core, all queued at once, so that the cooperative pool
    /// spreads uneven work (one element may cost a thousand times another)
    /// evenly over all cores; cancelling the calling task stops the chunks not
    /// yet started.
    ///
    /// - Throws: `CancellationError` when the calling task is cancelled.
    /// - Complexity: O(*n*) calls of `transform`.
    func concurrentMap<T: Sendable>(_ transform: @escaping @Sendable (Element) -> T) async throws -> [T] {
        let pieces = 64 * activeCores
        return try await concurrentMap(chunksOf: (count + pieces - 1) / pieces, done: nil, transform)
    }

    /// `map` as child tasks of the calling task, one per chunk of at most
    /// `size` elements, keeping the order. Fewer than `size` elements per core
    /// are still spread over every core: two articles clean side by side.
    ///
    /// With `done`, only two chunks per core are in flight at a time: the
    /// calling task must get a turn between them to report progress, and would
    /// not if every chunk were queued ahead of it.
    ///
    /// - Parameters:
    ///   - size: elements per child task (enough work to outweigh starting one).
    ///   - done: told how many elements are mapped so far, after each chunk.
    /// - Throws: `CancellationError` when the calling task is cancelled.
    /// - Complexity: O(*n*) calls of `transform`.
    func concurrentMap<T: Sendable>(chunksOf size: Int, done: (@Sendable (Int) -> Void)? = nil,
                                    _ transform: @escaping @Sendable (Element) -> T) async throws -> [T] {
        try Task.checkCancellation()
        let elements = self
        let perCore = (count + activeCores - 1) / activeCores
        let chunks = indices.chunks(of: Swift.max(1, Swift.min(size, perCore)))
        if chunks.count == 1 {  // one chunk gains nothing from a task of its own
            defer { done?(count) }
            return map(transform)
        }
        let inFlight = done == nil ? chunks.count : 2 * activeCores
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
                done?(count)
                if next < chunks.count {
                    try Task.checkCancellation()
                    add(next)
                    next += 1
                }
            }
            return mapped.flatMap { $0 }
        }
    }

    /// Changes every element as child tasks of the calling task. Each element
    /// is moved out to the one task that changes it, so none is copied (a
    /// shared buffer would be copied on write).
    ///
    /// - Throws: `CancellationError` when the calling task is cancelled; the
    ///   elements are all back, some of them changed.
    /// - Complexity: O(*n*) calls of `change`.
    mutating func concurrentMutate(_ change: @escaping @Sendable (inout Element) -> Void) async throws {
        let slots = map(MovedElement.init)
        removeAll()
        defer { self = slots.map(\.value) }
        _ = try await slots.concurrentMap { change(&$0.value) }
    }
}

/// Read once: Foundation reads the scheduler's CPU mask and the cgroup's quota
/// from /proc and /sys each time it is asked, and every stage asks.
private let activeCores = max(1, ProcessInfo.processInfo.activeProcessorCount)

/// An element moved out of its array while one task changes it; no other task
/// touches it until the group that changes it is done.
private final class MovedElement<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
