import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

// A closed pipe (`piiscan scan … | head`) ends output quietly instead of killing the process.
signal(SIGPIPE, SIG_IGN)
do {
    var command = try Piiscan.parseAsRoot()
    try command.run()
} catch {
    // A usage error exits with 2, like an input that cannot be scanned (README, "Exit codes").
    if Piiscan.exitCode(for: error) == .validationFailure {
        Diagnostics.error(Piiscan.fullMessage(for: error))
        exit(2)
    }
    Piiscan.exit(withError: error)
}
