#!/usr/bin/env bash
# Times the issue-15 targets from a built store: all seven case studies with charts (`multipolar cases --out DIR`,
# target < 30 s) and one brief (`multipolar brief RUS CHN --from 1992 -o brief.html`, target < 2 s), each run RUNS
# times, beside a peer measured in the same run: `multipolar align RUS CHN --from 1992` (process start, store
# open, one dyad's series), so that the figures can be read as ratios on a loaded machine.
# Usage: MULTIPOLAR_DB=/path/store.duckdb bench/cases-timing.sh [RUNS]
set -euo pipefail
CLI=${CLI:-src/Multipolar.Cli/bin/Release/net10.0/multipolar}
: "${MULTIPOLAR_DB:?set MULTIPOLAR_DB to a built store (votes and material-power files ingested)}"
RUNS=${1:-3}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

time_it() {
  local start=$EPOCHREALTIME
  "$@" >/dev/null
  local end=$EPOCHREALTIME
  python3 -c "print(f'{$end - $start:.2f}')"
}

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); store $MULTIPOLAR_DB"
declare -a peer cases brief
for i in $(seq "$RUNS"); do
  peer+=("$(time_it "$CLI" align RUS CHN --from 1992)")
  cases+=("$(time_it "$CLI" cases --out "$OUT/cases")")
  brief+=("$(time_it "$CLI" brief RUS CHN --from 1992 -o "$OUT/brief.html")")
done
echo "peer (align RUS CHN): ${peer[*]} s; median $(median "${peer[@]}") s"
echo "cases (all seven):    ${cases[*]} s; median $(median "${cases[@]}") s"
echo "brief RUS CHN:        ${brief[*]} s; median $(median "${brief[@]}") s"
python3 -c "p=$(median "${peer[@]}"); c=$(median "${cases[@]}"); b=$(median "${brief[@]}"); print(f'ratios to the peer: cases {c/p:.1f}x, brief {b/p:.1f}x')"
echo "files written by cases: $(find "$OUT/cases" -type f | wc -l)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
