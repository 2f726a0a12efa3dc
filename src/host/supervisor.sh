#!/usr/bin/env bash
# Migration Guard host-side supervisor. Shipped inside the action, copied to the host and run with bash.
#
# Why it exists: closing a local `ssh` does not stop the remote command, and a cancelled runner gets ~10 s.
# So the deploy runs here, detached from the SSH session (setsid), under a flock deploy lock, with its own
# deadline that kills the whole process group of the migration, and a journal on disk that a reconnecting
# action can read.
#
# Parameters never arrive in a command string: stdin carries NUL-terminated `MG_NAME=value` records, ended
# by an empty record. In `deploy` mode the lines that follow on stdin are the action's gate decision.
#
# Output (stdout): one line per record, `@mg:event <json>` for events and `@mg:out <text>` for the output of
# the commands it runs, so nothing a migration prints can pass for an event.
#
# Needs only bash >= 4.3, flock, setsid, kill, tail and coreutils (base64, sha256sum, mkdir, mv, rm).

set -u
set -o pipefail
umask 077

readonly PROTOCOL_VERSION=1
SELF=${BASH_SOURCE[0]}

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
    ms | rc | pid | index | size | timeout | deadline | protocol) body+=",\"$key\":$((10#${value:-0}))" ;;
    *) body+=",\"$key\":$(json_str "$value")" ;;
    esac
  done
  local line="{\"at\":$(now_ms)${body}}"
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

# --- running commands under a deadline ------------------------------------------------------------------

# Environment of the commands we run: our own MG_* parameters are internal, except the few documented ones.
child_env() {
  local name
  for name in ${!MG_@}; do
    case $name in MG_REF | MG_SHA | MG_ENVIRONMENT | MG_DEPLOY_ID | MG_APP_DIR | MG_BACKUP_PATH) ;; *) unset "$name" ;; esac
  done
}

# run_group DEADLINE_MS LABEL CMD... : runs CMD in the app dir in a new session (so its process group is
# ours to kill), streams its output, and enforces the deadline on the whole group: TERM, then KILL after
# MG_KILL_GRACE seconds. Sets RG_RC (exit code) and RG_TIMED_OUT (true/false).
CURRENT_PGID=""
run_group() {
  local deadline=$1 label=$2
  shift 2
  local pidfile="$DEPLOY_DIR/pgid.$label"
  rm -f "$pidfile"
  (
    child_env
    cd -- "$MG_APP_DIR" || exit 127
    # bash -c records its own pid (= the new session's pgid) before exec'ing the command.
    exec setsid -w bash -c 'printf "%s" "$$" >"$0.tmp" && mv -f "$0.tmp" "$0" && exec "$@"' "$pidfile" "$@" \
      </dev/null 2>&1
  ) > >(prefix_lines >&"$STREAM_FD") &
  local pid=$! pgid="" grace_end=0 now
  RG_TIMED_OUT=false
  while kill -0 "$pid" 2>/dev/null; do
    [[ -z $pgid && -s $pidfile ]] && pgid=$(<"$pidfile") && CURRENT_PGID=$pgid
    now=$(now_ms)
    if ((grace_end == 0 && now >= deadline)); then
      RG_TIMED_OUT=true
      emit t deadline phase "$PHASE" action term
      [[ -n $pgid ]] && kill -TERM -- "-$pgid" 2>/dev/null
      kill -TERM "$pid" 2>/dev/null
      grace_end=$((now + ${MG_KILL_GRACE:-5} * 1000))
    elif ((grace_end > 0 && now >= grace_end)); then
      emit t deadline phase "$PHASE" action kill
      [[ -n $pgid ]] && kill -KILL -- "-$pgid" 2>/dev/null
      kill -KILL "$pid" 2>/dev/null
      grace_end=$((now + 3600000))
    fi
    nap 0.05
  done
  wait "$pid"
  RG_RC=$?
  [[ -z $pgid && -s $pidfile ]] && pgid=$(<"$pidfile")
  # Whatever the leader left behind in its group (a forked helper holding a connection) goes too.
  if [[ -n $pgid ]] && kill -0 -- "-$pgid" 2>/dev/null; then
    kill -TERM -- "-$pgid" 2>/dev/null
    local i
    for ((i = 0; i < 40; i++)); do
      kill -0 -- "-$pgid" 2>/dev/null || break
      nap 0.05
    done
    kill -KILL -- "-$pgid" 2>/dev/null
  fi
  CURRENT_PGID=""
  rm -f "$pidfile"
  $RG_TIMED_OUT && RG_RC=124
  return 0
}

# Splits newline-separated argv words (the action validated that no word holds a newline).
argv_from() {
  local -n out=$1
  out=()
  [[ -z $2 ]] && return 0
  mapfile -t out <<<"$2"
}

# --- phases ---------------------------------------------------------------------------------------------

PHASE=""
PHASE_START=0
phase_start() {
  PHASE=$1
  PHASE_START=$(now_ms)
  emit t phase phase "$PHASE" state start
}
phase_end() {
  local state=$1
  shift
  emit t phase phase "$PHASE" state "$state" ms "$(($(now_ms) - PHASE_START))" "$@"
}

finish() {
  local result=$1 message=${2-}
  emit t result result "$result" message "$message"
  rm -f "$DEPLOY_DIR/params" "$DEPLOY_DIR/decision"
  emit t end
  exit 0
}

preflight() {
  phase_start preflight
  local missing=() tool
  for tool in flock setsid tail base64 sha256sum mkdir mv rm kill; do
    type -P "$tool" >/dev/null 2>&1 || [[ $(type -t "$tool") == builtin ]] || missing+=("$tool")
  done
  if ((BASH_VERSINFO[0] < 4 || (BASH_VERSINFO[0] == 4 && BASH_VERSINFO[1] < 3))); then missing+=("bash>=4.3"); fi
  if ((${#missing[@]})); then
    phase_end failed message "missing on the host: ${missing[*]}"
    finish failed "The host lacks ${missing[*]}; install them (coreutils, util-linux) and retry."
  fi
  if [[ ! -d $MG_APP_DIR ]]; then
    phase_end failed message "app-dir does not exist on the host: $MG_APP_DIR"
    finish failed "The app directory $MG_APP_DIR does not exist on the host; check the app-dir input."
  fi
  local first
  if ((${#RUN_PREFIX[@]})); then first=${RUN_PREFIX[0]}; else first=${STATUS_1[0]-}; fi
  if [[ -n $first ]]; then
    if [[ $first == */* ]]; then
      (cd -- "$MG_APP_DIR" && [[ -x $first ]]) || missing+=("$first")
    elif ! (cd -- "$MG_APP_DIR" && type -P -- "$first" >/dev/null 2>&1); then
      missing+=("$first")
    fi
  fi
  if ((${#missing[@]})); then
    phase_end failed message "command not found on the host: ${missing[*]}"
    finish failed "The command ${missing[*]} is not found in $MG_APP_DIR on the host; check run-prefix / framework."
  fi
  phase_end ok
}

update_code() {
  phase_start update
  if [[ -z ${MG_UPDATE_COMMAND-} ]]; then
    phase_end skipped
    return
  fi
  run_group $(($(now_ms) + ${MG_STEP_TIMEOUT:-600} * 1000)) update bash -c "$MG_UPDATE_COMMAND"
  if ((RG_RC != 0)); then
    phase_end failed rc "$RG_RC"
    finish failed "update-command exited with code $RG_RC$($RG_TIMED_OUT && echo " (timed out)")"
  fi
  phase_end ok
}

# Runs every status command; each output goes back base64-encoded so the action's parser sees exact bytes.
STATUS_RC=0
read_status() {
  local name=$1 i out var
  STATUS_RC=0
  for i in 1 2 3; do
    var="STATUS_$i"
    local -n words=$var
    ((${#words[@]})) || continue
    out="$DEPLOY_DIR/status.$i"
    (
      child_env
      cd -- "$MG_APP_DIR" || exit 127
      exec timeout -k 5 "${MG_STEP_TIMEOUT:-600}" "${RUN_PREFIX[@]}" "${words[@]}" </dev/null >"$out" 2>"$out.err"
    )
    local rc=$?
    emit t status name "$name" index "$i" rc "$rc" stdout "$(base64 -w0 <"$out")" stderr "$(head -c 65536 "$out.err" | base64 -w0)"
    rm -f "$out" "$out.err"
    ((rc != 0)) && STATUS_RC=$rc
    unset -n words
  done
}

# Waits for the gate decision the action writes through the front process: `go`, or `stop REASON`.
DECISION=""
wait_decision() {
  local deadline=$(($(now_ms) + ${MG_DECISION_WAIT:-300} * 1000))
  emit t awaiting phase gate
  while [[ ! -s $DEPLOY_DIR/decision ]]; do
    if (($(now_ms) >= deadline)); then
      DECISION="stop no-decision"
      return
    fi
    nap 0.02
  done
  DECISION=$(<"$DEPLOY_DIR/decision")
}

migrate() {
  phase_start migrate
  local timeout=${MG_TIMEOUT:-600}
  local start
  start=$(now_ms)
  local deadline=$((start + timeout * 1000))
  emit t deadline-set phase migrate timeout "$timeout" deadline "$deadline"
  local env_args=()
  if [[ ${MG_DATABASE:-postgresql} == postgresql ]]; then
    # A blocked ALTER fails fast instead of eating the window; no statement outlives the deadline. Set for
    # the migration's command only (with run-prefix `docker exec`, pass them on with `-e PGOPTIONS`).
    env_args=(env "PGOPTIONS=${PGOPTIONS:+$PGOPTIONS }-c lock_timeout=${MG_LOCK_TIMEOUT:-5000} -c statement_timeout=${MG_STATEMENT_TIMEOUT:-$((timeout * 1000))}"
      "PGAPPNAME=migration-guard:$MG_DEPLOY_ID")
  fi
  run_group "$deadline" migrate "${env_args[@]}" "${RUN_PREFIX[@]}" "${MIGRATE[@]}"
  local rc=$RG_RC
  if ((rc == 124)); then
    phase_end timed-out rc "$rc" timeout "$timeout"
    MIGRATE_RESULT=timed-out
  elif ((rc != 0)); then
    phase_end failed rc "$rc"
    MIGRATE_RESULT=failed
  else
    phase_end ok
    MIGRATE_RESULT=migrated
  fi
}

on_signal() {
  # The host is stopping us (shutdown, an operator): the migration must not outlive its supervisor.
  if [[ -n $CURRENT_PGID ]]; then
    kill -TERM -- "-$CURRENT_PGID" 2>/dev/null
    sleep 2
    kill -KILL -- "-$CURRENT_PGID" 2>/dev/null
  fi
  emit t phase phase "${PHASE:-supervisor}" state stopped
  emit t result result failed message "the supervisor was stopped by a signal on the host"
  emit t end
  exit 1
}

# The detached part: everything that must go on when the SSH session is gone.
worker() {
  DEPLOY_DIR=$1
  exec {STREAM_FD}>>"$DEPLOY_DIR/stream" {JOURNAL_FD}>>"$DEPLOY_DIR/journal.jsonl"
  JOURNAL="$DEPLOY_DIR/journal.jsonl"
  read_params <"$DEPLOY_DIR/params"
  printf '%s' "$$" >"$DEPLOY_DIR/worker.pid"
  trap on_signal TERM INT HUP
  argv_from RUN_PREFIX "${MG_RUN_PREFIX-}"
  argv_from STATUS_1 "${MG_STATUS_1-}"
  argv_from STATUS_2 "${MG_STATUS_2-}"
  argv_from STATUS_3 "${MG_STATUS_3-}"
  argv_from MIGRATE "${MG_MIGRATE-}"

  emit t hello protocol "$PROTOCOL_VERSION" deploy "$MG_DEPLOY_ID" pid "$$" journal "$JOURNAL" bash "$BASH_VERSION"

  # The lock is per app dir; the kernel drops it if we die, and our children inherit it, so a migration
  # that somehow outlived us would still keep a second deploy out.
  local state lock holder
  state=$(app_state_dir)
  lock="$state/deploy.lock"
  exec {LOCK_FD}>>"$lock"
  phase_start lock
  if ! flock -n "$LOCK_FD"; then
    holder=$(cat "$lock.holder" 2>/dev/null || echo "unknown")
    emit t lock state waiting holder "$holder"
    if ! flock -w "${MG_LOCK_WAIT:-900}" "$LOCK_FD"; then
      holder=$(cat "$lock.holder" 2>/dev/null || echo "unknown")
      phase_end failed holder "$holder"
      finish failed "Another deploy holds the lock on $MG_APP_DIR after waiting ${MG_LOCK_WAIT:-900}s: $holder"
    fi
  fi
  printf 'deploy %s (environment %s, %s, started %s, supervisor pid %s)' "$MG_DEPLOY_ID" "${MG_ENVIRONMENT-}" \
    "${MG_ORIGIN:-unknown origin}" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$$" >"$lock.holder"
  phase_end ok

  preflight
  update_code

  phase_start pending
  read_status before
  if ((STATUS_RC != 0)); then
    phase_end failed rc "$STATUS_RC"
    finish failed "The status command failed (exit $STATUS_RC): the database may be unreachable or the app misconfigured."
  fi
  phase_end ok

  phase_start gate
  wait_decision
  case $DECISION in
  go)
    phase_end ok decision go
    ;;
  "stop "*)
    phase_end stopped decision "${DECISION#stop }"
    case ${DECISION#stop } in
    up-to-date) finish up-to-date ;;
    blocked) finish blocked "destructive migrations are not approved for this environment" ;;
    dry-run) finish dry-run ;;
    *) finish failed "stopped before migrating: ${DECISION#stop }" ;;
    esac
    ;;
  *)
    phase_end failed decision "$DECISION"
    finish failed "unknown decision from the action"
    ;;
  esac

  MIGRATE_RESULT=""
  migrate
  if [[ $MIGRATE_RESULT != migrated ]]; then
    # What did get applied before the failure: read the database again.
    phase_start verify
    read_status after
    phase_end "$( ((STATUS_RC == 0)) && echo ok || echo failed)"
  fi
  finish "$MIGRATE_RESULT"
}

# The SSH-facing part: store the parameters, start the worker detached, relay its stream and the decision.
front() {
  check_id
  [[ -n ${MG_APP_DIR-} ]] || die_params "MG_APP_DIR is required"
  local state dir
  state=$(app_state_dir)
  dir="$state/deploys/$MG_DEPLOY_ID"
  mkdir -p -- "$state/deploys" || die_params "cannot create the state directory $state"
  mkdir -- "$dir" 2>/dev/null || die_params "deploy $MG_DEPLOY_ID already exists on the host"
  local name
  for name in ${!MG_@}; do printf '%s=%s\0' "$name" "${!name}"; done >"$dir/params"
  printf '\0' >>"$dir/params"
  : >"$dir/stream"
  # Older deploys' journals: keep the last 20.
  (cd -- "$state/deploys" && ls -1t | tail -n +21 | while IFS= read -r old; do rm -rf -- "$old"; done) 2>/dev/null

  setsid bash "$SELF" worker "$dir" </dev/null >/dev/null 2>&1 &
  local i
  for ((i = 0; i < 200; i++)); do
    [[ -s $dir/worker.pid ]] && break
    nap 0.01
  done
  local wpid
  wpid=$(<"$dir/worker.pid") || die_params "the worker did not start"

  # The decision arrives on our stdin; EOF without one (the action is gone) means stop.
  (
    while IFS= read -r line; do
      [[ $line == go || $line == "stop "* ]] || continue
      printf '%s\n' "$line" >"$dir/decision.tmp" && mv -f "$dir/decision.tmp" "$dir/decision"
    done
    [[ -e $dir/decision ]] || { printf 'stop connection-closed\n' >"$dir/decision.tmp" && mv -f "$dir/decision.tmp" "$dir/decision"; }
  ) <&0 &
  local reader=$!
  tail -n +1 -s 0.05 -f --pid="$wpid" "$dir/stream"
  kill "$reader" 2>/dev/null
  exit 0
}

# Reconnect after a dropped connection: replay the stream from a line and follow it until the worker ends.
attach() {
  check_id
  local dir
  dir="$(app_state_dir)/deploys/$MG_DEPLOY_ID"
  [[ -d $dir ]] || die_params "no deploy $MG_DEPLOY_ID on this host"
  local wpid
  wpid=$(cat "$dir/worker.pid" 2>/dev/null || echo 0)
  if [[ -n ${MG_DECISION-} && ! -e $dir/decision ]]; then
    printf '%s\n' "$MG_DECISION" >"$dir/decision.tmp" && mv -f "$dir/decision.tmp" "$dir/decision"
  fi
  if kill -0 "$wpid" 2>/dev/null; then
    tail -n "+${MG_FROM_LINE:-1}" -s 0.05 -f --pid="$wpid" "$dir/stream"
  else
    tail -n "+${MG_FROM_LINE:-1}" "$dir/stream"
  fi
  exit 0
}

# Read-only: the status commands, for `command: status` and for the action's own checks.
status_only() {
  [[ -n ${MG_APP_DIR-} ]] || die_params "MG_APP_DIR is required"
  MG_DEPLOY_ID=${MG_DEPLOY_ID:-status}
  DEPLOY_DIR=$(mktemp -d)
  trap 'rm -rf -- "$DEPLOY_DIR"' EXIT
  argv_from RUN_PREFIX "${MG_RUN_PREFIX-}"
  argv_from STATUS_1 "${MG_STATUS_1-}"
  argv_from STATUS_2 "${MG_STATUS_2-}"
  argv_from STATUS_3 "${MG_STATUS_3-}"
  emit t hello protocol "$PROTOCOL_VERSION" mode status bash "$BASH_VERSION"
  if [[ ! -d $MG_APP_DIR ]]; then
    emit t result result failed message "The app directory $MG_APP_DIR does not exist on the host; check the app-dir input."
    emit t end
    exit 0
  fi
  phase_start pending
  read_status now
  phase_end "$( ((STATUS_RC == 0)) && echo ok || echo failed)"
  emit t end
  exit 0
}

# Prints the migration files the action will classify. Patterns are globs relative to the app dir (the
# action checked them: no `..`, not absolute); globbing a quoted variable expands names, nothing else.
files() {
  [[ -d ${MG_APP_DIR-} ]] || die_params "the app directory does not exist on the host"
  cd -- "$MG_APP_DIR" || exit 1
  shopt -s nullglob
  local pattern path IFS=
  local -A seen=()
  while IFS= read -r pattern; do
    [[ -z $pattern || $pattern == /* || $pattern == *..* ]] && continue
    for path in $pattern; do
      [[ -f $path && -z ${seen[$path]-} ]] || continue
      seen[$path]=1
      emit t file pattern "$pattern" path "$path" size "$(stat -c %s -- "$path" 2>/dev/null || echo 0)" \
        b64 "$(head -c 1048577 -- "$path" | base64 -w0)"
    done
  done <<<"${MG_PATTERNS-}"
  emit t end
  exit 0
}

if [[ ${1-} == worker ]]; then
  worker "$2"
fi
read_params
case ${MG_MODE:-deploy} in
deploy) front ;;
attach) attach ;;
status) status_only ;;
files) files ;;
*) die_params "MG_MODE must be deploy, attach, status or files" ;;
esac
