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
        #expect(counts.count == (count + 9) / 10)
        #expect(counts.last ?? 0 == count)
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
}
