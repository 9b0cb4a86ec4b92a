import Foundation

/// Finds and reads pattern files: the embedded defaults and the user's files or folders.
public enum PatternLibrary {
    /// The default patterns, parsed from `Patterns/` at build time and built into the binary
    /// (see `PatternEmbedder`). It still throws, as it did when it parsed them at run time.
    public static func defaultDefinitions() throws -> [PatternDefinition] {
        embeddedPatternDefinitions()
    }

    /// Reads a pattern file, or every `.yaml`/`.yml` file of a folder (sorted by name).
    public static func definitions(at path: String) throws -> [PatternDefinition] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw PatternFileError(SourceLocation(file: path, line: 1), "no such file or directory")
        }
        let files: [String]
        if isDirectory.boolValue {
            files = try FileManager.default.contentsOfDirectory(atPath: path)
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
                .sorted()
                .map { (path as NSString).appendingPathComponent($0) }
        } else {
            files = [path]
        }
        return try files.flatMap { file -> [PatternDefinition] in
            guard let data = FileManager.default.contents(atPath: file) else {
                throw PatternFileError(SourceLocation(file: file, line: 1), "cannot read file")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw PatternFileError(SourceLocation(file: file, line: 1), "not UTF-8 text")
            }
            return try PatternFileParser.parse(text, file: file)
        }
    }

    /// The defaults (unless `includeDefaults` is false) followed by the user's files; a user
    /// pattern with the id of an earlier one replaces it in place.
    public static func definitions(userPaths: [String], includeDefaults: Bool = true) throws -> [PatternDefinition] {
        var result = includeDefaults ? try defaultDefinitions() : []
        var indexByID = Dictionary(result.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for path in userPaths {
            var seenInThisPath: [String: SourceLocation] = [:]
            for definition in try definitions(at: path) {
                if let earlier = seenInThisPath[definition.id] {
                    throw PatternFileError(definition.source, "duplicate pattern id '\(definition.id)' (first defined at \(earlier))")
                }
                seenInThisPath[definition.id] = definition.source
                if let index = indexByID[definition.id] {
                    result[index] = definition
                } else {
                    indexByID[definition.id] = result.count
                    result.append(definition)
                }
            }
        }
        return result
    }
}
