// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "piiscan",
    products: [
        .executable(name: "piiscan", targets: ["PIIScanCLI"]),
        .library(name: "PIIScan", targets: ["PIIScan"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "CMapGuard"),
        .target(name: "CByteScan"),
        .target(name: "CMallocTuning"),
        .target(
            name: "PatternFormat",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(name: "PatternEmbedder", dependencies: ["PatternFormat"]),
        .plugin(
            name: "EmbedPatterns",
            capability: .buildTool(),
            dependencies: ["PatternEmbedder"]
        ),
        .target(
            name: "PIIScan",
            dependencies: ["CPCRE2", "CZlib", "CMapGuard", "CByteScan", "PatternFormat", .product(name: "Yams", package: "Yams"),
                           .product(name: "Crypto", package: "swift-crypto")],
            plugins: ["EmbedPatterns"]
        ),
        .executableTarget(
            name: "PIIScanCLI",
            dependencies: ["PIIScan", "CMallocTuning", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "PIIScanTests",
            dependencies: ["PIIScan", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PIIScanCLITests",
            dependencies: ["PIIScanCLI"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
