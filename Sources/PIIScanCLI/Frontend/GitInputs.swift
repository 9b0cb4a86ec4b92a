import Foundation
import PIIScan

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

    /// Reads the change; the paths are relative to the repository root. Files excluded by
    /// `walker`'s globs are left out.
    init(_ change: Change, walker: InputWalker) throws {
        let diffArguments: [String] = switch change {
        case .staged: ["diff", "--cached"]
        case .range(let range): ["diff", range]
        }
        let patch = try Git.run(diffArguments + GitDiff.patchArguments + ["--"])
        let files = GitDiff.changedFiles(patch: patch).filter { walker.selects(InputPath($0.path)) }
        guard !files.isEmpty else { return }
        let contents = try Git.blobs(files.map(\.blob))
        for (file, content) in zip(files, contents) {
            let path = InputPath(file.path)
            entries.append(.memory(path, content))
            addedLines[path] = file.addedLines
        }
    }
}

/// Runs git in the current directory.
enum Git {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs `git arguments`, feeding it `input`; returns its standard output.
    static func run(_ arguments: [String], input: [UInt8] = []) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "core.quotePath=true"] + arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        // Foundation's waitUntilExit polls in 50 ms steps; a semaphore wakes at once.
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            throw Failure(description: "cannot run git: \(error.localizedDescription)")
        }
        // Feed and drain at once, so neither side can fill a pipe and wait on the other.
        final class Box: @unchecked Sendable { var data = Data() }
        let errorOutput = Box()
        let helpers = DispatchGroup()
        let writer = stdin.fileHandleForWriting, errorReader = stderr.fileHandleForReading
        DispatchQueue.global().async(group: helpers) {
            writer.write(Data(input))
            try? writer.close()
        }
        DispatchQueue.global().async(group: helpers) { errorOutput.data = errorReader.readDataToEndOfFile() }
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        exited.wait()
        helpers.wait()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errorOutput.data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(description: "git \(arguments.prefix(2).joined(separator: " ")) failed: \(message)")
        }
        return [UInt8](output)
    }

    /// The contents of the blobs with the given object ids, in one `git cat-file --batch`.
    static func blobs(_ ids: [String]) throws -> [[UInt8]] {
        let output = try run(["cat-file", "--batch"], input: Array(ids.map { $0 + "\n" }.joined().utf8))
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
