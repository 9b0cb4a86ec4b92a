#!/usr/bin/env bash
# Throughput of piiscan (every finding as JSON Lines, and counts only) against ripgrep on the
# shared benchmark corpus, of piiscan on the gzip copies against `gzip -dc`, and piiscan's
# precision and recall on its labels, so speed is never bought with missed findings.
#
#   Benchmarks/compare.sh [--scale 0.1] [--corpus DIR] [--runs 5]
#
# Needs hyperfine and ripgrep (apt-get install hyperfine ripgrep) and ../shared beside the
# repository. The corpus is written outside the repository (default: $TMPDIR/piiscan-corpus-SCALE).
set -euo pipefail
cd "$(dirname "$0")/.."
scale=0.1
runs=5
corpus=""
while [ $# -gt 0 ]; do
    case "$1" in
        --scale) scale=$2; shift 2 ;;
        --corpus) corpus=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        *) echo "usage: $0 [--scale S] [--corpus DIR] [--runs N]" >&2; exit 2 ;;
    esac
done
shared=../shared
for tool in hyperfine rg python3; do
    command -v $tool >/dev/null || { echo "missing $tool (apt-get install hyperfine ripgrep)" >&2; exit 2; }
done
. Benchmarks/setup.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The equivalent pattern set for ripgrep: one regex per category from shared/bench.
rgargs=()
for f in "$shared"/bench/reference-patterns/*.re; do rgargs+=(-e "$(cat "$f")"); done

mb() { du -cb "$@" | tail -1 | awk '{print $1 / 1e6}'; }
row() {   # name, bytes in MB, json file from hyperfine
    python3 - "$1" "$2" "$3" <<'PY'
import json, sys
name, mb, path = sys.argv[1], float(sys.argv[2]), sys.argv[3]
r = json.load(open(path))["results"][0]
t = sorted(r["times"])[len(r["times"]) // 2]
print(f"| {name} | {mb:.0f} | {t:.3f} | {mb / t:.1f} |")
PY
}
echo "| command | MB | median s | MB/s |"
echo "| --- | ---: | ---: | ---: |"
for set in logs sql; do
    files=$(ls "$corpus/$set"/*.log "$corpus/$set"/*.sql 2>/dev/null | tr "\n" " " || true)
    size=$(mb $files)
    for threads in 1 2; do
        hyperfine -N -i -w 1 -r "$runs" --export-json "$work/p.json" \
            "$piiscan scan --quiet --threads $threads --format jsonl $files" >/dev/null 2>&1
        row "piiscan jsonl $set -j$threads" "$size" "$work/p.json"
        hyperfine -N -i -w 1 -r "$runs" --export-json "$work/s.json" \
            "$piiscan scan --quiet --threads $threads --format summary $files" >/dev/null 2>&1
        row "piiscan summary $set -j$threads" "$size" "$work/s.json"
        hyperfine -i -w 1 -r "$runs" --export-json "$work/r.json" \
            "rg --no-unicode --json -j$threads ${rgargs[*]@Q} $files > /dev/null" >/dev/null 2>&1
        row "rg --json $set -j$threads" "$size" "$work/r.json"
        hyperfine -i -w 1 -r "$runs" --export-json "$work/c.json" \
            "rg --no-unicode -c -j$threads ${rgargs[*]@Q} $files > /dev/null" >/dev/null 2>&1
        row "rg -c $set -j$threads" "$size" "$work/c.json"
    done
done

# Compressed inputs against inflating alone: MB are inflated bytes.
echo
echo "| command | MB inflated | median s | MB/s |"
echo "| --- | ---: | ---: | ---: |"
for set in logs sql; do
    gz=$(ls "$corpus/$set"/*.gz | tr "\n" " ")
    size=$(mb $(ls "$corpus/$set"/*.log "$corpus/$set"/*.sql 2>/dev/null || true))
    hyperfine -i -w 1 -r "$runs" --export-json "$work/g.json" "gzip -dc $gz > /dev/null" >/dev/null 2>&1
    row "gzip -dc $set" "$size" "$work/g.json"
    for threads in 1 2; do
        hyperfine -N -i -w 1 -r "$runs" --export-json "$work/z.json" \
            "$piiscan scan --quiet --threads $threads --format jsonl $gz" >/dev/null 2>&1
        row "piiscan jsonl $set.gz -j$threads" "$size" "$work/z.json"
    done
done

echo
echo "Precision and recall (--min-confidence low), logs and SQL:"
# Plain files only: the .gz copies hold the same bytes and would count every label twice.
"$piiscan" scan --quiet --format jsonl --min-confidence low --exclude '*.gz' "$corpus/logs" "$corpus/sql" > "$work/findings.jsonl" || true
python3 "$shared/eval/corpus_score.py" --corpus "$corpus" --findings "$work/findings.jsonl" --only logs/
python3 "$shared/eval/corpus_score.py" --corpus "$corpus" --findings "$work/findings.jsonl" --only sql/
