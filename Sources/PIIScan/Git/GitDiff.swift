/// Reads the output of `git diff`: which files a change touches, the blob of each file's new
/// version, and the lines the change adds. Git itself is run by the caller.
public enum GitDiff {
    /// A file whose new version a diff adds lines to.
    public struct ChangedFile: Sendable, Equatable {
        /// The path of the new version, relative to the repository root.
        public var path: String
        /// The object id of the new version's blob.
        public var blob: String
        /// The added lines of the new version, 1-based, in order.
        public var addedLines: [ClosedRange<Int>]
    }

    /// The options that make `git diff` print what `changedFiles` reads, whatever the user's
    /// configuration: no context lines, renames detected (a rename without change adds no
    /// line), fixed `a/` and `b/` prefixes, no colour, no external diff or text conversion.
    public static let patchArguments = ["-U0", "-M", "--diff-filter=ACMR", "--no-color", "--no-ext-diff", "--no-textconv",
                                        "--src-prefix=a/", "--dst-prefix=b/", "--full-index"]

    /// The files of a `git diff` patch (made with `patchArguments`) that gain lines, with
    /// those lines. Binary files, deletions, mode changes and renames without change have no
    /// added lines and are left out; so are submodules and symbolic links.
    public static func changedFiles(patch: [UInt8]) -> [ChangedFile] {
        var files: [ChangedFile] = []
        var current: ChangedFile?
        var regularFile = true
        func close() {
            if let file = current, regularFile, !file.addedLines.isEmpty, !file.blob.isEmpty { files.append(file) }
            current = nil
        }
        for lineSlice in patch.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let line = Array(lineSlice)
            if line.starts(with: Array("diff --git ".utf8)) {
                close()
                current = ChangedFile(path: "", blob: "", addedLines: [])
                regularFile = true
            } else if current == nil {
                continue
            } else if line.starts(with: Array("index ".utf8)) {
                // index <old>..<new>[ <mode>]
                let fields = line.dropFirst(6).split(separator: 0x20)
                if let ids = fields.first, let dots = ids.firstIndex(of: UInt8(ascii: ".")) {
                    current!.blob = String(decoding: ids[(dots + 2)...], as: UTF8.self)
                }
                if fields.count > 1 { regularFile = isRegular(mode: fields[1]) }
            } else if line.starts(with: Array("new file mode ".utf8)) || line.starts(with: Array("new mode ".utf8)) {
                regularFile = isRegular(mode: line.split(separator: 0x20).last ?? [])
            } else if line.starts(with: Array("+++ ".utf8)) {
                let name = unquote(Array(line.dropFirst(4)))
                if name.starts(with: Array("b/".utf8)) { current!.path = String(decoding: name.dropFirst(2), as: UTF8.self) }
            } else if line.starts(with: Array("@@ ".utf8)), let range = addedRange(hunkHeader: line) {
                current!.addedLines.append(range)
            }
        }
        close()
        return files
    }

    /// Regular files have mode 100644 or 100755; 120000 is a symbolic link, 160000 a submodule.
    private static func isRegular(mode: some Collection<UInt8>) -> Bool {
        mode.starts(with: Array("100".utf8))
    }

    /// The new-side lines of a hunk header `@@ -a,b +c,d @@`, nil when it adds none.
    static func addedRange(hunkHeader line: [UInt8]) -> ClosedRange<Int>? {
        guard let plus = line.firstIndex(of: UInt8(ascii: "+")) else { return nil }
        var i = plus + 1
        func number() -> Int? {
            var value = 0, digits = 0
            while i < line.count, line[i] &- 0x30 < 10, digits < 10 {
                value = value * 10 + Int(line[i] - 0x30)
                i += 1
                digits += 1
            }
            return digits > 0 ? value : nil
        }
        guard let start = number() else { return nil }
        var count = 1
        if i < line.count, line[i] == UInt8(ascii: ",") {
            i += 1
            guard let c = number() else { return nil }
            count = c
        }
        return count > 0 && start > 0 ? start...(start + count - 1) : nil
    }

    /// A path as git prints it: as is, or in double quotes with C escapes when it holds
    /// unusual bytes (`"b/tab\there"`, octal `\303\251` for non-ASCII).
    static func unquote(_ s: [UInt8]) -> [UInt8] {
        var s = s
        if s.last == 0x09 { s.removeLast() }   // git may end a name with a tab
        guard s.count >= 2, s.first == UInt8(ascii: "\""), s.last == UInt8(ascii: "\"") else { return s }
        var out: [UInt8] = []
        var i = 1
        while i < s.count - 1 {
            let b = s[i]
            i += 1
            guard b == UInt8(ascii: "\\"), i < s.count - 1 else { out.append(b); continue }
            let e = s[i]
            i += 1
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "a"): out.append(0x07)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "v"): out.append(0x0B)
            case UInt8(ascii: "0")...UInt8(ascii: "3"):
                var value = Int(e - 0x30)
                for _ in 0..<2 where i < s.count - 1 && s[i] &- 0x30 < 8 {
                    value = value * 8 + Int(s[i] - 0x30)
                    i += 1
                }
                out.append(UInt8(truncatingIfNeeded: value))
            default: out.append(e)
            }
        }
        return out
    }
}
