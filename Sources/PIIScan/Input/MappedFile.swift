#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CMapGuard

/// A regular file mapped read-only into memory, guarded against shrinking while mapped.
///
/// Reading a mapped page past the end of a file that another process truncated raises
/// SIGBUS. The mapping is registered with the SIGBUS guard (`CMapGuard`), which replaces such
/// a page with zeros and counts the fault instead of letting the process die; the scanner
/// then reports the file as incomplete. A file that cannot be registered is read instead.
final class MappedFile: @unchecked Sendable {
    // The mapping is immutable and read-only; sharing it between threads is safe.
    let base: UnsafeRawPointer?
    let size: Int
    private let fd: Int32
    private let guardSlot: Int32

    enum OpenError: Error { case system(String) }

    static let installGuard: Void = { _ = CMapGuard_install() }()

    init(path: InputPath) throws(OpenError) {
        _ = MappedFile.installGuard
        let fd = path.withCString { open($0, O_RDONLY | O_CLOEXEC) }
        guard fd >= 0 else { throw .system(errnoMessage()) }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let message = errnoMessage()
            close(fd)
            throw .system(message)
        }
        self.fd = fd
        size = Int(st.st_size)
        guard size > 0 else {
            base = nil
            guardSlot = -1
            return
        }
        guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), mapped != MAP_FAILED else {
            let message = errnoMessage()
            close(fd)
            throw .system(message)
        }
        let slot = CMapGuard_register(mapped, size)
        guard slot >= 0 else {
            munmap(mapped, size)
            close(fd)
            throw .system("too many files mapped at once")
        }
        base = UnsafeRawPointer(mapped)
        guardSlot = slot
    }

    /// The bytes of the file.
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: size) }

    /// Whether the file shrank under the mapping: a guarded fault happened, or its size is
    /// now smaller than what was mapped.
    var hasShrunk: Bool {
        if guardSlot >= 0 && CMapGuard_faults(guardSlot) > 0 { return true }
        var st = stat()
        return fstat(fd, &st) == 0 && Int(st.st_size) < size
    }

    deinit {
        if let base {
            CMapGuard_unregister(guardSlot)
            munmap(UnsafeMutableRawPointer(mutating: base), size)
        }
        close(fd)
    }
}
