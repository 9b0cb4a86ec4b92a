/// Totals of a scan, for the summary line and the `summary` object of JSON reports.
public struct ScanSummary: Sendable {
    /// Inputs whose bytes were scanned (completely or up to an error).
    public var filesScanned = 0
    /// Files skipped because they hold a NUL byte.
    public var binarySkipped = 0
    /// Inputs that could not be scanned, or not completely.
    public var errors = 0
    /// Bytes scanned.
    public var bytesScanned = 0
    /// Reported findings per category.
    public var findingsByCategory: [String: Int] = [:]
    /// Wall-clock seconds.
    public var elapsedSeconds = 0.0

    public init() {}

    /// The number of reported findings.
    public var findings: Int { findingsByCategory.values.reduce(0, +) }

    /// Megabytes (10^6 bytes) scanned per second.
    public var megabytesPerSecond: Double {
        elapsedSeconds > 0 ? Double(bytesScanned) / 1e6 / elapsedSeconds : 0
    }
}
