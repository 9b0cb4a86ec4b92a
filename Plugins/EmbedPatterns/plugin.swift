import Foundation
import PackagePlugin

/// Embeds the YAML files of the package's top-level `Patterns/` folder into the target as a
/// generated Swift source, so the installed binary carries its default patterns and
/// `Patterns/` stays their single source of truth.
@main
struct EmbedPatterns: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let patternsDir = context.package.directoryURL.appending(path: "Patterns")
        let files = try FileManager.default.contentsOfDirectory(at: patternsDir, includingPropertiesForKeys: nil)
            .filter { ["yaml", "yml"].contains($0.pathExtension) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "DefaultPatterns.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) default pattern files",
                executable: try context.tool(named: "PatternEmbedder").url,
                arguments: [output.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            )
        ]
    }
}
