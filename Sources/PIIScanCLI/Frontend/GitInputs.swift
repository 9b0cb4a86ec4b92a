import Foundation
import PIIScan
#if canImport(Glibc)
import Glibc
#endif

/// The inputs of `scan --staged` and `scan --git-range`: the new version of every file the
/// change adds lines to, read from git's object store (the index for staged changes, not the
/// working tree), with the lines it adds.
struct GitInputs {
    var entries: [InputEntry] = []
    var addedLines: [InputPath: [ClosedRange<Int>]] = [:]

    enum Change {
        /// What `git commit` would commit now.
        case staged
        /// The changes between two commits, `A..B` (or `A...B`).
        case range(String)
    }

    /// The git commands that read a change, started: `git diff` runs, and `git cat-file` waits
    /// for the blobs to read, while the caller compiles its patterns.
    struct Pending {
        private let diffArguments: [String]
        private let diff: ChildProcess
        private let blobReader: ChildProcess

        init(_ change: Change) throws {
            let compared = switch change {
            case .staged: "--cached"
            case .range(let range): range
            }
            diffArguments = ["diff", compared] + GitDiff.patchArguments + ["--"]
            diff = try Git.start(diffArguments)
            do {
                blobReader = try Git.start(["cat-file", "--batch"])
            } catch {
                _ = diff.finish(input: [])
                throw error
            }
        }

        /// Reads the change; the paths are relative to the repository root. Files excluded by
        /// `walker`'s globs are left out.
        func read(walker: InputWalker) throws -> GitInputs {
            let patch: [UInt8]
            do {
                patch = try Git.output(of: diff, diffArguments)
            } catch {
                _ = blobReader.finish(input: [])
                throw error
            }
            let files = GitDiff.changedFiles(patch: patch).filter { walker.selects(InputPath($0.path)) }
            let contents = try Git.blobs(files.map(\.blob), from: blobReader)
            var inputs = GitInputs()
            for (file, content) in zip(files, contents) {
                let path = InputPath(file.path)
                inputs.entries.append(.memory(path, content))
                inputs.addedLines[path] = file.addedLines
            }
            return inputs
        }

        /// Ends both commands without reading the change.
        func cancel() {
            _ = diff.finish(input: [])
            _ = blobReader.finish(input: [])
        }
    }
}

/// Runs git in the current directory.
enum Git {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The first `git` in `PATH` that is an executable file, as `execvp` would find it; looked
    /// up here rather than by `/usr/bin/env`, whose start would cost each git command a second
    /// process start.
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":", omittingEmptySubsequences: false) {
            let candidate = (directory.isEmpty ? "." : String(directory)) + "/git"
            var status = stat()
            if stat(candidate, &status) == 0 && status.st_mode & S_IFMT == S_IFREG && access(candidate, X_OK) == 0 {
                return candidate
            }
        }
        return nil
    }()

    /// Starts `git arguments`; it runs until its input is given (`ChildProcess.finish`).
    static func start(_ arguments: [String]) throws -> ChildProcess {
        guard let executable else { throw Failure(description: "cannot run git: no git in PATH") }
        do {
            return try ChildProcess(executable, ["-c", "core.quotePath=true"] + arguments)
        } catch {
            throw Failure(description: "cannot run git: \(error)")
        }
    }

    /// Runs `git arguments`, feeding it `input`; returns its standard output.
    static func run(_ arguments: [String], input: [UInt8] = []) throws -> [UInt8] {
        try output(of: start(arguments), arguments, input: input)
    }

    /// Feeds `input` to `git arguments` started as `child`; returns its standard output, or
    /// throws with its standard error when it fails.
    static func output(of child: ChildProcess, _ arguments: [String], input: [UInt8] = []) throws -> [UInt8] {
        let result = child.finish(input: input)
        guard result.status == 0 else {
            let message = String(decoding: result.errors, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(description: "git \(arguments.prefix(2).joined(separator: " ")) failed: \(message)")
        }
        return result.output
    }

    /// The contents of the blobs with the given object ids, read by `reader`, a
    /// `git cat-file --batch` from `start`.
    static func blobs(_ ids: [String], from reader: ChildProcess) throws -> [[UInt8]] {
        let output = try output(of: reader, ["cat-file", "--batch"], input: Array(ids.map { $0 + "\n" }.joined().utf8))
        var contents: [[UInt8]] = []
        var i = 0
        for id in ids {
            // "<id> blob <size>\n<content>\n"
            guard let headerEnd = output[i...].firstIndex(of: 0x0A) else { throw Failure(description: "git cat-file: output cut short") }
            let header = output[i..<headerEnd].split(separator: 0x20)
            guard header.count == 3, let size = Int(String(decoding: header[2], as: UTF8.self)),
                  headerEnd + 1 + size <= output.count else {
                throw Failure(description: "git cat-file: no blob \(id)")
            }
            contents.append(Array(output[(headerEnd + 1)..<(headerEnd + 1 + size)]))
            i = headerEnd + 1 + size + 1
        }
        return contents
    }
}

/// A program started with `posix_spawn`, with pipes to its standard input, output and error.
/// Foundation's `Process` adds a run-loop thread that learns of the exit and resets every
/// signal in the child: with it, and the two git commands one after the other, a pre-commit
/// check took 5 ms longer (`Benchmarks/README.md`).
final class ChildProcess {
    private let pid: pid_t
    private var input: Int32
    private var output: Int32
    private var errors: Int32

    /// Starts `executable` with `arguments` and this process's environment and directory.
    init(_ executable: String, _ arguments: [String]) throws {
        var ends: [Int32] = []  // per pipe: read end, write end
        for _ in 0..<3 {
            var pair: [Int32] = [-1, -1]
            guard pipe(&pair) == 0 else {
                let error = errno
                ends.forEach { close($0) }
                throw ChildProcessError(code: error)
            }
            // Not inherited by this child's exec beyond its 0, 1 and 2, nor by another child's.
            pair.forEach { _ = fcntl($0, F_SETFD, FD_CLOEXEC) }
            ends += pair
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends[0], 0)
        posix_spawn_file_actions_adddup2(&actions, ends[3], 1)
        posix_spawn_file_actions_adddup2(&actions, ends[5], 2)
        // SIGPIPE is ignored here (main.swift); the child gets the default back.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let started = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        [ends[0], ends[3], ends[5]].forEach { close($0) }
        guard started == 0 else {
            [ends[1], ends[2], ends[4]].forEach { close($0) }
            throw ChildProcessError(code: started)
        }
        self.pid = pid
        input = ends[1]
        output = ends[2]
        errors = ends[4]
    }

    /// Called once: writes `bytes` to the child's input and closes it, reads its output and errors to
    /// their ends, all at once so that neither side waits on a full pipe, and waits for it to
    /// exit. Its status is the exit code, or 128 plus the signal that ended it.
    func finish(input bytes: [UInt8]) -> (status: Int32, output: [UInt8], errors: [UInt8]) {
        var collected: [[UInt8]] = [[], []]
        var written = 0
        _ = fcntl(input, F_SETFL, fcntl(input, F_GETFL) | O_NONBLOCK)
        if bytes.isEmpty { closeInput() }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while input >= 0 || output >= 0 || errors >= 0 {
            var watched = [pollfd(fd: input, events: Int16(POLLOUT), revents: 0),
                           pollfd(fd: output, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: errors, events: Int16(POLLIN), revents: 0)]
            // poll skips the closed ones, whose descriptor is -1.
            guard poll(&watched, 3, -1) >= 0 || errno == EINTR else { break }
            if watched[0].revents != 0 {
                let n = bytes.withUnsafeBytes { write(input, $0.baseAddress! + written, $0.count - written) }
                if n > 0 { written += n }
                // A child that stops reading (EPIPE) gets no more.
                if n > 0 && written == bytes.count || n < 0 && errno != EAGAIN && errno != EINTR { closeInput() }
            }
            for (k, fd) in [output, errors].enumerated() where watched[k + 1].revents != 0 {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
                if n > 0 {
                    collected[k] += buffer[0..<n]
                } else if n == 0 || errno != EINTR && errno != EAGAIN {
                    close(fd)
                    if k == 0 { output = -1 } else { errors = -1 }
                }
            }
        }
        [input, output, errors].filter { $0 >= 0 }.forEach { close($0) }  // after a failed poll
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let signal = status & 0x7F
        return (signal == 0 ? status >> 8 & 0xFF : 128 + signal, collected[0], collected[1])
    }

    private func closeInput() {
        if input >= 0 { close(input) }
        input = -1
    }
}

/// A failed `pipe` or `posix_spawn`.
struct ChildProcessError: Error, CustomStringConvertible {
    let code: Int32
    var description: String { String(cString: strerror(code)) }
}
