#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one input argument turned into: a file to scan, or an error to report.
public enum InputEntry: Sendable {
    /// A regular file, or a stream (standard input, a FIFO or device named explicitly).
    case file(InputPath, isStream: Bool)
    /// Bytes in memory, scanned as if they were a file at the path.
    case memory(InputPath, [UInt8])
    /// An input that cannot be scanned, with the reason.
    case error(InputPath, String)

    public var path: InputPath {
        switch self {
        case .file(let p, _), .memory(let p, _), .error(let p, _): p
        }
    }
}

/// Turns the paths on the command line into a sorted list of inputs.
///
/// Directories are walked recursively; `.git` folders are skipped; symbolic links are
/// followed only when asked (with loop detection); FIFOs, sockets and devices inside a walk
/// are never opened. Include and exclude globs without a `/` match the file name, others
/// the whole path.
public struct InputWalker: Sendable {
    public var includeGlobs: [String] = []
    public var excludeGlobs: [String] = []
    public var followSymlinks = false

    public init(includeGlobs: [String] = [], excludeGlobs: [String] = [], followSymlinks: Bool = false) {
        self.includeGlobs = includeGlobs
        self.excludeGlobs = excludeGlobs
        self.followSymlinks = followSymlinks
    }

    /// Resolves `arguments` (`-` is standard input) into inputs sorted by path.
    public func entries(for arguments: [String]) -> [InputEntry] {
        var result: [InputEntry] = []
        for argument in arguments {
            if argument == "-" {
                result.append(.file(.standardInput, isStream: true))
                continue
            }
            let path = InputPath(argument)
            var st = stat()
            guard path.withCString({ stat($0, &st) }) == 0 else {
                result.append(.error(path, errnoMessage()))
                continue
            }
            switch st.st_mode & S_IFMT {
            case S_IFDIR:
                var visited: Set<FileID> = [FileID(st)]
                walk(path, into: &result, visited: &visited)
            case S_IFREG:
                result.append(.file(path, isStream: false))
            default:
                // Named explicitly: read it as a stream (a FIFO, a character device…).
                result.append(.file(path, isStream: true))
            }
        }
        return result.sorted { $0.path < $1.path }
    }

    struct FileID: Hashable {
        let device: UInt64
        let inode: UInt64
        init(_ st: stat) {
            device = UInt64(st.st_dev)
            inode = UInt64(st.st_ino)
        }
    }

    private func walk(_ directory: InputPath, into result: inout [InputEntry], visited: inout Set<FileID>) {
        guard let dir = directory.withCString({ opendir($0) }) else {
            result.append(.error(directory, errnoMessage()))
            return
        }
        defer { closedir(dir) }
        var children: [InputPath] = []
        while let entry = readdir(dir) {
            let child: InputPath? = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                let name = raw.bindMemory(to: UInt8.self)
                let length = strnlen(raw.baseAddress!.assumingMemoryBound(to: CChar.self), name.count)
                let bytes = UnsafeBufferPointer(rebasing: name[0..<length])
                if bytes.elementsEqual(".".utf8) || bytes.elementsEqual("..".utf8) || bytes.elementsEqual(".git".utf8) {
                    return nil
                }
                return directory.appending(bytes)
            }
            if let child { children.append(child) }
        }
        for child in children.sorted() {
            var st = stat()
            guard child.withCString({ lstat($0, &st) }) == 0 else {
                result.append(.error(child, errnoMessage()))   // vanished between listing and stat
                continue
            }
            if st.st_mode & S_IFMT == S_IFLNK {
                guard followSymlinks else { continue }
                guard child.withCString({ stat($0, &st) }) == 0 else {
                    result.append(.error(child, "broken symbolic link"))
                    continue
                }
            }
            if excluded(child) { continue }
            switch st.st_mode & S_IFMT {
            case S_IFDIR:
                let id = FileID(st)
                guard visited.insert(id).inserted else { continue }   // a symlink loop
                walk(child, into: &result, visited: &visited)
                visited.remove(id)
            case S_IFREG:
                if included(child) { result.append(.file(child, isStream: false)) }
            default:
                continue   // FIFOs, sockets and devices are never opened during a walk
            }
        }
    }

    private func matches(_ glob: String, _ path: InputPath) -> Bool {
        let subject = glob.contains("/") ? path.bytes[...] : path.baseName
        return (Array(subject) + [0]).withUnsafeBufferPointer { s in
            s.withMemoryRebound(to: CChar.self) { fnmatch(glob, $0.baseAddress!, 0) == 0 }
        }
    }

    private func excluded(_ path: InputPath) -> Bool { excludeGlobs.contains { matches($0, path) } }

    /// Whether a walk would read the file at the relative `path`: included, and neither it nor
    /// a folder above it excluded. For files that are not walked (git changes).
    public func selects(_ path: InputPath) -> Bool {
        guard included(path) else { return false }
        var prefix: [UInt8] = []
        for component in path.bytes.split(separator: UInt8(ascii: "/")) {
            if !prefix.isEmpty { prefix.append(UInt8(ascii: "/")) }
            prefix.append(contentsOf: component)
            if excluded(InputPath(bytes: prefix)) { return false }
        }
        return true
    }

    private func included(_ path: InputPath) -> Bool {
        includeGlobs.isEmpty || includeGlobs.contains { matches($0, path) }
    }
}

func errnoMessage(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }
