import Dispatch

extension Array where Element: Sendable {
    /// `map` over all cores, keeping the order.
    ///
    /// - Complexity: O(*n*) calls of `transform`, spread over the available cores.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = ResultSlots<T>(count: count)
        self.withUnsafeBufferPointer { input in
            let source = UnsafeSendableBuffer(input)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                results.store(transform(source.buffer[index]), at: index)
            }
        }
        return results.collect()
    }
}

extension Array where Element: Sendable {
    /// Changes every element in place, on all cores; each element is changed by
    /// one call, so none is copied.
    mutating func parallelMutate(_ change: @Sendable (inout Element) -> Void) {
        withUnsafeMutableBufferPointer { buffer in
            let shared = UnsafeSendableMutableBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: buffer.count) { change(&shared.buffer[$0]) }
        }
    }
}

private struct UnsafeSendableMutableBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}

/// Write-once slots filled from many threads; each index is written by exactly one,
/// into raw memory, so no Array is mutated concurrently.
private final class ResultSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ value: T, at index: Int) { slots[index] = value }

    func collect() -> [T] { slots.map { $0! } }
}

private struct UnsafeSendableBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<Element>
    init(_ buffer: UnsafeBufferPointer<Element>) { self.buffer = buffer }
}

extension Range where Bound == Int {
    /// Consecutive pieces of at most `size` values: work for one core at a time.
    func chunks(of size: Int) -> [Range<Int>] {
        stride(from: lowerBound, to: upperBound, by: size).map { $0..<Swift.min($0 + size, upperBound) }
    }
}
