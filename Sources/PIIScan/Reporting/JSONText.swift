/// JSON string encoding on bytes.
enum JSONText {
    /// Appends `bytes` as a JSON string, quotes included. Invalid UTF-8 becomes U+FFFD.
    /// Contiguous bytes that need no escape, the common case, are copied whole.
    static func appendString<C: Collection>(_ bytes: C, to out: inout [UInt8]) where C.Element == UInt8 {
        let copied = bytes.withContiguousStorageIfAvailable { buffer -> Bool in
            guard buffer.allSatisfy(isPlain) else { return false }
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: buffer)
            out.append(UInt8(ascii: "\""))
            return true
        }
        if copied == true { return }
        out.append(UInt8(ascii: "\""))
        if bytes.allSatisfy({ $0 < 0x80 }) {
            for b in bytes { appendByte(b, to: &out) }
        } else {
            for b in String(decoding: Array(bytes), as: UTF8.self).utf8 { appendByte(b, to: &out) }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// `string` as a JSON string, quotes included.
    static func string(_ string: String) -> [UInt8] {
        var out: [UInt8] = []
        appendString(string.utf8, to: &out)
        return out
    }

    /// Whether `b` stands for itself inside a JSON string.
    @inline(__always)
    static func isPlain(_ b: UInt8) -> Bool {
        b >= 0x20 && b < 0x7F && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\")
    }

    @inline(__always)
    private static func appendByte(_ b: UInt8, to out: inout [UInt8]) {
        if isPlain(b) || b >= 0x80 {
            out.append(b)
            return
        }
        switch b {
        case UInt8(ascii: "\""): out.append(contentsOf: [0x5C, 0x22])
        case UInt8(ascii: "\\"): out.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        default:
            let hex = Array("0123456789abcdef".utf8)
            out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]])
        }
    }
}
