#!/usr/bin/env bash
# The latency of a pre-commit check: `piiscan scan --staged` on a small staged change, against
# a scan of the same two files without git, the git commands it runs, and piiscan's start-up
# (`--version`, and a scan of an empty file).
#
#   Benchmarks/hook.sh [--runs 40]
#
# Needs hyperfine and git. The repository is a throwaway one in $TMPDIR.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=40
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs=$2; shift 2 ;;
        *) echo "usage: $0 [--runs N]" >&2; exit 2 ;;
    esac
done
command -v hyperfine >/dev/null || { echo "missing hyperfine (apt-get install hyperfine)" >&2; exit 2; }
scripts/install-deps
swift build -c release --static-swift-stdlib --product piiscan >/dev/null   # as `make release`
piiscan=$PWD/.build/release/piiscan
repo=$(mktemp -d)
trap 'rm -rf "$repo"' EXIT
cp README.md "$repo/a.md"
cp CHANGELOG.md "$repo/b.md"
cd "$repo"
git init -q
git add a.md b.md
git -c user.email=dev@localhost -c user.name=Dev -c commit.gpgsign=false commit -q --no-verify -m first
echo "contact jane.doe@example.org" >> a.md
echo "one more line" >> b.md
git add a.md b.md
: > empty.log
echo "== a staged change of two files ($(du -cb a.md b.md | tail -1 | cut -f1) bytes)"
# Exit code 1 means findings: -i keeps hyperfine going.
hyperfine -N -i -w 5 -r "$runs" \
    -n "scan --staged" "$piiscan scan --staged -q" \
    -n "scan a.md b.md" "$piiscan scan -q a.md b.md" \
    -n "git diff --cached" "git diff --cached -U0" \
    -n "git cat-file -t HEAD" "git cat-file -t HEAD" \
    -n "scan empty.log" "$piiscan scan -q empty.log" \
    -n "piiscan --version" "$piiscan --version"
