#!/bin/bash
# Issue 10 targets (docs/benchmarks.md): `multipolar export dyads` of the whole dataset and `multipolar precompute`
# against the NumPy peer (bench/peers/agreement_numpy.py: agreement alone for every dyad-year), measured in one
# run, alternating, on the same machine. Wall time of each whole process (start to exit) by bash's `time`.
#
# Usage: bench/export-vs-numpy.sh CLI ROUNDS   (CLI: the multipolar binary; needs ../shared/data/unvotes, /usr/bin/python3 with numpy)
set -euo pipefail
CLI=${1:-src/Multipolar.Cli/bin/Release/net10.0/multipolar}
ROUNDS=${2:-3}
DATA=${DATA:-../shared/data/unvotes}
WORK=$(mktemp -d /tmp/export-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
"$CLI" ingest "$DATA" --db "$WORK/built.duckdb" > /dev/null
secs() { local s=$(date +%s.%N); "$@" > "$WORK/last.log" 2>&1; echo "$(date +%s.%N) - $s" | bc; }
echo "round,numpy_peer_s,export_dyads_s,precompute_s"
for r in $(seq 1 "$ROUNDS"); do
  cp "$WORK/built.duckdb" "$WORK/store.duckdb"
  peer=$(secs /usr/bin/python3 bench/peers/agreement_numpy.py "$DATA" "$WORK/peer.npy")
  export=$(secs "$CLI" export dyads --db "$WORK/store.duckdb" --out "$WORK/dyads.parquet")
  rows=$(grep -o 'Wrote [0-9,]* dyad rows' "$WORK/last.log" || true)
  pre=$(secs "$CLI" precompute --db "$WORK/store.duckdb")
  echo "$r,$peer,$export,$pre   # $rows; $(grep -o 'Stored [0-9,]* dyad-period-slice contingency tables' "$WORK/last.log" || true)"
done
