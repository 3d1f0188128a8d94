import ArgumentParser
import Foundation
import TandemKit

/// Where the reading state and the analysis cache live, shared by the reader
/// and the commands that analyse a corpus.
struct StateOptions: ParsableArguments {
    @Option(name: .customLong("state"),
            help: "The reading-state database (default: $TANDEM_STATE, else $XDG_STATE_HOME/tandem/state.sqlite); the analysis cache is cache.sqlite beside it.")
    var statePath: String?
    @Flag(name: .customLong("no-state"), help: "Neither read nor write the reading state or the analysis cache.")
    var noState = false

    var resolvedStatePath: String { statePath ?? StateStore.defaultPath() }

    /// The analysis cache, or nil (with a warning) when it cannot be used: the work is then done afresh.
    func analysisCache() -> AnalysisCache? {
        guard !noState else { return nil }
        let path = AnalysisCache.path(besideState: resolvedStatePath)
        do {
            let cache = try AnalysisCache(path: path)
            if let notice = cache.notice { StandardError.write("tandem: warning: \(notice)\n") }
            return cache
        } catch {
            StandardError.write("tandem: warning: analysis cache not used: \(path): \(Self.describe(error))\n")
            return nil
        }
    }

    /// One line for a failure to open the state or the cache: the system's reason
    /// ("Not a directory"), not Foundation's error dump.
    static func describe(_ error: Error) -> String {
        if let underlying = (error as? CocoaError)?.underlying {
            let code = (underlying as? POSIXError)?.code.rawValue ?? Int32((underlying as NSError).code)
            return "cannot create its folder: " + String(cString: strerror(code))
        }
        return "\(error)"
    }
}
