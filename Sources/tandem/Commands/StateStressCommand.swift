import ArgumentParser
import Foundation
import TandemKit

/// Writes reading state as fast as it can, for tests that kill a writer
/// mid-transaction or run two at once (not shown in help).
struct StateStressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "state-stress",
        abstract: "Write reading state in a loop until killed or out of time (for crash-safety tests).",
        shouldDisplay: false
    )

    @Option(name: .customLong("state"), help: "The database to write.") var path: String
    @Option(help: "The writer's name, used in the article ids it writes.") var name = "writer"
    @Option(help: "Stop after this many seconds.") var seconds = 10.0

    func run() throws {
        let store = try StateStore(path: path)
        let deadline = Date().addingTimeInterval(seconds)
        var count = 0
        while Date() < deadline {
            try store.savePosition(.init(paragraph: count, offset: count * 7), of: "\(name)-\(count % 50).txt", in: "/stress")
            try store.markRead("\(name)-\(count).txt", in: "/stress")
            count += 1
        }
    }
}
