// The fuzzing harness: `tandem-fuzz TARGET [libFuzzer options] [CORPUS...]`.
//
// Built by `scripts/fuzz` with coverage instrumentation, AddressSanitizer and
// libFuzzer's driver (compiled with TANDEM_FUZZ), it fuzzes one target. Built
// plainly (as `swift build` does), it replays files through the target and
// prints any broken invariant, so a finding can be rerun without the fuzzer.
import Foundation
import TandemFuzz

let usage = "usage: tandem-fuzz {\(FuzzTarget.allCases.map(\.rawValue).joined(separator: "|"))} [FILE...]"
guard CommandLine.arguments.count >= 2, let target = FuzzTarget(rawValue: CommandLine.arguments[1]) else {
    FileHandle.standardError.write(Data((usage + "\n").utf8))
    exit(2)
}

#if TANDEM_FUZZ
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

// The C callback cannot capture: the target travels in the environment.
setenv("TANDEM_FUZZ_TARGET", target.rawValue, 1)
var argc = CommandLine.argc - 1
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv + 1
argv![0] = CommandLine.unsafeArgv[0]
exit(runFuzzerDriver(&argc, &argv) { data, size in
    let target = FuzzTarget(rawValue: String(cString: getenv("TANDEM_FUZZ_TARGET")))!
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    let problems = runWaiting(target, bytes)
    if !problems.isEmpty { fatalError("\(target.rawValue): " + problems.joined(separator: "; ")) }
    return 0
})
#else
var failed = false
for path in CommandLine.arguments.dropFirst(2) {
    guard let data = FileManager.default.contents(atPath: path) else {
        print("\(path): cannot read")
        failed = true
        continue
    }
    let problems = try await target.run(Array(data))
    print("\(path): " + (problems.isEmpty ? "ok" : problems.joined(separator: "; ")))
    failed = failed || !problems.isEmpty
}
exit(failed ? 1 : 0)
#endif

/// Runs a target from libFuzzer's callback, which must answer before it
/// returns. The callback runs on libFuzzer's thread, outside the pool the
/// task runs on, so waiting there holds up no task.
func runWaiting(_ target: FuzzTarget, _ bytes: [UInt8]) -> [String] {
    final class Answer: @unchecked Sendable { var problems: [String] = [] }  // written before the signal, read after
    let answer = Answer()
    let done = DispatchSemaphore(value: 0)
    Task.detached {
        answer.problems = (try? await target.run(bytes)) ?? ["cancelled"]
        done.signal()
    }
    done.wait()
    return answer.problems
}
