# shellcheck shell=bash
# Part of the Migration Guard supervisor (joined into one script at build time). Small helpers every mode uses: time, sleep, JSON, events, parameters, state paths.

# --- small helpers -----------------------------------------------------------------------------------------

now_ms() {
  if [[ -n ${EPOCHREALTIME-} ]]; then
    local t=${EPOCHREALTIME/[.,]/}
    printf '%s' "$((t / 1000))"
  else
    date +%s%3N
  fi
}

# Sleeps without forking (a fork every 50 ms for ten minutes adds up): read on a pipe nobody writes to.
nap() {
  if [[ -z ${NAP_FD-} ]]; then exec {NAP_FD}<> <(:); fi
  read -r -t "$1" -u "$NAP_FD" _ 2>/dev/null || true
}

# JSON string escaping for the few free-text fields (messages, paths); control characters are dropped.
json_str() {
  local s=$1
  s=${s//\\/\\\\}
  s=${s//\"/\\\"}
  s=${s//$'\n'/\\n}
  s=${s//$'\r'/\\r}
  s=${s//$'\t'/\\t}
  s=${s//[$'\001'-$'\037']/}
  printf '"%s"' "$s"
}

# emit KEY VALUE... → one event line on the stream and in the journal. Known numeric keys stay numbers.
STREAM_FD=1
JOURNAL_FD=""
emit() {
  local body="" key value
  while (($# >= 2)); do
    key=$1 value=$2
    shift 2
    case $key in
    ms | rc | pid | index | size | timeout | deadline | protocol | db_size | free | entries | terminated | dump_ms | verify_ms | pruned | code) body+=",\"$key\":$((10#${value:-0}))" ;;
    *) body+=",\"$key\":$(json_str "$value")" ;;
    esac
  done
  local line
  line="{\"at\":$(now_ms)${body}}"
  printf '@mg:event %s\n' "$line" >&"$STREAM_FD"
  [[ -n $JOURNAL_FD ]] && printf '%s\n' "$line" >&"$JOURNAL_FD"
  return 0
}

# Prefixes every line a child prints, so child output can never be mistaken for an event.
prefix_lines() {
  local line
  while IFS= read -r line || [[ -n $line ]]; do
    printf '@mg:out %s\n' "${line//$'\r'/}"
  done
}

die_params() {
  printf '@mg:event {"at":%s,"t":"error","phase":"params","message":%s}\n' "$(now_ms)" "$(json_str "$1")"
  exit 2
}

# Reads NUL-terminated NAME=value records from stdin until an empty record. Only MG_* names are accepted;
# values are assigned verbatim (no eval, no word splitting), so any byte but NUL is safe.
read_params() {
  local record name
  while IFS= read -r -d '' record; do
    [[ -z $record ]] && return 0
    name=${record%%=*}
    [[ $record == *=* && $name =~ ^MG_[A-Z0-9_]+$ ]] || die_params "bad parameter record (expected MG_NAME=value)"
    printf -v "$name" '%s' "${record#*=}"
    export "${name?}"
  done
  die_params "the parameters ended without the closing empty record"
}

state_root() {
  printf '%s' "${MG_STATE_DIR:-${HOME:-/tmp}/.migration-guard}"
}

# One state directory per application directory: the lock and the journals of its deploys live there.
app_state_dir() {
  local key
  key=$(printf '%s' "$MG_APP_DIR" | sha256sum)
  printf '%s/apps/%s' "$(state_root)" "${key:0:16}"
}

check_id() {
  [[ ${MG_DEPLOY_ID-} =~ ^[A-Za-z0-9._-]{1,100}$ && $MG_DEPLOY_ID != .* ]] ||
    die_params "MG_DEPLOY_ID must be 1-100 of [A-Za-z0-9._-]"
}
