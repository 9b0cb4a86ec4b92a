/// libFuzzer's driver, from the runtime without a `main` (libclang_rt.fuzzer_no_main): SwiftPM
/// gives every executable its own entry point, so each harness calls the driver from `main()`.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// Runs libFuzzer with the process arguments, calling `testOneInput` for each input.
public func runFuzzer(_ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    _ = LLVMFuzzerRunDriver(&argc, &argv, testOneInput)
}
