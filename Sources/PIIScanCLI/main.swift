import ArgumentParser
import CMallocTuning
#if canImport(Glibc)
import Glibc
#endif

// A closed pipe (`piiscan scan … | head`) ends output quietly instead of killing the process.
signal(SIGPIPE, SIG_IGN)
// Each chunk's findings, values and output are buffers of a few MB, freed once the chunk is
// emitted: kept in the heap, the next chunk reuses them instead of faulting in fresh pages
// (about 4 % of the time of a scan of dumps).
piiscan_keep_freed_memory()
do {
    var command = try Piiscan.parseAsRoot()
    try command.run()
} catch let code as ExitCode {
    // A subcommand's own exit code (`Scan.run`): ArgumentParser's `exit(withError:)` would build
    // the usage text to find that its message is empty, about 1.7 M instructions.
    exit(code.rawValue)
} catch {
    // A usage error exits with 2, like an input that cannot be scanned (README, "Exit codes").
    if Piiscan.exitCode(for: error) == .validationFailure {
        Diagnostics.error(Piiscan.fullMessage(for: error))
        exit(2)
    }
    Piiscan.exit(withError: error)
}
