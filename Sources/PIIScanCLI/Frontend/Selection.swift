import ArgumentParser
import Foundation
import PIIScan

/// The selection options merged with the project's `.piiscan.yaml`: values given on the
/// command line win, excluded categories and paths add up, allowed values come from the file.
struct Selection {
    let options: SelectionOptions
    let configuration: Configuration?

    init(_ options: SelectionOptions) throws {
        self.options = options
        if options.noConfig {
            configuration = nil
        } else if let path = options.configPath {
            configuration = try Configuration.load(path)
        } else {
            configuration = try Configuration.find(from: FileManager.default.currentDirectoryPath).map(Configuration.load)
        }
    }

    var paths: [String] { options.paths }
    var minConfidence: Confidence { options.minConfidenceLevel?.confidence ?? configuration?.minConfidence ?? .medium }
    var categories: [String] { options.categories.isEmpty ? configuration?.categories ?? [] : options.categories }
    var excludedCategories: [String] { options.excludedCategories + (configuration?.excludeCategories ?? []) }
    /// Operator specs of the file, to be followed by the command line's.
    var operatorSpecs: [String] { configuration?.operatorSpecs ?? [] }

    /// The pattern definitions: defaults and the user's files.
    func definitions() throws -> [PatternDefinition] {
        try PatternLibrary.definitions(userPaths: options.patternPaths, includeDefaults: !options.noDefaultPatterns)
    }

    /// The compiled pattern set for the chosen categories.
    func patternSet(_ definitions: [PatternDefinition]) throws -> PatternSet {
        let known = Set(definitions.map(\.category))
        for category in categories + excludedCategories where !known.contains(category) {
            let origin = options.categories.contains(category) || options.excludedCategories.contains(category)
                ? "" : " in \(configuration?.file ?? "the configuration")"
            throw ValidationError("unknown category '\(category)'\(origin) (known: \(known.sorted().joined(separator: ", ")))")
        }
        return try PatternSet(definitions, categories: categories.isEmpty ? nil : Set(categories),
                              excludedCategories: Set(excludedCategories), usePrefilter: !options.noPrefilter)
    }

    func walker() -> InputWalker {
        InputWalker(includeGlobs: options.includeGlobs.isEmpty ? configuration?.includePaths ?? [] : options.includeGlobs,
                    excludeGlobs: options.excludeGlobs + (configuration?.excludePaths ?? []),
                    followSymlinks: options.followSymlinks)
    }

    func scanOptions(keepsChunkBytes: Bool = false) -> ScanOptions {
        var scan = ScanOptions(threads: options.threads, minConfidence: minConfidence, chunkSize: options.chunkSize,
                               keepsChunkBytes: keepsChunkBytes)
        scan.allowlist = configuration?.allowlist
        return scan
    }
}
