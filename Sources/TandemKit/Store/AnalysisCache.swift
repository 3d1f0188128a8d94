import Foundation

/// What the analysis made of each file, keyed by the file's content digest, and
/// what it made of each whole corpus (its stories and claims), keyed by the
/// digests of all its files: unchanged files are never analysed twice, and a changed file is
/// re-analysed alone.
///
/// An SQLite file beside the reading state (WAL mode, each batch of writes one
/// transaction). It is only a cache: a damaged file is replaced, and a failed
/// read or write means the work is done again, never that the command fails.
public final class AnalysisCache: @unchecked Sendable {
    /// Bump whenever cleaning, segmentation, tokens, clustering or claims change
    /// what they produce: entries of other versions are never read, and age out.
    /// (2: conflicts between claims read quantity slots and negations anew;
    /// 3: Chinese and Japanese characters are words, 。 ends a sentence;
    /// 4: …and similarity compares them in pairs;
    /// 5: wire sign-offs and what follows an end marker are removed;
    /// 6: "$900m" and "#386,000" are sums, and a figure one side lacks refuses a
    /// loose corroboration;
    /// 7: an article's topical terms of equal weight are taken in term order.)
    static let version = 7

    /// Entries unused for this many days are dropped when new ones are written.
    static let retentionDays = 30

    private let database: SQLiteDatabase
    private let lock = NSLock()
    /// Writes that callers need not wait for run here, one at a time.
    private let writes = DispatchQueue(label: "tandem.analysis-cache.writes")
    private let pendingWrites = DispatchGroup()
    public let path: String
    /// Set when the file was damaged and replaced: one line for the user.
    public private(set) var notice: String?

    /// `cache.sqlite` in the folder of the reading state.
    public static func path(besideState statePath: String) -> String {
        let folder = (statePath as NSString).deletingLastPathComponent
        return (folder.isEmpty ? "." : folder) + "/cache.sqlite"
    }

    /// - Throws: when the file cannot be created or written at all.
    public init(path: String) throws {
        self.path = path
        (database, notice) = try SQLiteDatabase.open(path, with: Self.open) { path in
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            return "the analysis cache \(path) was damaged; started a new one"
        }
    }

    private static func open(_ path: String) throws -> SQLiteDatabase {
        let database = try SQLiteDatabase(path: path)
        // Large pages suit blobs of kilobytes; no fsync: a killed process loses nothing
        // the OS has, and a power cut at worst damages a file that is then replaced.
        try database.execute("PRAGMA page_size=65536; PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;")
        try database.transaction {
            try database.execute("""
                CREATE TABLE IF NOT EXISTS articles (key TEXT PRIMARY KEY, data BLOB NOT NULL, used INTEGER NOT NULL);
                CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, data BLOB NOT NULL, used INTEGER NOT NULL);
                """)
        }
        return database
    }

    // MARK: - Articles

    /// The cached bytes of the articles with these digests (those found).
    public func articles(for digests: [ContentDigest]) -> [ContentDigest: [UInt8]] {
        waitForWrites()  // a read sees what this cache was given before
        var found: [ContentDigest: [UInt8]] = [:]
        var stale: [ContentDigest] = []
        let today = Self.today
        locked {
            var next = 0
            try database.transaction(reading: true) {
                try database.queryEach("SELECT data, used FROM articles WHERE key = ?",
                                       digests.map { [.text(Self.key($0))] }) { _, rows in
                    let digest = digests[next]
                    next += 1
                    guard let row = rows.first, let data = row[0].blob else { return }
                    found[digest] = data
                    if (row[1].integer ?? 0) < today { stale.append(digest) }
                }
            }
        }
        if !stale.isEmpty { touch(table: "articles", keys: stale.map(Self.key)) }
        return found
    }

    /// Stores analysed articles on a background thread, so that the analysis
    /// goes on meanwhile; `waitForWrites()` before the process ends.
    public func storeInBackground(articles: [(ContentDigest, [UInt8])]) {
        guard !articles.isEmpty else { return }
        writes.async(group: pendingWrites) { self.store(articles: articles) }
    }

    /// Returns once every background write has finished (committed or failed).
    public func waitForWrites() {
        pendingWrites.wait()
    }

    /// Stores analysed articles, all in one transaction.
    public func store(articles: [(ContentDigest, [UInt8])]) {
        guard !articles.isEmpty else { return }
        let today = Self.today
        locked {
            try database.transaction {
                try database.queryEach("INSERT OR REPLACE INTO articles (key, data, used) VALUES (?, ?, ?)",
                                       articles.map { [.text(Self.key($0.0)), .blob($0.1), .integer(today)] }) { _, _ in }
                try database.query("DELETE FROM articles WHERE used < ?", [.integer(today - Int64(Self.retentionDays))])
            }
        }
    }

    // MARK: - Corpora

    /// What was found for a whole corpus (its stories, its claims), by a key
    /// naming the result and every file (`CachedAnalysis` makes them).
    /// - Parameter digests: the corpus's files. A run that reads the result
    ///   looks none of them up, so the first such run of a day dates them
    ///   today with the result: articles of a corpus in use do not expire,
    ///   and a file changed next month is still the only one analysed again.
    public func result(for key: String, articles digests: [ContentDigest] = []) -> [UInt8]? {
        var found: [UInt8]?
        var stale = false
        locked {
            let row = try database.query("SELECT data, used FROM results WHERE key = ?", [.text(key)]).first
            found = row?[0].blob
            stale = (row?[1].integer ?? Self.today) < Self.today
        }
        if stale {
            touch(table: "results", keys: [key])
            if !digests.isEmpty { touch(table: "articles", keys: digests.map(Self.key)) }
        }
        return found
    }

    public func store(result: [UInt8], for key: String) {
        let today = Self.today
        locked {
            try database.transaction {
                try database.query("INSERT OR REPLACE INTO results (key, data, used) VALUES (?, ?, ?)",
                                   [.text(key), .blob(result), .integer(today)])
                try database.query("DELETE FROM results WHERE used < ?", [.integer(today - Int64(Self.retentionDays))])
            }
        }
    }

    // MARK: - Support

    static func key(_ digest: ContentDigest) -> String { "v\(version):\(digest)" }

    /// Days since 1970: entries are dated to the day.
    private static var today: Int64 { Int64(Date().timeIntervalSince1970 / 86_400) }

    private func touch(table: String, keys: [String]) {
        let today = Self.today
        locked {
            try database.transaction {
                try database.queryEach("UPDATE \(table) SET used = ? WHERE key = ?",
                                       keys.map { [.integer(today), .text($0)] }) { _, _ in }
            }
        }
    }

    /// Runs `work` under the lock; a database error leaves the cache unused for that call.
    private func locked(_ work: () throws -> Void) {
        lock.lock()
        defer { lock.unlock() }
        do {
            try work()
        } catch {
            if notice == nil { notice = "the analysis cache \(path) is not usable: \(error)" }
        }
    }
}
