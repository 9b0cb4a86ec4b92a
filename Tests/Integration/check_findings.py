#!/usr/bin/env python3
"""Compares piiscan's JSON Lines findings (with --show-values) in a dump with the expected
'table.column category value' lines. Schema prefixes such as 'public.' are ignored."""
import collections, json, sys

findings, expected = sys.argv[1], sys.argv[2]
got = collections.Counter()
for line in open(findings):
    f = json.loads(line)
    table = (f.get("table") or "-").split(".")[-1]
    category = f["category"] + ("/" + f["subcategory"] if f["subcategory"] else "")
    got[f"{table}.{f.get('table_column') or '-'} {category} {f['value']}"] += 1
want = collections.Counter(l.strip() for l in open(expected) if l.strip())
missing, extra = want - got, got - want
for k in sorted(missing):
    print(f"  missing: {k}")
for k in sorted(extra):
    print(f"  unexpected: {k}")
sys.exit(1 if missing or extra else 0)
