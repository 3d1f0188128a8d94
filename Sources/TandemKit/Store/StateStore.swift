import Foundation

/// The reading state of every corpus a user opens, in one SQLite file under
/// `$XDG_STATE_HOME/tandem/` (WAL mode, each change its own transaction, so a
/// process killed at any moment leaves a usable database and two readers can
/// share it). A file that is not a usable database is moved aside and a new
/// one started: the state is a convenience, never a reason not to start.
public final class StateStore: @unchecked Sendable {
    /// The schema this code writes; older files are upgraded, newer ones refused.
    static let schemaVersion: Int64 = 1

    private let database: SQLiteDatabase
    private let lock = NSLock()
    public let path: String
    /// Set when the file was damaged and moved aside: one line for the user.
    public private(set) var notice: String?

    /// The database path: `--state` wins, then `TANDEM_STATE`, then the XDG location.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let path = environment["TANDEM_STATE"], !path.isEmpty { return path }
        let base = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        return base + "/tandem/state.sqlite"
    }

    /// Opens or creates the database, moving a damaged file aside.
    /// - Throws: when the file cannot be created or written at all (a read-only home, say).
    public init(path: String) throws {
        self.path = path
        (database, notice) = try SQLiteDatabase.open(path, with: Self.open) { path in
            let aside = path + ".corrupt-\(Int(Date().timeIntervalSince1970))"
            for suffix in ["", "-wal", "-shm"] {
                try? FileManager.default.moveItem(atPath: path + suffix, toPath: aside + suffix)
            }
            return "the reading state in \(path) was damaged; moved it to \(aside) and started afresh"
        }
    }

    private static func open(_ path: String) throws -> SQLiteDatabase {
        let database = try SQLiteDatabase(path: path)
        try database.execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;")
        let check = try database.query("PRAGMA quick_check")
        guard check.first?.first?.text == "ok" else {
            throw SQLiteDatabase.Failure(code: 11, message: "quick_check failed") // SQLITE_CORRUPT
        }
        let version = try database.query("PRAGMA user_version").first?.first?.integer ?? 0
        if version > schemaVersion {
            // Not damage: a newer Tandem's state is left alone.
            throw SQLiteDatabase.Failure(code: -1, message: "\(path) was written by a newer Tandem (schema \(version))")
        }
        try database.transaction {
            try database.execute("""
                CREATE TABLE IF NOT EXISTS corpora (
                    corpus TEXT PRIMARY KEY, last_article TEXT, marked TEXT, claim_level INTEGER);
                CREATE TABLE IF NOT EXISTS articles (
                    corpus TEXT NOT NULL, article TEXT NOT NULL, read INTEGER NOT NULL DEFAULT 0,
                    paragraph INTEGER, offset INTEGER, PRIMARY KEY (corpus, article));
                PRAGMA user_version = \(schemaVersion);
                """)
        }
        return database
    }

    // MARK: - Reading and writing

    /// Everything remembered of a corpus (identified by its resolved paths).
    public func state(of corpus: String) throws -> ReadingState {
        try locked {
            var state = ReadingState()
            if let row = try database.query("SELECT last_article, marked, claim_level FROM corpora WHERE corpus = ?",
                                             [.text(corpus)]).first {
                state.lastArticle = row[0].text
                state.marked = row[1].text
                state.claimLevel = row[2].integer.map(Int.init)
            }
            for row in try database.query("SELECT article, read, paragraph, offset FROM articles WHERE corpus = ?",
                                          [.text(corpus)]) {
                guard let article = row[0].text else { continue }
                if row[1].integer == 1 { state.read.insert(article) }
                if let paragraph = row[2].integer, let offset = row[3].integer {
                    state.positions[article] = ReadingState.Position(paragraph: Int(paragraph), offset: Int(offset))
                }
            }
            return state
        }
    }

    public func markRead(_ article: String, in corpus: String) throws {
        try setRead(true, article, in: corpus)
    }

    /// Unread again (the reader's `u`); the position in it is kept.
    public func markUnread(_ article: String, in corpus: String) throws {
        try setRead(false, article, in: corpus)
    }

    private func setRead(_ read: Bool, _ article: String, in corpus: String) throws {
        try locked {
            try database.query("""
                INSERT INTO articles (corpus, article, read) VALUES (?, ?, ?)
                ON CONFLICT (corpus, article) DO UPDATE SET read = excluded.read
                """, [.text(corpus), .text(article), .integer(read ? 1 : 0)])
        }
    }

    /// Where an article was left, and that it was the last one open.
    public func savePosition(_ position: ReadingState.Position, of article: String, in corpus: String) throws {
        try locked {
            try database.transaction {
                try database.query("""
                    INSERT INTO articles (corpus, article, paragraph, offset) VALUES (?, ?, ?, ?)
                    ON CONFLICT (corpus, article) DO UPDATE SET paragraph = excluded.paragraph, offset = excluded.offset
                    """, [.text(corpus), .text(article), .integer(Int64(position.paragraph)), .integer(Int64(position.offset))])
                try upsertCorpus(corpus, column: "last_article", .text(article))
            }
        }
    }

    public func saveMarked(_ article: String?, in corpus: String) throws {
        try locked { try upsertCorpus(corpus, column: "marked", article.map { .text($0) } ?? .null) }
    }

    public func saveClaimLevel(_ level: Int, in corpus: String) throws {
        try locked { try upsertCorpus(corpus, column: "claim_level", .integer(Int64(level))) }
    }

    private func upsertCorpus(_ corpus: String, column: String, _ value: SQLiteDatabase.Value) throws {
        try database.query("""
            INSERT INTO corpora (corpus, \(column)) VALUES (?, ?)
            ON CONFLICT (corpus) DO UPDATE SET \(column) = excluded.\(column)
            """, [.text(corpus), value])
    }

    @discardableResult
    private func locked<T>(_ work: () throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        return try work()
    }
}
