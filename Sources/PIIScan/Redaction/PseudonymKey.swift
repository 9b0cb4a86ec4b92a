import Crypto
import Foundation

/// The secret key of keyed pseudonyms. It is never printed: `description` hides it.
public struct PseudonymKey: @unchecked Sendable, CustomStringConvertible {
    // HMAC is a value type that is only ever copied, never mutated in place, so sharing it
    // across threads is safe; Crypto does not declare it Sendable.
    private let hmac: HMAC<SHA256>

    /// A key from raw bytes; at least 16 are required.
    public init(bytes: [UInt8]) throws {
        guard bytes.count >= 16 else {
            throw RedactionError("the pseudonym key is too short: \(bytes.count) bytes, at least 16 are needed")
        }
        hmac = HMAC<SHA256>(key: SymmetricKey(data: bytes))
    }

    /// The key in a file, without a trailing line end.
    public init(contentsOfFile path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RedactionError("cannot read the key file '\(path)'")
        }
        var bytes = [UInt8](data)
        while let last = bytes.last, last == 0x0A || last == 0x0D { bytes.removeLast() }
        try self.init(bytes: bytes)
    }

    public var description: String { "PseudonymKey(<hidden>)" }

    /// Calls `body` with HMAC-SHA-256 of `category`, a NUL and `value` (32 bytes).
    func withDigest<R>(category: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer,
                       _ body: (UnsafeRawBufferPointer) -> R) -> R {
        var mac = hmac
        mac.update(data: category)
        withUnsafeBytes(of: UInt8(0)) { mac.update(data: $0) }
        mac.update(data: value)
        return mac.finalize().withUnsafeBytes(body)
    }
}
