import Foundation
import Testing
import TestSupport

/// The analysis cache through the real binary: written beside the state,
/// read back on the next run, shared safely, and never touched with --no-state.
@Suite struct AnalysisCacheCommandTests {
    @Test func aSecondRunReadsTheCacheAndPrintsTheSame() throws {
        let folder = TemporaryFolder()
        let state = folder.path + "/state/state.sqlite"
        let first = try TandemProcess.run(["clusters", Repository.seeds, "--json", "--state", state])
        #expect(first.status == 0 && first.stderr.isEmpty)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/state/cache.sqlite"))
        let second = try TandemProcess.run(["clusters", Repository.seeds, "--json", "--state", state])
        #expect(second.stdout == first.stdout)
        let uncachedJSON = try TandemProcess.run(["clusters", Repository.seeds, "--no-state", "--json"])
        #expect(uncachedJSON.stdout == first.stdout)
        // Plain text prints titles, read back from the cache without the rest of each article.
        let plain = try TandemProcess.run(["clusters", Repository.seeds, "--no-state"])
        #expect(plain.stdout.contains("Why is China risking US sanctions"))
        for _ in 0..<2 {
            #expect(try TandemProcess.run(["clusters", Repository.seeds, "--state", state]).stdout == plain.stdout)
        }
        let pair = [Repository.seed("003"), Repository.seed("001")]
        let align = try TandemProcess.run(["align"] + pair + ["--json", "--no-state"])
        for _ in 0..<2 {
            let cached = try TandemProcess.run(["align"] + pair + ["--json", "--state", state])
            #expect(cached.status == 0 && cached.stdout == align.stdout)
        }
        let uncached = try TandemProcess.run(["claims", Repository.seeds, "--json", "--no-state"])
        for _ in 0..<2 {
            let claims = try TandemProcess.run(["claims", Repository.seeds, "--json", "--state", state])
            #expect(claims.status == 0 && claims.stdout == uncached.stdout)
        }
    }

    @Test func twoRunsAtOnceShareTheCache() throws {
        let folder = TemporaryFolder()
        let state = folder.path + "/state.sqlite"
        let group = DispatchGroup()
        let results = LockedResults()
        for _ in 0..<2 {
            group.enter()
            DispatchQueue.global().async {
                results.append(try? TandemProcess.run(["clusters", Repository.seeds, "--json", "--state", state]))
                group.leave()
            }
        }
        group.wait()
        let both = results.all.compactMap { $0 }
        #expect(both.count == 2 && both.allSatisfy { $0.status == 0 && $0.stderr.isEmpty })
        #expect(Set(both.map(\.stdout)).count == 1)
    }

    @Test func anUnusableCachePlaceIsOneWarningAndTheWorkIsDoneAnyway() throws {
        let folder = TemporaryFolder()
        let file = folder.write("not-a-folder", "x")
        let output = try TandemProcess.run(["clusters", Repository.seeds, "--json", "--state", file + "/sub/state.sqlite"])
        #expect(output.status == 0 && output.json?["clusters"] != nil)
        #expect(output.stderr == "tandem: warning: analysis cache not used: \(file)/sub/cache.sqlite: cannot create its folder: Not a directory\n")
    }

    @Test func noStateWritesNothing() throws {
        let folder = TemporaryFolder()
        let environment = ["TANDEM_STATE": folder.path + "/untouched/state.sqlite"]
        let commands = [["clusters", Repository.seeds], ["claims", Repository.seeds],
                        ["align", Repository.seed("000"), Repository.seed("001")]]
        for command in commands {
            let output = try TandemProcess.run(command + ["--no-state"], environment: environment)
            #expect(output.status == 0)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/untouched"))
    }
}

/// Results gathered from several threads.
private final class LockedResults: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [TandemProcess.Output?] = []

    func append(_ item: TandemProcess.Output?) {
        lock.lock()
        items.append(item)
        lock.unlock()
    }

    var all: [TandemProcess.Output?] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}
