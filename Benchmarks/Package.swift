// swift-tools-version: 6.1
// Microbenchmarks of the scan engine with ordo-one/benchmark, kept out of the main package so
// that its build and tests stay lean. From this folder:
//
//   swift package --allow-writing-to-package-directory benchmark
//
// See README.md in this folder.
import Foundation
import PackageDescription

// A path dependency's identity is the name of its folder, whatever the clone is called.
let piiscan = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "PIIScanBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: piiscan.path),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "Engine",
            dependencies: [
                .product(name: "PIIScan", package: piiscan.lastPathComponent.lowercased()),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Engine",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
