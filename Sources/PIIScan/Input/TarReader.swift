/// Reads the members of a tar stream: ustar and pax headers, GNU long names.
///
/// Call `nextMember()` for each member; read its bytes from the returned source, then call
/// `nextMember()` again (unread bytes and padding are skipped).
final class TarReader {
    /// One regular file inside the archive.
    struct Member {
        let name: String
        let size: Int
        let source: ByteSource
        /// With `keepsHeaders`: every byte of the archive from the end of the previous
        /// member's data (padding excluded) to this member's data, ending with its header.
        var preamble: [UInt8] = []
        /// Whether a pax record gave the size (then the header's size field is not the truth).
        var sizeFromPax = false
    }

    /// With `keepsHeaders`: the entries after the last member, without the end-of-archive blocks.
    private(set) var trailer: [UInt8] = []
    /// Whether headers and skipped entries are kept, to write the archive anew.
    let keepsHeaders: Bool
    private var kept: [UInt8] = []

    private let upstream: ByteSource
    private var current: MemberSource?
    /// Bytes of the archive consumed so far.
    private var offset = 0

    init(_ upstream: ByteSource, keepsHeaders: Bool = false) {
        self.upstream = upstream
        self.keepsHeaders = keepsHeaders
    }

    /// The next regular file, or nil at the end of the archive.
    func nextMember() throws -> Member? {
        if let current {
            try skip(current.remaining + TarReader.padding(current.size), keeping: false)
            self.current = nil
        }
        kept.removeAll()
        var longName: String?
        var paxPath: String?
        var paxSize: Int?
        var header = [UInt8](repeating: 0, count: 512)
        while true {
            let headerOffset = offset
            let n = try header.withUnsafeMutableBytes { raw in
                try upstream.readFully(into: raw.baseAddress!, count: 512)
            }
            offset += n
            if n == 0 || header.allSatisfy({ $0 == 0 }) {   // end of archive
                trailer = kept
                return nil
            }
            guard n == 512 else { throw InputError(message: "truncated tar header at archive offset \(headerOffset)") }
            guard TarReader.checksumMatches(header) else {
                throw InputError(message: "corrupt tar header (bad checksum) at archive offset \(headerOffset)")
            }
            guard var size = TarReader.number(header[124..<136]) else {
                throw InputError(message: "corrupt tar header (bad size) at archive offset \(headerOffset)")
            }
            if let paxSize { size = paxSize }
            if keepsHeaders { kept += header }
            let type = header[156]
            switch type {
            case UInt8(ascii: "L"):            // GNU long name: the data is the next member's name
                longName = TarReader.cString(try readData(size))
                continue
            case UInt8(ascii: "x"):            // pax extended header for the next member
                let records = TarReader.paxRecords(try readData(size))
                paxPath = records["path"]
                paxSize = records["size"].flatMap { Int($0) }
                continue
            case UInt8(ascii: "0"), 0, UInt8(ascii: "7"):
                let name = paxPath ?? longName ?? TarReader.ustarName(header)
                let source = MemberSource(reader: self, size: size)
                current = source
                return Member(name: name, size: size, source: source, preamble: kept, sizeFromPax: paxSize != nil)
            default:                           // directories, links, devices, global pax headers
                try skip(size + TarReader.padding(size), keeping: keepsHeaders)
                longName = nil
                paxPath = nil
                paxSize = nil
            }
        }
    }

    fileprivate func readUpstream(into buffer: UnsafeMutableRawPointer, count: Int) throws -> Int {
        let n = try upstream.read(into: buffer, count: count)
        offset += n
        return n
    }

    private func readData(_ size: Int) throws -> [UInt8] {
        guard size <= 1 << 20 else { throw InputError(message: "tar extended header of \(size) bytes is too large") }
        var data = [UInt8](repeating: 0, count: size)
        let n = try data.withUnsafeMutableBytes { raw in
            try upstream.readFully(into: raw.baseAddress!, count: size)
        }
        offset += n
        guard n == size else { throw InputError(message: "truncated tar archive at archive offset \(offset)") }
        if keepsHeaders { kept += data }
        try skip(TarReader.padding(size), keeping: keepsHeaders)
        return data
    }

    private func skip(_ count: Int, keeping: Bool) throws {
        var left = count
        var scratch = [UInt8](repeating: 0, count: min(max(count, 1), 64 << 10))
        while left > 0 {
            let n = try scratch.withUnsafeMutableBytes { raw in
                try upstream.read(into: raw.baseAddress!, count: min(left, raw.count))
            }
            guard n > 0 else { throw InputError(message: "truncated tar archive at archive offset \(offset)") }
            if keeping { kept += scratch[0..<n] }
            offset += n
            left -= n
        }
    }

    static func padding(_ size: Int) -> Int { (512 - size % 512) % 512 }

    /// Sets the size field of a ustar header and its checksum.
    static func setSize(_ size: Int, in header: inout ArraySlice<UInt8>) {
        let base = header.startIndex
        if size < 1 << 33 {
            let octal = Array(String(size, radix: 8).utf8)
            let field = Array(repeating: UInt8(ascii: "0"), count: 11 - octal.count) + octal + [0]
            header.replaceSubrange((base + 124)..<(base + 136), with: field)
        } else {   // base-256, as GNU tar writes sizes of 8 GiB and more
            var field = [UInt8](repeating: 0, count: 12)
            var value = size
            for i in stride(from: 11, through: 1, by: -1) {
                field[i] = UInt8(value & 0xFF)
                value >>= 8
            }
            field[0] = 0x80
            header.replaceSubrange((base + 124)..<(base + 136), with: field)
        }
        header.replaceSubrange((base + 148)..<(base + 156), with: repeatElement(UInt8(ascii: " "), count: 8))
        let sum = header.reduce(0) { $0 + Int($1) }
        let octal = Array(String(sum, radix: 8).utf8)
        let field = Array(repeating: UInt8(ascii: "0"), count: 6 - octal.count) + octal + [0, UInt8(ascii: " ")]
        header.replaceSubrange((base + 148)..<(base + 156), with: field)
    }

    static func checksumMatches(_ header: [UInt8]) -> Bool {
        guard let stored = number(header[148..<156]) else { return false }
        var sum = 0
        for (i, b) in header.enumerated() { sum += (148..<156).contains(i) ? 0x20 : Int(b) }
        return sum == stored
    }

    /// An octal field, or a base-256 one (first byte's high bit set) for large sizes.
    static func number(_ field: ArraySlice<UInt8>) -> Int? {
        guard let first = field.first else { return nil }
        if first & 0x80 != 0 {
            var value = Int(first & 0x7F)
            for b in field.dropFirst() {
                guard value < Int.max >> 8 else { return nil }
                value = value << 8 | Int(b)
            }
            return value
        }
        var value = 0
        var digits = 0
        for b in field {
            if b == 0 || b == UInt8(ascii: " ") {
                if digits > 0 { break } else { continue }
            }
            guard b >= 0x30 && b <= 0x37 else { return nil }
            value = value * 8 + Int(b - 0x30)
            digits += 1
        }
        return value
    }

    static func cString<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
    }

    static func ustarName(_ header: [UInt8]) -> String {
        let name = cString(header[0..<100])
        guard Array(header[257..<262]) == Array("ustar".utf8) else { return name }
        let prefix = cString(header[345..<500])
        return prefix.isEmpty ? name : prefix + "/" + name
    }

    /// Parses pax records, `"%d %s=%s\n"`.
    static func paxRecords(_ data: [UInt8]) -> [String: String] {
        var records: [String: String] = [:]
        var i = 0
        while i < data.count {
            guard let space = data[i...].firstIndex(of: UInt8(ascii: " ")),
                  let length = Int(String(decoding: data[i..<space], as: UTF8.self)),
                  length > space - i + 1, i + length <= data.count,
                  data[i + length - 1] == UInt8(ascii: "\n") else { break }
            let record = data[(space + 1)..<(i + length - 1)]   // without the trailing newline
            if let equals = record.firstIndex(of: UInt8(ascii: "=")) {
                records[String(decoding: record[..<equals], as: UTF8.self)] =
                    String(decoding: record[(equals + 1)...], as: UTF8.self)
            }
            i += length
        }
        return records
    }
}

/// The bytes of one tar member.
private final class MemberSource: ByteSource {
    unowned let reader: TarReader
    let size: Int
    private(set) var remaining: Int

    init(reader: TarReader, size: Int) {
        self.reader = reader
        self.size = size
        remaining = size
    }

    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws -> Int {
        guard remaining > 0 else { return 0 }
        let n = try reader.readUpstream(into: buffer, count: min(count, remaining))
        guard n > 0 else { throw InputError(message: "truncated tar member (\(size - remaining) of \(size) bytes)") }
        remaining -= n
        return n
    }
}
