#!/usr/bin/env bash
# The cost of redaction: `piiscan redact` against `piiscan scan --format jsonl` on the logs and
# SQL dumps of the shared benchmark corpus (both read every byte and find the same findings;
# redact also writes a copy of every byte and scans the lines it changed again).
#
#   Benchmarks/redact.sh [--scale 0.1] [--corpus DIR] [--runs 3] [--threads 2]
#
# Needs hyperfine and ../shared beside the repository; the corpus is written by Benchmarks/setup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
scale=0.1
runs=3
threads=2
corpus=""
while [ $# -gt 0 ]; do
    case "$1" in
        --scale) scale=$2; shift 2 ;;
        --corpus) corpus=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --threads) threads=$2; shift 2 ;;
        *) echo "usage: $0 [--scale S] [--corpus DIR] [--runs N] [--threads N]" >&2; exit 2 ;;
    esac
done
command -v hyperfine >/dev/null || { echo "missing hyperfine (apt-get install hyperfine)" >&2; exit 2; }
. Benchmarks/setup.sh
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for kind in logs sql; do
    files=$(find "$corpus/$kind" -maxdepth 1 \( -name "*.log" -o -name "*.sql" \) | sort | tr "\n" " ")
    echo "== $kind: $(du -cb $files | tail -1 | awk '{printf "%.0f MB", $1 / 1e6}')"
    # Exit code 1 means findings: -i keeps hyperfine going.
    hyperfine -i -r "$runs" \
        -n "scan --format jsonl" "$piiscan scan -q --format jsonl --threads $threads $files > /dev/null" \
        -n "redact -o DIR" "rm -rf $out/$kind; $piiscan redact -q --threads $threads $files -o $out/$kind"
done
