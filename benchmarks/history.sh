# Revision histories for the whole-process benchmarks, sourced by run-process.sh and speed.sh (see BENCHMARKS.md).
# Only shell built-ins, so that 10,000 files take a few seconds. Files are named and written as 'loquent revision'
# writes them: a date-stamped file name, @Revision(id, down, message), twelve-hex ids.
#
#   history_chain FOLDER N    N revisions, each creating one table with one column and dropping it on downgrade; a
#                             linear chain with a five-revision feature branch forked and merged back every 200
#                             revisions. Sets $history_head and $history_branches.
#   history_tables FOLDER N   N revisions in a straight line, each creating a table of four columns with a unique
#                             constraint and an index, with the DSL. Sets $history_head.

_history_count=0
_history_last=""

# _history_add FOLDER BODY MESSAGE LABEL [PARENT...]: writes the next revision and sets $_history_last to its id.
# BODY is the upgrade's statement, with TABLE standing for the revision's table name.
_history_add() {
  local folder=$1 body=$2 message=$3 label=$4
  shift 4
  _history_count=$((_history_count + 1))
  local id table down stamp slug class word extra=""
  # An odd multiplier modulo 2^48 is a bijection: distinct, random-looking 12-hex ids.
  printf -v id '%012x' $(( (_history_count * 0x5DEECE66D + 40503) & 0xffffffffffff ))
  printf -v table 't%05d' "$_history_count"
  message="$message $table"
  case $# in
    0) down='{}' ;;
    1) down="\"$1\"" ;;
    *) down="{\"$1\", \"$2\"}" ;;
  esac
  if [ -n "$label" ]; then
    extra=", branchLabels = \"$label\""
  fi
  class=""
  for word in $message; do
    class+="${word^}"
  done
  slug=${message// /_}
  slug=${slug:0:40}
  printf -v stamp '20260101_%02d%02d%02d' $((_history_count / 3600)) $((_history_count % 3600 / 60)) $((_history_count % 60))
  cat > "$folder/${stamp}_${id}_${slug}.java" <<JAVA
import io.loquent.api.*;
import static io.loquent.api.Types.*;

@Revision(id = "$id", down = $down$extra, message = "$message")
public final class $class implements MigrationScript {
    @Override public void upgrade(Op op) {
        ${body//TABLE/$table}
    }

    @Override public void downgrade(Op op) {
        op.dropTable("$table");
    }
}
JAVA
  _history_last=$id
}

_history_start() {
  if [ "$2" -gt 86000 ]; then
    echo "history: at most 86000 revisions (one file-name second each within a day)" >&2
    return 2
  fi
  mkdir -p "$1"
  _history_count=0
  _history_last=""
}

history_chain() {
  local folder=$1 revisions=$2 branch_every=200 side=5 top="" trunk feature label i
  local body='op.createTable("TABLE", t -> t.column("id", integer().primaryKey()));'
  _history_start "$folder" "$revisions" || return
  history_branches=0
  while [ "$_history_count" -lt "$revisions" ]; do
    if [ $((_history_count % branch_every)) -eq $((branch_every / 2)) ] \
        && [ $((revisions - _history_count)) -ge $((2 * side + 1)) ]; then
      trunk=$top
      feature=$top
      for ((i = 0; i < side; i++)); do
        _history_add "$folder" "$body" "trunk work" "" "$trunk"
        trunk=$_history_last
        label=""
        if [ "$i" -eq 0 ]; then label="feature_$history_branches"; fi
        _history_add "$folder" "$body" "feature $history_branches part $i" "$label" "$feature"
        feature=$_history_last
      done
      _history_add "$folder" "$body" "merge feature $history_branches" "" "$trunk" "$feature"
      top=$_history_last
      history_branches=$((history_branches + 1))
    elif [ -z "$top" ]; then
      _history_add "$folder" "$body" "create table" ""
      top=$_history_last
    else
      _history_add "$folder" "$body" "create table" "" "$top"
      top=$_history_last
    fi
  done
  history_head=$top
}

history_tables() {
  local folder=$1 revisions=$2
  local body='op.createTable("TABLE", t -> { t.id(); t.column("name", string(100).nullable(false)); t.column("email", string(255).unique()); t.column("created_at", timestamp()); t.index("name"); });'
  _history_start "$folder" "$revisions" || return
  while [ "$_history_count" -lt "$revisions" ]; do
    if [ -z "$_history_last" ]; then
      _history_add "$folder" "$body" "create table" ""
    else
      _history_add "$folder" "$body" "create table" "" "$_history_last"
    fi
  done
  history_head=$_history_last
}
