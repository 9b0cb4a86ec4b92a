// swift-tools-version:6.0
// libFuzzer harnesses, kept out of the main package. Build and run with scripts/fuzz (it passes
// the coverage and AddressSanitizer flags for every module); see Fuzz/README.md.
import PackageDescription

func harness(_ name: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzDriver", .product(name: "PIIScan", package: "piiscan")],
        swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    )
}

let package = Package(
    name: "piiscan-fuzz",
    dependencies: [.package(name: "piiscan", path: "../")],
    targets: [
        .target(
            name: "FuzzDriver",
            linkerSettings: [.linkedLibrary("clang_rt.fuzzer_no_main-x86_64"), .linkedLibrary("stdc++"),
                             .unsafeFlags(["-L/opt/swift/usr/lib/clang/21/lib/linux"])]
        ),
        harness("FuzzScanner"),
        harness("FuzzArchive"),
        harness("FuzzPatternFile"),
        harness("FuzzRedactor"),
    ]
)
