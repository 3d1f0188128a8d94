#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few POSIX calls the loader needs, with errors turned into `LoadFailure`.
///
/// POSIX rather than FileManager: it tells broken links from loops, waits on a
/// pipe only when asked to, and lists a folder of 100,000 files quickly.
enum FileSystem {
    enum Kind: Equatable {
        /// A regular file; which one is learnt when it is read (`Contents.identity`).
        case file
        case directory(identity: FileIdentity)
        /// A pipe or a character device (`<(command)`, `/dev/stdin`): it has
        /// no size and may wait for a writer.
        case stream(identity: FileIdentity)
        case other
    }

    struct FileIdentity: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    /// What is at `path`, following symbolic links.
    static func kind(at path: String) throws(LoadFailure) -> Kind {
        var info = stat()
        if stat(path, &info) != 0 {
            let code = errno
            if code == ELOOP { throw .symlinkLoop }
            if code == ENOENT || code == ENOTDIR {
                var linkInfo = stat()
                if lstat(path, &linkInfo) == 0, (linkInfo.st_mode & S_IFMT) == S_IFLNK { throw .brokenLink }
                throw .notFound
            }
            throw .unreadable(reason: describe(code))
        }
        let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory(identity: identity)
        case S_IFIFO, S_IFCHR: return .stream(identity: identity)
        default: return .other
        }
    }

    /// A name in a folder, and whether the folder says it is a regular file
    /// (not a link, folder or anything else): such a name needs no `stat`.
    struct Entry {
        let name: String
        let isRegularFile: Bool
    }

    /// The entries of a folder, sorted bytewise by name; `.` and `..` left out.
    static func entries(of path: String) throws(LoadFailure) -> [Entry] {
        guard let dir = opendir(path) else { throw .unreadable(reason: describe(errno)) }
        defer { closedir(dir) }
        var entries: [Entry] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name != "." && name != ".." {
                entries.append(Entry(name: name, isRegularFile: entry.pointee.d_type == UInt8(DT_REG)))
            }
        }
        return entries.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    }

    /// A file's bytes and which file they came from.
    struct Contents {
        let bytes: [UInt8]
        let identity: FileIdentity
    }

    /// The whole file, refusing more than `limit` bytes even if it grows while read.
    /// - Parameter stream: read a pipe or character device to its end too,
    ///   waiting for its writer; otherwise only a regular file is read.
    static func readAll(_ path: String, limit: Int, stream: Bool = false) throws(LoadFailure) -> Contents {
        // O_NONBLOCK: opening a FIFO must not wait for a writer unless asked to.
        let fd = open(path, O_RDONLY | O_CLOEXEC | (stream ? 0 : O_NONBLOCK))
        guard fd >= 0 else { throw .unreadable(reason: describe(errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(reason: describe(errno)) }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG || (stream && (type == S_IFIFO || type == S_IFCHR)) else {
            throw type == S_IFDIR ? .isDirectory : .notRegularFile
        }
        let size = Int(info.st_size)
        guard size <= limit else { throw .tooLarge(size: size, limit: limit) }
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                guard filled <= limit else { throw .tooLarge(size: stream ? nil : filled, limit: limit) }
                // Never more than one byte past the limit: a pipe may not end.
                bytes.append(contentsOf: repeatElement(0, count: min(max(4096, bytes.count), limit + 1 - bytes.count)))
            }
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(fd, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(reason: describe(errno))
            }
            if count == 0 { break }
            filled += count
        }
        guard filled <= limit else { throw .tooLarge(size: stream ? nil : filled, limit: limit) }
        bytes.removeSubrange(filled...)
        return Contents(bytes: bytes, identity: FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)))
    }

    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
