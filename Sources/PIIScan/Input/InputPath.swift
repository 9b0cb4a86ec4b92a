/// A path as the file system spells it: bytes, which need not be valid UTF-8.
public struct InputPath: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The raw bytes of the path, without a terminating NUL.
    public let bytes: [UInt8]
    /// Whether this is standard input.
    public let isStandardInput: Bool

    public init(_ string: String) {
        bytes = Array(string.utf8)
        isStandardInput = false
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
        isStandardInput = false
    }

    private init(standardInput: ()) {
        bytes = Array("<stdin>".utf8)
        isStandardInput = true
    }

    /// Standard input, displayed as `<stdin>`.
    public static let standardInput = InputPath(standardInput: ())

    /// The path for display; invalid UTF-8 is shown with replacement characters.
    public var description: String { String(decoding: bytes, as: UTF8.self) }

    /// A child path.
    func appending(_ name: UnsafeBufferPointer<UInt8>) -> InputPath {
        var b = bytes
        if b.last != UInt8(ascii: "/") { b.append(UInt8(ascii: "/")) }
        b.append(contentsOf: name)
        return InputPath(bytes: b)
    }

    /// The last path component.
    var baseName: ArraySlice<UInt8> {
        let trimmed = bytes.last == UInt8(ascii: "/") ? bytes.dropLast() : bytes[...]
        if let slash = trimmed.lastIndex(of: UInt8(ascii: "/")) { return trimmed[(slash + 1)...] }
        return trimmed
    }

    /// Calls `body` with the path as a NUL-terminated C string.
    func withCString<R>(_ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        try (bytes + [0]).withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }

    public static func < (a: InputPath, b: InputPath) -> Bool { a.bytes.lexicographicallyPrecedes(b.bytes) }
}
