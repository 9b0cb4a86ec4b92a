import Foundation

/// Keyed fingerprints of findings, for baselines and SARIF `partialFingerprints`.
///
/// A fingerprint is HMAC-SHA-256 over the path, the pattern id and the normalised value
/// (emails lower-cased, digits only for cards and phones, IPv6 in binary form), so it holds no
/// value and no line number: moving lines, reformatting them or adding others leaves it as it
/// was, and without the key nobody can test a guess against it.
public struct Fingerprinter: Sendable {
    let key: PseudonymKey

    public init(key: PseudonymKey) {
        self.key = key
    }

    /// The environment variable that may hold the key.
    public static let keyVariable = "PIISCAN_BASELINE_KEY"

    /// The key for the baseline at `baselinePath`: `$PIISCAN_BASELINE_KEY`, else the file
    /// `<baseline>.key` beside it; with `create`, a new random key is written there (mode 0600)
    /// when neither exists. Nil when there is none and `create` is false.
    public static func key(forBaseline baselinePath: String?, create: Bool = false) throws -> PseudonymKey? {
        // getenv, not ProcessInfo's environment: that builds a dictionary of the whole
        // environment, 0.5 M instructions of every scan's start.
        if let raw = getenv(keyVariable), raw.pointee != 0 {
            return try PseudonymKey(bytes: Array(String(cString: raw).utf8))
        }
        guard let baselinePath else { return nil }
        let keyPath = baselinePath + ".key"
        if FileManager.default.fileExists(atPath: keyPath) { return try PseudonymKey(contentsOfFile: keyPath) }
        guard create else { return nil }
        var random = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &random) }
        var text: [UInt8] = []
        bytes.withUnsafeBytes { Replacement.appendHex($0[...], into: &text) }
        text.append(0x0A)
        let output = try AtomicFileOutput(path: keyPath)
        try text.withUnsafeBytes { try output.write($0) }
        try output.commit()
        return try PseudonymKey(contentsOfFile: keyPath)
    }

    /// The fingerprint of a finding of pattern `patternID` and `category`, in hex (32 digits).
    public func fingerprint(path: String, patternID: String, category: String, value: some Collection<UInt8>) -> String {
        var message = Array(Self.canonicalPath(path).utf8)
        message.append(0)
        message.append(contentsOf: patternID.utf8)
        message.append(0)
        Array(value).withUnsafeBytes { raw in Replacement.normalise(raw, category: category, into: &message) }
        var hex: [UInt8] = []
        message.withUnsafeBytes { bytes in
            key.withDigest(category: UnsafeRawBufferPointer(start: nil, count: 0), value: bytes) { digest in
                Replacement.appendHex(digest[0..<16], into: &hex)
            }
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// The path as a baseline records it: without leading `./`.
    public static func canonicalPath(_ path: String) -> String {
        var p = Substring(path)
        while p.hasPrefix("./") { p = p.dropFirst(2) }
        return String(p)
    }
}
