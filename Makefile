# The two commands of README: `make sample` scans the bundled sample, `make test` runs the tests.
# Both install the system libraries first when they are missing.
.PHONY: deps sample test test-dumps test-hooks test-large test-benchmarks release

deps:
	@scripts/install-deps

# The Swift runtime is linked in statically: no dynamic symbol binding at each start (a
# pre-commit hook starts piiscan at every commit).
RELEASE_BUILD = swift build -c release --static-swift-stdlib --product piiscan

# piiscan exits 1 when it finds personal data, which the sample has.
sample: deps
	$(RELEASE_BUILD)
	.build/release/piiscan scan --min-confidence low Samples/ || [ $$? -eq 1 ]

test: deps
	swift test

# Dumps from real PostgreSQL and MariaDB servers (installed and started by the script; root).
test-dumps: deps
	scripts/test-dumps

# The published pre-commit hook run by the real pre-commit framework (installed from PyPI).
test-hooks: deps
	scripts/test-hooks

# A single 2 GiB line and 100,000 tiny files (needs about 2.2 GB free in $TMPDIR).
test-large: deps
	scripts/test-large

# The microbenchmarks package builds and runs: one scan and one validator benchmark.
test-benchmarks: deps
	scripts/test-benchmarks

release: deps
	$(RELEASE_BUILD)
