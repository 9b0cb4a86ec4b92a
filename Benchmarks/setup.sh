# Sourced by the benchmark scripts after they read their options ($scale, $corpus): builds
# piiscan in release mode into $piiscan and writes the shared corpus into $corpus when it is
# not there yet (default: $TMPDIR/piiscan-corpus-SCALE, outside the repository).
corpus=${corpus:-${TMPDIR:-/tmp}/piiscan-corpus-$scale}
scripts/install-deps
swift build -c release --static-swift-stdlib --product piiscan >/dev/null   # as `make release`
piiscan=$PWD/.build/release/piiscan
if [ ! -f "$corpus/MANIFEST.json" ]; then
    python3 ../shared/bench/gen_corpus.py --out "$corpus" --scale "$scale" >&2
fi
