#if canImport(Glibc)
import Glibc
#endif

/// Messages to standard error.
enum Diagnostics {
    static func error(_ message: String) {
        write(message.hasPrefix("piiscan:") || message.hasPrefix("Error:") ? message : "piiscan: \(message)")
    }

    static func write(_ line: String) {
        var bytes = Array(line.utf8)
        if bytes.last != 0x0A { bytes.append(0x0A) }
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(2, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { return }
                offset += n
            }
        }
    }
}

/// A problem with what the user asked for, printed as it is.
struct UsageError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
