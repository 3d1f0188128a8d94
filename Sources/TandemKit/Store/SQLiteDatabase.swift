import CSQLite
import Foundation

/// A connection to an SQLite database file: statements, transactions, and
/// errors as Swift errors. One connection per thread of use.
final class SQLiteDatabase {
    struct Failure: Error, CustomStringConvertible {
        let code: Int32
        let message: String
        var description: String { message }

        /// The file is not a database, or is damaged.
        var isCorruption: Bool { code == SQLITE_CORRUPT || code == SQLITE_NOTADB }
    }

    private var handle: OpaquePointer?

    /// Opens (creating if needed) the file; waits up to `busyTimeout` ms for other writers.
    init(path: String, busyTimeout: Int32 = 2_000) throws {
        let status = sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nil)
        guard status == SQLITE_OK else {
            let failure = Failure(code: status, message: handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open")
            sqlite3_close(handle)
            handle = nil
            throw failure
        }
        sqlite3_busy_timeout(handle, busyTimeout)
        sqlite3_extended_result_codes(handle, 0)
    }

    deinit { sqlite3_close_v2(handle) }

    /// Creates the folder a database file goes in (private to the user), if missing.
    private static func makeFolder(containing path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty else { return }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
    }

    /// Opens the database at `path` with `open` (creating its folder first); a
    /// damaged file is cleared away by `recover`, which says how, and a new one
    /// opened in its place.
    /// - Returns: the database, and what `recover` said if it ran.
    /// - Throws: when the file cannot be created or written at all.
    static func open(_ path: String, with open: (String) throws -> SQLiteDatabase,
                     recovering recover: (String) -> String) throws -> (SQLiteDatabase, notice: String?) {
        try makeFolder(containing: path)
        do {
            return (try open(path), nil)
        } catch let failure as Failure where failure.isCorruption {
            let notice = recover(path)
            return (try open(path), notice)
        }
    }

    /// Runs statements that return no rows.
    func execute(_ sql: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &error)
        defer { sqlite3_free(error) }
        guard status == SQLITE_OK else {
            throw Failure(code: status, message: error.map { String(cString: $0) } ?? "SQLite error \(status)")
        }
    }

    /// Runs one statement with bound values and returns its rows.
    @discardableResult
    func query(_ sql: String, _ values: [Value] = []) throws -> [[Value]] {
        var statement: OpaquePointer?
        try check(sqlite3_prepare_v2(handle, sql, -1, &statement, nil))
        defer { sqlite3_finalize(statement) }
        return try run(statement, values)
    }

    /// Runs one statement many times, once per set of values, preparing it once.
    func queryEach(_ sql: String, _ valueSets: [[Value]], rows: ([Value], [[Value]]) throws -> Void) throws {
        var statement: OpaquePointer?
        try check(sqlite3_prepare_v2(handle, sql, -1, &statement, nil))
        defer { sqlite3_finalize(statement) }
        for values in valueSets {
            try rows(values, try run(statement, values))
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
        }
    }

    private func run(_ statement: OpaquePointer?, _ values: [Value]) throws -> [[Value]] {
        for (index, value) in values.enumerated() {
            let position = Int32(index + 1)
            switch value {
            case .integer(let number): try check(sqlite3_bind_int64(statement, position, number))
            case .text(let text): try check(sqlite3_bind_text(statement, position, text, -1, tandem_sqlite_transient()))
            case .blob(let bytes):
                try check(bytes.withUnsafeBytes { buffer in
                    sqlite3_bind_blob64(statement, position, buffer.baseAddress, sqlite3_uint64(buffer.count),
                                        tandem_sqlite_transient())
                })
            case .null: try check(sqlite3_bind_null(statement, position))
            }
        }
        var rows: [[Value]] = []
        while true {
            let status = sqlite3_step(statement)
            if status == SQLITE_DONE { break }
            guard status == SQLITE_ROW else { try check(status); break }
            rows.append((0..<sqlite3_column_count(statement)).map { column in
                switch sqlite3_column_type(statement, column) {
                case SQLITE_INTEGER: return .integer(sqlite3_column_int64(statement, column))
                case SQLITE_NULL: return .null
                case SQLITE_BLOB:
                    let count = Int(sqlite3_column_bytes(statement, column))
                    guard count > 0, let start = sqlite3_column_blob(statement, column) else { return .blob([]) }
                    return .blob(Array(UnsafeRawBufferPointer(start: start, count: count)))
                default: return .text(String(cString: sqlite3_column_text(statement, column)))
                }
            })
        }
        return rows
    }

    /// Runs `work` in one transaction: all of it is written, or none.
    /// - Parameter reading: only reads: takes no write lock, but sees one
    ///   snapshot and locks the file once rather than per statement.
    func transaction(reading: Bool = false, _ work: () throws -> Void) throws {
        try execute(reading ? "BEGIN DEFERRED" : "BEGIN IMMEDIATE")
        do {
            try work()
            try execute("COMMIT")
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    private func check(_ status: Int32) throws {
        guard status == SQLITE_OK || status == SQLITE_ROW || status == SQLITE_DONE else {
            throw Failure(code: status, message: String(cString: sqlite3_errmsg(handle)))
        }
    }

    enum Value: Equatable {
        case integer(Int64)
        case text(String)
        case blob([UInt8])
        case null

        var integer: Int64? { if case .integer(let number) = self { return number } else { return nil } }
        var text: String? { if case .text(let text) = self { return text } else { return nil } }
        var blob: [UInt8]? { if case .blob(let bytes) = self { return bytes } else { return nil } }
    }
}
