#!/usr/bin/env bash
# Throughput of piiscan (every finding as JSON Lines, and counts only) against ripgrep on the
# shared benchmark corpus, of piiscan on the gzip copies against `gzip -dc` and against zlib's
# inflate alone (Benchmarks/inflate.c), the speed ratios (piiscan against ripgrep, two threads
# against one, against inflating alone), and piiscan's
# precision and recall on its labels, so speed is never bought with missed findings. The
# commands of a corpus run in turn, round after round, so that drift hits them alike.
#
#   Benchmarks/compare.sh [--scale 0.1] [--corpus DIR] [--runs 5]
#
# Needs hyperfine and ripgrep (apt-get install hyperfine ripgrep), a C compiler with zlib's
# header (clang comes with Swift; zlib1g-dev) and ../shared beside the
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
"$(command -v cc || command -v clang)" -O2 -o "$work/inflate" Benchmarks/inflate.c -lz

# The equivalent pattern set for ripgrep: one regex per category from shared/bench.
rgargs=()
for f in "$shared"/bench/reference-patterns/*.re; do rgargs+=(-e "$(cat "$f")"); done

mb() { du -cb "$@" | tail -1 | awk '{print $1 / 1e6}'; }

# Runs the commands of a group in turn, one run each per round (A B C … A B C …), after one
# round of warm-up, so that a machine whose speed drifts slows all of them alike; the rounds
# are `$work/NAME.ROUND.json`.
rounds() {   # name, commands...
    local name=$1; shift
    hyperfine -N -i -r 1 "$@" >/dev/null 2>&1
    for r in $(seq "$runs"); do
        hyperfine -N -i -r 1 --export-json "$work/$name.$r.json" "$@" >/dev/null 2>&1
    done
}

# Prints the table rows of a group (median time of each command) and keeps, for the ratios,
# each command's time per round in $work/times.json under "NAME LABEL".
report() {   # name, MB, labels (one per command, in order)...
    python3 - "$work" "$@" <<'PY'
import glob, json, os, statistics, sys
work, name, mb, labels = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4:]
files = sorted(glob.glob(f"{work}/{name}.*.json"), key=lambda f: int(f.split(".")[-2]))
times = {label: [] for label in labels}
for f in files:
    for label, result in zip(labels, json.load(open(f))["results"]):
        times[label].append(result["times"][0])
store = f"{work}/times.json"
kept = json.load(open(store)) if os.path.exists(store) else {}
for label in labels:
    t = statistics.median(times[label])
    print(f"| {label} | {mb:.0f} | {t:.3f} | {mb / t:.1f} |")
    kept[label] = times[label]
json.dump(kept, open(store, "w"))
PY
}

echo "| command | MB | median s | MB/s |"
echo "| --- | ---: | ---: | ---: |"
for set in logs sql; do
    files=$(ls "$corpus/$set"/*.log "$corpus/$set"/*.sql 2>/dev/null | tr "\n" " " || true)
    commands=() labels=()
    for threads in 1 2; do
        commands+=("$piiscan scan --quiet --threads $threads --format jsonl $files"
                   "$piiscan scan --quiet --threads $threads --format summary $files"
                   "rg --no-unicode --json -j$threads ${rgargs[*]@Q} $files"
                   "rg --no-unicode -c -j$threads ${rgargs[*]@Q} $files")
        labels+=("piiscan jsonl $set -j$threads" "piiscan summary $set -j$threads"
                 "rg --json $set -j$threads" "rg -c $set -j$threads")
    done
    rounds "$set" "${commands[@]}"
    report "$set" "$(mb $files)" "${labels[@]}"
done

# Compressed inputs against inflating alone: MB are inflated bytes.
echo
echo "| command | MB inflated | median s | MB/s |"
echo "| --- | ---: | ---: | ---: |"
for set in logs sql; do
    gz=$(ls "$corpus/$set"/*.gz | tr "\n" " ")
    rounds "$set-gz" "gzip -dc $gz" "$work/inflate $gz" \
        "$piiscan scan --quiet --threads 1 --format jsonl $gz" \
        "$piiscan scan --quiet --threads 2 --format jsonl $gz"
    report "$set-gz" "$(mb $(ls "$corpus/$set"/*.log "$corpus/$set"/*.sql 2>/dev/null || true))" \
        "gzip -dc $set" "zlib inflate $set" "piiscan jsonl $set.gz -j1" "piiscan jsonl $set.gz -j2"
done

# Speed ratios, each the median of the ratios within a round (both commands ran side by side),
# with the lowest and highest of them: how far one round can be off on this machine.
echo
echo "| speed ratio (median of per-round ratios; lowest–highest) | logs | sql |"
echo "| --- | ---: | ---: |"
python3 - "$work/times.json" <<'PY'
import json, statistics, sys
t = json.load(open(sys.argv[1]))
def ratio(fast, slow, s):   # how many times faster `fast` ran than `slow`
    a, b = t[fast.format(s=s)], t[slow.format(s=s)]
    ratios = [y / x for x, y in zip(a, b)]
    return f"{statistics.median(ratios):.2f}× ({min(ratios):.2f}–{max(ratios):.2f})"
rows = [
    ("piiscan jsonl / rg --json, -j1", "piiscan jsonl {s} -j1", "rg --json {s} -j1"),
    ("piiscan jsonl / rg --json, -j2", "piiscan jsonl {s} -j2", "rg --json {s} -j2"),
    ("piiscan summary / rg -c, -j1", "piiscan summary {s} -j1", "rg -c {s} -j1"),
    ("piiscan summary / rg -c, -j2", "piiscan summary {s} -j2", "rg -c {s} -j2"),
    ("piiscan jsonl -j2 / -j1", "piiscan jsonl {s} -j2", "piiscan jsonl {s} -j1"),
    ("piiscan jsonl .gz -j1 / gzip -dc", "piiscan jsonl {s}.gz -j1", "gzip -dc {s}"),
    ("piiscan jsonl .gz -j2 / gzip -dc", "piiscan jsonl {s}.gz -j2", "gzip -dc {s}"),
    ("piiscan jsonl .gz -j1 / zlib inflate", "piiscan jsonl {s}.gz -j1", "zlib inflate {s}"),
    ("piiscan jsonl .gz -j2 / zlib inflate", "piiscan jsonl {s}.gz -j2", "zlib inflate {s}"),
]
for name, fast, slow in rows:
    print(f"| {name} | {ratio(fast, slow, 'logs')} | {ratio(fast, slow, 'sql')} |")
PY

echo
echo "Precision and recall (--min-confidence low), logs and SQL:"
# Plain files only: the .gz copies hold the same bytes and would count every label twice.
"$piiscan" scan --quiet --format jsonl --min-confidence low --exclude '*.gz' "$corpus/logs" "$corpus/sql" > "$work/findings.jsonl" || true
python3 "$shared/eval/corpus_score.py" --corpus "$corpus" --findings "$work/findings.jsonl" --only logs/
python3 "$shared/eval/corpus_score.py" --corpus "$corpus" --findings "$work/findings.jsonl" --only sql/
