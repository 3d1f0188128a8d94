import Foundation
import Testing
import TestSupport
@testable import TandemKit

@Suite struct StateStoreTests {
    @Test func stateSurvivesReopening() throws {
        let folder = TemporaryFolder()
        let path = folder.path + "/state/tandem.sqlite"
        do {
            let store = try StateStore(path: path)
            try store.markRead("a.txt", in: "/corpus")
            try store.markRead("b.txt", in: "/corpus")
            try store.savePosition(.init(paragraph: 4, offset: 120), of: "b.txt", in: "/corpus")
            try store.saveMarked("a.txt", in: "/corpus")
            try store.saveClaimLevel(1, in: "/corpus")
            try store.markRead("a.txt", in: "/other")
        }
        let state = try StateStore(path: path).state(of: "/corpus")
        #expect(state.read == ["a.txt", "b.txt"])
        #expect(state.positions["b.txt"] == .init(paragraph: 4, offset: 120))
        #expect(state.lastArticle == "b.txt" && state.marked == "a.txt" && state.claimLevel == 1)
        #expect(try StateStore(path: path).state(of: "/nowhere") == ReadingState())
    }

    @Test func anArticleMarkedUnreadKeepsItsPosition() throws {
        let folder = TemporaryFolder()
        let store = try StateStore(path: folder.path + "/state.sqlite")
        try store.markRead("a.txt", in: "/corpus")
        try store.savePosition(.init(paragraph: 3, offset: 10), of: "a.txt", in: "/corpus")
        try store.markUnread("a.txt", in: "/corpus")
        try store.markUnread("never-read.txt", in: "/corpus")
        let state = try store.state(of: "/corpus")
        #expect(state.read.isEmpty)
        #expect(state.positions["a.txt"] == .init(paragraph: 3, offset: 10))
        try store.markRead("a.txt", in: "/corpus")
        #expect(try store.state(of: "/corpus").read == ["a.txt"])
    }

    @Test func aDamagedFileIsMovedAsideAndANewOneStarted() throws {
        let folder = TemporaryFolder()
        let path = folder.write("state.sqlite", String(repeating: "not a database at all ", count: 400))
        let store = try StateStore(path: path)
        #expect(store.notice?.contains("moved it to") == true)
        try store.markRead("a.txt", in: "/corpus")
        #expect(try store.state(of: "/corpus").read == ["a.txt"])
        let aside = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".corrupt-") }
        #expect(aside.count == 1)
    }

    @Test func aTruncatedDatabaseIsRecovered() throws {
        let folder = TemporaryFolder()
        let path = folder.path + "/state.sqlite"
        do {
            let store = try StateStore(path: path)
            for index in 0..<300 { try store.markRead("article-\(index).txt", in: "/corpus") }
        }
        // Checkpointed into the main file, then cut in the middle of a page.
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        try handle.truncate(atOffset: 5_000)
        try handle.close()
        try? FileManager.default.removeItem(atPath: path + "-wal")
        let store = try StateStore(path: path)
        try store.markRead("fresh.txt", in: "/corpus")
        #expect(try store.state(of: "/corpus").read.contains("fresh.txt"))
    }

    @Test func aNewerSchemaIsLeftAlone() throws {
        let folder = TemporaryFolder()
        let path = folder.path + "/state.sqlite"
        do {
            let database = try SQLiteDatabase(path: path)
            try database.execute("PRAGMA user_version = 99")
        }
        #expect(throws: SQLiteDatabase.Failure.self) { try StateStore(path: path) }
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func theDefaultPathFollowsTheEnvironment() {
        #expect(StateStore.defaultPath(environment: ["TANDEM_STATE": "/x/s.db", "HOME": "/home/u"]) == "/x/s.db")
        #expect(StateStore.defaultPath(environment: ["XDG_STATE_HOME": "/xdg", "HOME": "/home/u"]) == "/xdg/tandem/state.sqlite")
        #expect(StateStore.defaultPath(environment: ["HOME": "/home/u"]) == "/home/u/.local/state/tandem/state.sqlite")
    }
}
