import Foundation
import Testing
import TestSupport
@testable import TandemKit

/// The reading-state database survives a writer killed mid-transaction and two writers at once.
@Suite struct StateSafetyTests {
    private func writer(_ path: String, name: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(TandemProcess.binaryPath))
        process.arguments = ["state-stress", "--state", path, "--name", name, "--seconds", "10"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    private func integrity(_ path: String) throws -> String {
        try SQLiteDatabase(path: path).query("PRAGMA integrity_check").first?.first?.text ?? ""
    }

    @Test func killingAWriterMidTransactionLeavesAUsableDatabase() throws {
        let folder = TemporaryFolder()
        let path = folder.path + "/state.sqlite"
        for round in 0..<3 {
            let process = try writer(path, name: "w\(round)")
            Thread.sleep(forTimeInterval: 0.4)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(try integrity(path) == "ok")
            let state = try StateStore(path: path).state(of: "/stress")
            #expect(state.read.contains("w\(round)-0.txt"), "round \(round) committed nothing")
        }
    }

    @Test func twoWritersAtOnceDoNotCorruptIt() throws {
        let folder = TemporaryFolder()
        let path = folder.path + "/state.sqlite"
        _ = try StateStore(path: path) // created before both start
        let a = try writer(path, name: "a"), b = try writer(path, name: "b")
        Thread.sleep(forTimeInterval: 0.8)
        for process in [a, b] {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        #expect(try integrity(path) == "ok")
        let read = try StateStore(path: path).state(of: "/stress").read
        #expect(read.contains("a-0.txt") && read.contains("b-0.txt"))
    }
}
