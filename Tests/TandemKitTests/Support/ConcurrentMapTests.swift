import Foundation
import Synchronization
import Testing
@testable import TandemKit

@Suite struct ConcurrentMapTests {
    @Test(arguments: [0, 1, 7, 64, 1_000] as [Int])
    func mapsInOrderAndCountsWhatIsDone(count: Int) async throws {
        let values = Array(0..<count)
        let reported = Mutex<[Int]>([])
        let mapped = try await values.concurrentMap(chunksOf: 10, done: { n in reported.withLock { $0.append(n) } }) {
            $0 * $0
        }
        #expect(mapped == values.map { $0 * $0 })
        let counts = reported.withLock { $0 }
        #expect(counts == counts.sorted())
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let size = max(1, min(10, (count + cores - 1) / cores))  // at most ten, and every core busy
        #expect(counts.count == (count + size - 1) / size)
        #expect(counts.last ?? 0 == count)
    }

    /// Two articles clean side by side, not one after the other in one chunk.
    @Test func fewerElementsThanAChunkSpreadOverTheCores() async throws {
        let chunks = Mutex(0)
        _ = try await [1, 2].concurrentMap(chunksOf: 32, done: { _ in chunks.withLock { $0 += 1 } }) { $0 }
        #expect(chunks.withLock { $0 } == min(2, ProcessInfo.processInfo.activeProcessorCount))
    }

    /// The caller gets a turn between chunks (to report progress): chunks do
    /// not all run before it hears of the first.
    @Test func onlyAFewChunksRunAheadOfTheCaller() async throws {
        let started = Atomic<Int>(0)
        let worstLead = Atomic<Int>(0)
        let inFlight = 2 * ProcessInfo.processInfo.activeProcessorCount
        _ = try await Array(0..<2_000).concurrentMap(chunksOf: 1, done: { mapped in
            let lead = started.load(ordering: .relaxed) - mapped
            _ = worstLead.max(lead, ordering: .relaxed)
        }) { value in
            started.add(1, ordering: .relaxed)
            return (0..<200).reduce(value, &+)
        }
        #expect(worstLead.load(ordering: .relaxed) <= inFlight)
    }

    @Test func aCancelledTaskMapsNothing() async {
        let calls = Mutex(0)
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await Array(0..<100).concurrentMap(chunksOf: 1) { value in
                calls.withLock { $0 += 1 }
                return value
            }
        }
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(calls.withLock { $0 } == 0)
    }

    @Test(arguments: [0, 1, 5, 3_001] as [Int])
    func chunksItselfAndKeepsTheOrder(count: Int) async throws {
        let values = (0..<count).map { $0 * 7 % 13 }
        #expect(try await values.concurrentMap { $0 + 1 } == values.map { $0 + 1 })
    }

    /// Each element is changed where it is: a shared buffer would be copied
    /// on write, and the copy would have another address.
    @Test func mutatesEveryElementWithoutCopyingIt() async throws {
        var lists = (0..<50).map { n in (0..<100).map { ($0 * 31 + n) % 100 } }
        let before = lists.map { $0.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) } }
        try await lists.concurrentMutate { $0.sort() }
        #expect(lists.allSatisfy { $0 == Array(0..<100) })
        #expect(lists.map { $0.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) } } == before)
    }

    @Test func aCancelledMutationGivesEveryElementBack() async throws {
        let task = Task {
            var lists = Array(repeating: [3, 1, 2], count: 10)
            withUnsafeCurrentTask { $0?.cancel() }
            do { try await lists.concurrentMutate { $0.sort() } } catch { return (lists, error is CancellationError) }
            return (lists, false)
        }
        let (lists, cancelled) = await task.value
        #expect(cancelled && lists == Array(repeating: [3, 1, 2], count: 10))
    }
}
