#!/usr/bin/env bash
# Issue #13's figures in one run, whole process, each against its floor measured in the same run (BENCHMARKS.md,
# "Speed: issue #13"):
#   1. 'loquent --help' (the JVM and the command line), then 'current', 'heads', 'history' and a no-op 'upgrade head'
#      on a history of REVISIONS revisions (warm compile cache, database at head), on each database, and on SQLite
#      with LARGE revisions too;
#   2. applying APPLY revisions from an empty database (each a CREATE TABLE of four columns with a unique constraint
#      and an index, written with the DSL): raw JDBC running the same statements (RawJdbcApply), one transaction per
#      revision where the database has transactional DDL (the floor the ratios use) and with every statement
#      committing on its own (JDBC's default), Loquent with a warm compile cache, and Loquent's first run, which
#      compiles the scripts; with Loquent's peak memory (RSS).
# Every figure is the median of RUNS runs, in milliseconds; the ratios are what the issue's goals are stated in.
#
#   benchmarks/speed.sh
#
# Environment: RUNS (5), REVISIONS (1000), LARGE (10000; 0 skips), APPLY (1000), DATABASES ("sqlite postgresql
# mariadb"), PSQL ("psql -h 127.0.0.1 -U postgres") and MARIADB ("mariadb -h 127.0.0.1 -u root") to create and drop
# the scratch database loquent_speed, PG_URL and MARIADB_URL (the JDBC URLs of that database), KEEP=1 keeps the
# temporary folder. Needs cli/target/loquent.jar and benchmarks/target/classes:
#   mvn -B -q -pl cli,benchmarks -am package -DskipTests
# Progress goes to stderr, the tables to stdout.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=${RUNS:-5}
revisions=${REVISIONS:-1000}
large=${LARGE:-10000}
apply=${APPLY:-1000}
databases=${DATABASES:-sqlite postgresql mariadb}
read -r -a psql <<< "${PSQL:-psql -h 127.0.0.1 -U postgres}"
read -r -a mariadb <<< "${MARIADB:-mariadb -h 127.0.0.1 -u root}"
pg_url=${PG_URL:-jdbc:postgresql://127.0.0.1:5432/loquent_speed?user=postgres}
mariadb_url=${MARIADB_URL:-jdbc:mariadb://127.0.0.1:3306/loquent_speed?user=root}
jar=$root/cli/target/loquent.jar
classes=$root/benchmarks/target/classes
# What the launcher runs (the 'loquent' script at the root of the checkout); the floor of raw JDBC uses the same flags.
java_flags=(-XX:TieredStopAtLevel=1)

for needed in "$jar" "$classes/io/loquent/benchmarks/RawJdbcApply.class"; do
  if [ ! -e "$needed" ]; then
    echo "speed: $needed is missing; build with: mvn -B -q -pl cli,benchmarks -am package -DskipTests" >&2
    exit 2
  fi
done
work="$(mktemp -d "${TMPDIR:-/tmp}/loquent-speed.XXXXXX")"
if [ "${KEEP:-0}" = 1 ]; then echo "speed: keeping $work" >&2; else trap 'rm -rf "$work"' EXIT; fi
# shellcheck source=history.sh
. "$root/benchmarks/history.sh"

say() { echo "speed: $*" >&2; }
now_ns() { date +%s%N; }

# median_of MS...: the median (the lower of the two middle values for an even count)
median_of() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# timed RESET COMMAND...: runs RESET (untimed, may be :), then COMMAND with stdout discarded, RUNS times after one
# warm-up; sets $median, $low, $high (ms) and $rss (peak KiB of the last run).
timed() {
  local reset=$1 i start times=()
  shift
  for ((i = 0; i <= runs; i++)); do
    $reset
    start=$(now_ns)
    /usr/bin/time -f %M -o "$work/rss" "$@" > /dev/null 2>> "$work/stderr.log"
    if [ "$i" -gt 0 ]; then times+=($(( ($(now_ns) - start) / 1000000 ))); fi
  done
  median=$(median_of "${times[@]}")
  low=$(printf '%s\n' "${times[@]}" | sort -n | head -1)
  high=$(printf '%s\n' "${times[@]}" | sort -n | tail -1)
  rss=$(tail -1 "$work/rss")
}

url_of() {
  case $1 in
    sqlite) echo "jdbc:sqlite:$2/db.sqlite" ;;
    postgresql) echo "$pg_url" ;;
    mariadb) echo "$mariadb_url" ;;
  esac
}

# fresh DATABASE FOLDER: an empty scratch database
fresh() {
  case $1 in
    sqlite) rm -f "$2/db.sqlite" ;;
    postgresql) "${psql[@]}" -q -X -c "DROP DATABASE IF EXISTS loquent_speed" -c "CREATE DATABASE loquent_speed" > /dev/null ;;
    mariadb) "${mariadb[@]}" -e "DROP DATABASE IF EXISTS loquent_speed; CREATE DATABASE loquent_speed" ;;
  esac
}

reachable() {
  case $1 in
    sqlite) return 0 ;;
    postgresql) "${psql[@]}" -q -X -c "SELECT 1" > /dev/null 2>&1 ;;
    mariadb) "${mariadb[@]}" -e "SELECT 1" > /dev/null 2>&1 ;;
  esac
}

# project NAME DATABASE: a folder with a loquent.properties for DATABASE; prints its path
project() {
  local folder="$work/$1"
  mkdir -p "$folder"
  printf 'url=%s\nscripts=migrations\n' "$(url_of "$2" "$folder")" > "$folder/loquent.properties"
  echo "$folder"
}

lq() { "$root/loquent" -c "$folder/loquent.properties" "$@"; }

say "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1), $runs runs per figure"
if awk -v n="$(nproc)" '{ exit !($1 > n / 2) }' /proc/loadavg; then
  say "WARNING: the machine is busy (load above half the cores); figures will be too high"
fi

# --- 1. commands at head ----------------------------------------------------------------------------------------------
timed : "$root/loquent" --help
help=$median
echo "## Commands at head (median of $runs runs, ms; ratio to --help, $help ms)"
echo
echo "| database | revisions | current | heads | history | upgrade head (no-op) |"
echo "|---|---|---|---|---|---|"
reads() { # DATABASE REVISIONS
  folder=$(project "reads-$1-$2" "$1")
  say "$1: $2 revisions, generating and applying them (the first run compiles)"
  history_chain "$folder/migrations" "$2"
  fresh "$1" "$folder"
  lq upgrade head 2> "$folder/cold.log" || { say "cold upgrade failed, see $folder/cold.log"; exit 1; }
  [ "$(lq current 2>/dev/null)" = "$history_head (head)" ] || { say "current is not $history_head (head)"; exit 1; }
  local row="| $1 | $2 |" command
  for command in current heads history "upgrade head"; do
    read -r -a args <<< "$command"
    timed : "$root/loquent" -c "$folder/loquent.properties" "${args[@]}"
    row+=" $median ($(awk -v a="$median" -v b="$help" 'BEGIN { printf "%.2f", a / b }')×) |"
  done
  echo "$row"
  [ "$1" = sqlite ] || fresh "$1" "$folder"
}
for database in $databases; do
  if ! reachable "$database"; then say "$database is not reachable: skipped"; continue; fi
  reads "$database" "$revisions"
done
if [ "$large" -gt 0 ] && [[ " $databases " == *" sqlite "* ]]; then
  reads sqlite "$large"
fi
echo

# --- 2. applying revisions from an empty database ---------------------------------------------------------------------
echo "## Applying $apply revisions from an empty database (median of $runs runs, ms; ratio to raw JDBC)"
echo
echo "| database | raw JDBC, a transaction per revision | raw JDBC, autocommit | Loquent, warm cache | ratio | Loquent, first run (compiles) | ratio | Loquent peak RSS |"
echo "|---|---|---|---|---|---|---|---|"
for database in $databases; do
  if ! reachable "$database"; then continue; fi
  folder=$(project "apply-$database" "$database")
  say "$database: $apply table revisions"
  history_tables "$folder/migrations" "$apply"
  url=$(url_of "$database" "$folder")
  lq upgrade head --sql > "$folder/apply.sql" 2> /dev/null
  reset_db() { fresh "$database" "$folder"; }
  reset_cold() { fresh "$database" "$folder"; rm -rf "$folder/.loquent"; }
  timed reset_db java "${java_flags[@]}" -cp "$jar:$classes" io.loquent.benchmarks.RawJdbcApply "$url" "$folder/apply.sql"
  raw=$median
  timed reset_db java "${java_flags[@]}" -cp "$jar:$classes" io.loquent.benchmarks.RawJdbcApply "$url" "$folder/apply.sql" --autocommit
  autocommit=$median
  timed reset_db "$root/loquent" -c "$folder/loquent.properties" upgrade head
  warm=$median
  warm_rss=$rss
  [ "$(lq current 2>/dev/null)" = "$history_head (head)" ] || { say "$database: current is not $history_head (head)"; exit 1; }
  timed reset_cold "$root/loquent" -c "$folder/loquent.properties" upgrade head
  cold=$median
  ratio() { awk -v a="$1" -v b="$raw" 'BEGIN { printf "%.2f×", a / b }'; }
  echo "| $database | $raw | $autocommit | $warm | $(ratio "$warm") | $cold | $(ratio "$cold") | $((warm_rss / 1024)) MiB |"
  [ "$database" = sqlite ] || fresh "$database" "$folder"
done
