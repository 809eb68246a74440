#!/usr/bin/env bash
# Whole-process benchmark of the Loquent command line (see BENCHMARKS.md).
#
#   benchmarks/run-process.sh [REVISIONS [RUNS]]        defaults: 1000 revisions, 10 timed runs per command
#
# Generates REVISIONS revision files in a temporary folder (a linear chain with a feature branch of 5 revisions forked
# and merged back every 200 revisions; each revision creates one table with one column and its downgrade drops it),
# a loquent.properties for a SQLite file in that folder, then runs cli/target/loquent.jar:
#   1. once cold: 'upgrade head' compiles every file, fills the compile cache and applies every revision;
#   2. warm, RUNS times each after 2 warm-up runs: '--version' (JVM start only), 'heads' (scripts from the cache, no
#      database), 'current', a no-op 'upgrade head', and 'history'.
# It prints mean/min/max wall-clock milliseconds per command. hyperfine is used when installed, a date loop otherwise.
# Environment: LOQUENT_JAR (default cli/target/loquent.jar), KEEP=1 keeps the folder, JAVA (default java),
# HYPERFINE=none times with the date loop even where hyperfine is installed.
set -euo pipefail

revisions=${1:-1000}
runs=${2:-10}
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar=${LOQUENT_JAR:-$root/cli/target/loquent.jar}
java=${JAVA:-java}

if [ ! -f "$jar" ]; then
  echo "run-process: $jar is missing; build it with: mvn -B -q -pl cli -am package -DskipTests" >&2
  exit 2
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/loquent-bench.XXXXXX")"
if [ "${KEEP:-0}" = 1 ]; then
  echo "run-process: keeping $work"
else
  trap 'rm -rf "$work"' EXIT
fi
config="$work/loquent.properties"
printf 'url=jdbc:sqlite:%s/bench.db\nscripts=migrations\n' "$work" > "$config"

# --- generation (history.sh) ---------------------------------------------------------------------------------------
# shellcheck source=history.sh
. "$root/benchmarks/history.sh"
history_chain "$work/migrations" "$revisions"
top=$history_head
branches=$history_branches
echo "run-process: $revisions revision files ($branches branches forked and merged back) in $work/migrations"

# --- the machine, so that a figure is never read without its context ----------------------------------------------
echo "run-process: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load:$(cut -d' ' -f1-3 /proc/loadavg)"
"$java" -version 2>&1 | head -1 | sed 's/^/run-process: /'
if awk -v n="$(nproc)" '{ exit !($1 > n / 2) }' /proc/loadavg; then
  echo "run-process: WARNING: the machine is busy (load above half the cores); figures will be too high" >&2
fi

now_ms() {
  local ns
  ns=$(date +%s%N)
  echo $((ns / 1000000))
}

# --- 1. cold: compile everything, fill the cache, apply every revision --------------------------------------------
lq=("$java" -jar "$jar" -c "$config")
start=$(now_ms)
"${lq[@]}" upgrade head > "$work/cold.log" 2>&1 # progress lines are on stderr
cold=$(( $(now_ms) - start ))
applied=$(grep -c '^Running upgrade' "$work/cold.log" || true)
if [ "$applied" -ne "$revisions" ]; then
  echo "run-process: the cold upgrade applied $applied revisions, expected $revisions; see $work/cold.log" >&2
  exit 1
fi
current=$("${lq[@]}" current)
if [ "$current" != "$top (head)" ]; then
  echo "run-process: 'current' printed '$current', expected '$top (head)'" >&2
  exit 1
fi
echo "run-process: cold 'upgrade head' (javac for $revisions files, then $applied revisions applied): $cold ms"

# --- 2. warm: every command against the filled cache and the database at head -------------------------------------
names=("--version" "heads" "current" "upgrade head" "history")
csv="$work/warm.csv"
if [ "${HYPERFINE:-}" != none ] && command -v hyperfine > /dev/null; then
  commands=()
  for name in "${names[@]}"; do
    commands+=("$(printf '%q ' "${lq[@]}") $name")
  done
  hyperfine --style basic --warmup 2 --runs "$runs" --export-csv "$work/hyperfine.csv" "${commands[@]}" >&2
  # command,mean,stddev,median,user,system,min,max (seconds) -> name,mean_ms,min_ms,max_ms
  awk -F, -v names="$(IFS='|'; echo "${names[*]}")" 'BEGIN { split(names, n, "|") }
    NR > 1 { printf "%s,%.0f,%.0f,%.0f\n", n[NR - 1], $2 * 1000, $7 * 1000, $8 * 1000 }' \
    "$work/hyperfine.csv" > "$csv"
  tool="hyperfine"
else
  : > "$csv"
  for name in "${names[@]}"; do
    read -r -a args <<< "$name"
    for ((i = 0; i < 2; i++)); do "${lq[@]}" "${args[@]}" > /dev/null; done
    times=()
    for ((i = 0; i < runs; i++)); do
      start=$(now_ms)
      "${lq[@]}" "${args[@]}" > /dev/null
      times+=($(( $(now_ms) - start )))
    done
    printf '%s\n' "${times[@]}" | awk -v name="$name" '
      { s += $1; if (NR == 1 || $1 < lo) lo = $1; if ($1 > hi) hi = $1 }
      END { printf "%s,%.0f,%.0f,%.0f\n", name, s / NR, lo, hi }' >> "$csv"
  done
  tool="a date +%s%N loop"
fi

echo
echo "Whole process, $revisions revisions, warm compile cache, $runs runs each ($tool), wall-clock ms:"
printf '%-22s %8s %8s %8s\n' "command" "mean" "min" "max"
printf '%-22s %8s %8s %8s\n' "upgrade head (cold)" "$cold" "-" "-"
awk -F, '{ printf "%-22s %8s %8s %8s\n", $1, $2, $3, $4 }' "$csv"
current_mean=$(awk -F, '$1 == "current" { print $2 }' "$csv")
if [ "$current_mean" -lt 1000 ]; then verdict="met"; else verdict="MISSED"; fi
echo "target: 'current' under 1000 ms whole-process: $verdict (mean $current_mean ms)"
