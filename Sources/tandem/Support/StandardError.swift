#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TandemKit
import TandemUI

/// Warnings and errors, one line each on stderr, prefixed with the program name.
enum StandardError {
    /// File names come from the disk and may hold control characters: shown as placeholders.
    static func warn(_ warning: LoadWarning) {
        write("tandem: warning: \(DisplayText.sanitize("\(warning)"))\n")
    }

    static func fail(_ message: String) {
        write("tandem: error: \(DisplayText.sanitize(message))\n")
    }

    static func write(_ text: String) {
        // Straight to file descriptor 2: the C `stderr` global is not concurrency-safe.
        var bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                Glibc.write(2, buffer.baseAddress! + written, buffer.count - written)
            }
            if count <= 0 { return }
            written += count
        }
    }
}
