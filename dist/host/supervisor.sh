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
# Needs only bash >= 4.3, flock, setsid, kill, tail and coreutils (base64, sha256sum, mkdir, mv, rm, df);
# the built-in backup also needs the PostgreSQL clients (pg_dump, pg_restore, psql), `health-from: host` curl.

set -u
set -o pipefail
umask 077

# Both are read by the sourced parts (modes.sh, worker.sh); checked alone, this file does not see them used.
# shellcheck disable=SC2034
readonly PROTOCOL_VERSION=1
# shellcheck disable=SC2034
SELF=${BASH_SOURCE[0]}

# The parts below are sourced when run from the source tree; the build joins them into this one file.
# Part of the Migration Guard supervisor (joined into one script at build time). Small helpers every mode uses: time, sleep, JSON, events, parameters, state paths.

# --- small helpers -----------------------------------------------------------------------------------------

# now_ms [VAR]: milliseconds since the epoch, printed, or assigned to VAR without a fork (the events and
# phases of a deploy ask for it dozens of times on the way to the migration; `$(now_ms)` forks each time).
now_ms() {
  if [[ -n ${EPOCHREALTIME-} ]]; then
    local now_ms_t=${EPOCHREALTIME/[.,]/}
    if (($#)); then printf -v "$1" '%s' "$((now_ms_t / 1000))"; else printf '%s' "$((now_ms_t / 1000))"; fi
  elif (($#)); then
    printf -v "$1" '%s' "$(date +%s%3N)"
  else
    date +%s%3N
  fi
}

# rm_present FILE...: `rm -f` of the FILEs when any of them is there (a dangling link counts); no process
# when none is, the usual case on a deploy's way to its gate (a process is 5-15 ms on a 2-core VM).
rm_present() {
  local f
  for f; do
    if [[ -e $f || -L $f ]]; then
      rm -f -- "$@"
      return
    fi
  done
  return 0
}

# read_whole VAR FILE: the first line of FILE into VAR, and 0 only when that line is whole (ends in a newline):
# a file write_once is still writing, or one not there yet, is 1 (try again later). No fork.
read_whole() {
  { IFS= read -r "$1" <"$2"; } 2>/dev/null
}

# Sleeps without forking (a fork every 50 ms for ten minutes adds up): read on a pipe nobody writes to.
nap() {
  if [[ -z ${NAP_FD-} ]]; then exec {NAP_FD}<> <(:); fi
  read -r -t "$1" -u "$NAP_FD" _ 2>/dev/null || true
}

# JSON string escaping for the few free-text fields (messages, paths); control characters are dropped.
# json_str S prints it; json_quote VAR S assigns it to VAR (no fork: emit quotes every value it is given).
json_quote() {
  local json_quote_s=$2
  json_quote_s=${json_quote_s//\\/\\\\}
  json_quote_s=${json_quote_s//\"/\\\"}
  json_quote_s=${json_quote_s//$'\n'/\\n}
  json_quote_s=${json_quote_s//$'\r'/\\r}
  json_quote_s=${json_quote_s//$'\t'/\\t}
  json_quote_s=${json_quote_s//[$'\001'-$'\037']/}
  printf -v "$1" '"%s"' "$json_quote_s"
}
json_str() {
  local json_str_q
  json_quote json_str_q "$1"
  printf '%s' "$json_str_q"
}

# emit KEY VALUE... → one event line on the stream and in the journal. Known numeric keys stay numbers.
STREAM_FD=1
JOURNAL_FD=""
emit() {
  local body="" key value quoted at
  while (($# >= 2)); do
    key=$1 value=$2
    shift 2
    case $key in
    ms | rc | pid | index | size | count | truncated | timeout | deadline | protocol | db_size | free | entries | terminated | dump_ms | verify_ms | pruned | code) body+=",\"$key\":$((10#${value:-0}))" ;;
    *)
      json_quote quoted "$value"
      body+=",\"$key\":$quoted"
      ;;
    esac
  done
  now_ms at
  local line="{\"at\":$at${body}}"
  printf '@mg:event %s\n' "$line" >&"$STREAM_FD"
  [[ -n $JOURNAL_FD ]] && printf '%s\n' "$line" >&"$JOURNAL_FD"
  return 0
}

# Prefixes every line a child prints, so child output can never be mistaken for an event: sed does it at
# pipe speed (the bash `read` loop it replaces moved ~0.2 MB/s), one write per line so events and output
# lines never mix.
# At most MG_OUTPUT_CAP bytes (16 MiB) of one command's output are kept on the host; the rest is read and
# dropped (the command is never blocked or killed for printing), and a note says how much was dropped.
prefix_lines() {
  local cap=${MG_OUTPUT_CAP:-16777216} dropped
  {
    head -c "$cap"
    dropped=$(wc -c)
    if ((dropped > 0)); then
      printf '\n[%s more bytes of output were not kept on the host: %s bytes per command at most]\n' "$dropped" "$cap"
      emit t note phase "${PHASE:-}" message "$dropped bytes of output were not kept (at most $cap bytes per command are kept on the host); the command was not affected"
    fi
  } | line_buffered sed -e 's/\r//g' -e 's/^/@mg:out /'
}

# Line-buffered output with buffered input: `sed -u` reads one byte per read() (~0.3 MB/s here), while
# stdbuf -oL sed reads blocks and writes whole lines (~11 MB/s on the same loaded machine).
line_buffered() {
  if type -P stdbuf >/dev/null 2>&1; then stdbuf -oL "$@"; else "$1" -u "${@:2}"; fi
}

# Closes the descriptors a command must not inherit: the deploy lock, the journal, the stream, the database
# lock's session, the runner's pipes (a command holding its stdin would keep it from seeing our end). A process a migration leaves behind then holds none of them.
close_ours() {
  {
    [[ -n ${LOCK_FD-} ]] && exec {LOCK_FD}>&-
    local fd
    for fd in ${DBLOCK_FDS[@]+"${DBLOCK_FDS[@]}"}; do exec {fd}>&-; done
    [[ -n ${NAP_FD-} ]] && exec {NAP_FD}<&-
    [[ -n ${RUNNER_IN-} ]] && exec {RUNNER_IN}>&-
    [[ -n ${RUNNER_OUT-} ]] && exec {RUNNER_OUT}<&-
    if [[ ${1-} != keep-stream ]]; then
      [[ -n ${JOURNAL_FD-} ]] && exec {JOURNAL_FD}>&-
      [[ $STREAM_FD != 1 ]] && exec {STREAM_FD}>&-
    fi
  } 2>/dev/null
  return 0
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

# The application directory as the kernel sees it: `app`, `app/`, `~/app`, `/home/u/app`, `..` or a symlinked
# `current` are one directory, so one lock. A directory that does not exist keeps its literal name (preflight
# reports it).
app_dir_canonical() {
  canonical_app_dir
  printf '%s' "$APP_DIR_CANONICAL"
}

# canonical_app_dir: APP_DIR_CANONICAL (app_dir_canonical's answer), found once per process: the locks' holder
# texts name it, and each lookup was a fork. Found in this shell, which goes back to where it was: the front
# makes it on the way to every deploy's first event, where a $(…) was one more process (5-10 ms on a 2-core
# VM). `cd` then `cd -P .` is `cd` then `pwd -P` (`..` taken as written, then the links resolved).
APP_DIR_CANONICAL=""
canonical_app_dir() {
  [[ -n $APP_DIR_CANONICAL ]] && return 0
  local here=$PWD
  if builtin cd -- "$MG_APP_DIR" >/dev/null 2>&1 && builtin cd -P . >/dev/null 2>&1; then
    APP_DIR_CANONICAL=$PWD
  else
    APP_DIR_CANONICAL=$MG_APP_DIR
  fi
  # The script names itself relative to where it started (SELF): not being back there fails here, before
  # anything ran.
  builtin cd -- "$here" >/dev/null 2>&1 || die_params "cannot return to $here after reading the app dir"
}

# utc_now VAR: the time now as 2024-01-01T00:00:00Z, with bash's own strftime (no fork).
utc_now() {
  TZ=UTC printf -v "$1" '%(%Y-%m-%dT%H:%M:%SZ)T' -1
}

# The key of an application directory: the first 16 hex digits of the sha256 of its canonical path.
app_key() {
  local key
  key=$(app_dir_canonical | sha256sum)
  printf '%s' "${key:0:16}"
}

# One state directory per application directory: the lock and the journals of its deploys live there.
app_state_dir() {
  printf '%s/apps/%s' "$(state_root)" "$(app_key)"
}

# app_state_dir_into VAR: app_state_dir's answer in VAR, on the front's way to the worker's first event (two
# forks where the nested lookups took six).
app_state_dir_into() {
  local key
  canonical_app_dir
  key=$(printf '%s' "$APP_DIR_CANONICAL" | sha256sum)
  printf -v "$1" '%s/apps/%s' "${MG_STATE_DIR:-${HOME:-/tmp}/.migration-guard}" "${key:0:16}"
}

check_id() {
  [[ ${MG_DEPLOY_ID-} =~ ^[A-Za-z0-9._-]{1,100}$ && $MG_DEPLOY_ID != .* ]] ||
    die_params "MG_DEPLOY_ID must be 1-100 of [A-Za-z0-9._-]"
}

# probe_tool TOOL DEAD_PID: tries one tool the way the supervisor uses it (BusyBox and macOS have most of the
# names but not these options). Exit 0 when it works.
probe_tool() {
  case $1 in
  "tail --pid") timeout 5 tail -n 0 -s 0.05 -f --pid="$2" /dev/null </dev/null >/dev/null 2>&1 ;;
  "setsid -w") setsid -w true </dev/null >/dev/null 2>&1 ;;
  "stat -c") [[ $(stat -c %s -- /dev/null 2>/dev/null) == 0 ]] ;;
  "df --output") df --output=avail -B1 -- / >/dev/null 2>&1 ;;
  "head -c") [[ $(printf abc | head -c 2 2>/dev/null) == ab ]] ;;
  "base64 -w0") [[ $(printf a | base64 -w0 2>/dev/null) == YQ== ]] ;;
  "grep -z") printf 'a\0b\0' | grep -q -z -x -F -e b 2>/dev/null ;;
  "find -lname") find / -maxdepth 0 -lname x >/dev/null 2>&1 ;;
  "timeout") timeout 5 true >/dev/null 2>&1 ;;
  # On a pipe of its own: a file any other process may lock (/dev/null, as once here) made two deploys that
  # checked at the same moment report the other's lock as "the host lacks flock".
  flock) flock -n 9 9< <(:) >/dev/null 2>&1 ;;
  *) return 1 ;;
  esac
}

# missing_tools TOOL...: prints what the host lacks of the tools (and the GNU options) the supervisor uses.
# A plain name is looked up on PATH (no fork); the tries that run a program (probe_tool) run all at once, in
# the background, so the check costs about one of them rather than their sum. Listed in the order given.
missing_tools() {
  local tool dead="" i missing=()
  local -a tools=("$@") verdicts=()
  if [[ " $* " == *" tail --pid "* ]]; then
    # A pid that is surely gone, for `tail --pid`.
    (:) &
    dead=$!
    wait "$dead"
  fi
  for ((i = 0; i < ${#tools[@]}; i++)); do
    tool=${tools[i]}
    case $tool in
    "bash>=4.3")
      verdicts[i]=no
      ((BASH_VERSINFO[0] > 4 || (BASH_VERSINFO[0] == 4 && BASH_VERSINFO[1] >= 3))) && verdicts[i]=ok
      ;;
    *" "* | flock | timeout)
      probe_tool "$tool" "$dead" &
      verdicts[i]=$!
      ;;
    *)
      verdicts[i]=no
      if type -P "$tool" >/dev/null 2>&1 || [[ $(type -t "$tool") == builtin ]]; then verdicts[i]=ok; fi
      ;;
    esac
  done
  for ((i = 0; i < ${#tools[@]}; i++)); do
    case ${verdicts[i]} in
    ok) ;;
    no) missing+=("${tools[i]}") ;;
    *) wait "${verdicts[i]}" || missing+=("${tools[i]}") ;;
    esac
  done
  printf '%s' "${missing[*]}"
}

# Part of the Migration Guard supervisor (joined into one script at build time). The SSH-facing modes: deploy (front), attach, status, metrics.

# Reads the action's lines on stdin until EOF: the gate decision (`go`, `stop REASON`), the health verdict
# (`health ...`), the gate's file reads (`read ID BASE64-PATTERNS`) and the health probes of `health-from:
# host` (`fetch ID BASE64-URL`), each written once (write_once) for the worker to pick up when its line is
# whole (read_whole). The worker answers a request once: a reattached action saying it again gets the answer
# from the stream it replays, not a second one.
relay_verdicts() {
  local dir=$1 line
  # `read ID PATTERNS` (the gate's files) and `fetch ID URL` (a health probe from the host): the text as
  # `\xHH` for each of its bytes, which the worker turns back with printf '%b' (see requestText).
  local request='^(read|fetch) ([0-9]{1,6}) ((\\x[0-9a-f]{2})+)$'
  while IFS= read -r line; do
    if ((${#line} <= 1048576)) && [[ $line =~ $request ]]; then
      write_once "$dir/${BASH_REMATCH[1]}.${BASH_REMATCH[2]}" "${BASH_REMATCH[3]}"
    elif [[ $line == go || $line == "stop "* ]]; then
      write_once "$dir/decision" "$line"
    elif [[ $line == "health "* ]]; then
      write_once "$dir/health" "$line"
    fi
  done
}

# write_once FILE LINE: LINE and a newline into FILE, unless FILE exists. noclobber makes the create exclusive:
# of two fronts saying it (an action and its reattached self) the first writes it, and nothing rewrites it.
# No process is spawned (a temp file and `mv` took one, 5-15 ms here, on the way to every gate decision); the
# worker takes the file only once its line is whole (read_whole).
write_once() {
  local had_c=true
  [[ $- == *C* ]] || had_c=false
  set -C
  { printf '%s\n' "$2" >"$1"; } 2>/dev/null || true
  $had_c || set +C
  return 0
}

# The SSH-facing part: store the parameters, start the worker detached, relay its stream and the decision.
# Everything here is on the way to the worker's `hello`: the tries of the host's tools (the worker makes them
# before it takes the lock, all at once), the pruning of old deploys (the worker, in the background) and the
# rest of the script (parsed by the worker only: the dispatch in supervisor.sh comes before it) are not.
front() {
  check_id
  [[ -n ${MG_APP_DIR-} ]] || die_params "MG_APP_DIR is required"
  # What this part runs before it can say anything: names on PATH only (no fork); the GNU options are tried
  # when something fails.
  local missing
  missing=$(missing_tools "bash>=4.3" setsid tail sha256sum mkdir)
  [[ -z $missing ]] || die_params "the host lacks: $missing (the supervisor needs bash >= 4.3, GNU coreutils and util-linux); nothing was run"
  local state dir
  app_state_dir_into state
  dir="$state/deploys/$MG_DEPLOY_ID"
  # A fork less on every deploy after an app's first (the folder is there by then).
  [[ -d $state/deploys ]] || mkdir -p -- "$state/deploys" || die_params "cannot create the state directory $state"
  mkdir -- "$dir" 2>/dev/null || die_params "deploy $MG_DEPLOY_ID already exists on the host"
  local name
  for name in ${!MG_@}; do printf '%s=%s\0' "$name" "${!name}"; done >"$dir/params"
  printf '\0' >>"$dir/params"
  : >"$dir/stream"

  setsid bash "$SELF" worker "$dir" </dev/null >/dev/null 2>&1 &
  # The worker says it started by writing its pid: up to 30 s while the process started is there (a host
  # under load may take seconds to start bash; 2 s was once too short), 2 s more once it is gone (setsid may
  # have handed the worker to a child of its own).
  local started=$! i gone_at=-1
  for ((i = 0; i < 6000; i++)); do
    [[ -s $dir/worker.pid ]] && break
    if ((gone_at < 0)) && ! kill -0 "$started" 2>/dev/null; then gone_at=$i; fi
    ((gone_at >= 0 && i - gone_at >= 400)) && break
    nap 0.005
  done
  local wpid
  if ! wpid=$(<"$dir/worker.pid"); then
    missing=$(missing_tools "setsid -w")
    die_params "the worker did not start${missing:+: the host lacks $missing (the supervisor needs util-linux)}"
  fi

  # The decision and the health verdict arrive on our stdin. EOF without a decision (the action is gone)
  # means stop; after the gate and before the migration it means stop too (`gone`, until an attach says the
  # action is back). The health verdict is left to a reconnecting action (attach) or to wait_health's
  # deadline, which fails the deploy: a verdict that never came is never "healthy".
  (
    relay_verdicts "$dir"
    : >"$dir/gone"
    write_once "$dir/decision" "stop connection-closed"
  ) <&0 &
  local reader=$!
  # -s: how often tail looks whether the worker is still there (lines come at once, by inotify): the last
  # line reaches the action within this of the worker's exit.
  tail -n +1 -s 0.01 -f --pid="$wpid" "$dir/stream"
  local rc=$?
  kill "$reader" 2>/dev/null
  # A tail without --pid (BusyBox) fails at once, the worker still running: it stops at its tool check
  # (before the lock), and this says why, since its stream cannot reach the action.
  if ((rc != 0)) && kill -0 "$wpid" 2>/dev/null; then
    missing=$(missing_tools "tail --pid")
    [[ -n $missing ]] && die_params "the host lacks: $missing (the supervisor needs GNU coreutils); nothing was run"
  fi
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
  rm -f -- "$dir/gone"
  [[ -n ${MG_DECISION-} ]] && write_once "$dir/decision" "$MG_DECISION"
  # Verdicts reach the worker from a reconnected action too. EOF here writes no verdict (the worker's own
  # deadlines decide), but marks the action gone again, as front() does.
  (
    relay_verdicts "$dir"
    : >"$dir/gone"
  ) <&0 &
  local reader=$!
  if kill -0 "$wpid" 2>/dev/null; then
    tail -n "+${MG_FROM_LINE:-1}" -s 0.01 -f --pid="$wpid" "$dir/stream"
  else
    tail -n "+${MG_FROM_LINE:-1}" "$dir/stream"
  fi
  kill "$reader" 2>/dev/null
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
  export_app_env
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

# `status` with metrics-dir-on-host: writes the metric text the action made (MG_METRICS_TEXT) into a
# node_exporter textfile-collector folder (MG_METRICS_DIR) as MG_METRICS_NAME, atomically: a temp file in the
# same folder (a name the collector skips: it reads *.prom only), readable by the exporter's user, renamed over
# the old file. The folder and the name are parameters, never part of a command string. Any failure is said in
# a `metrics` event with result failed (the action fails the step) and leaves no temp file.
metrics() {
  [[ -n ${MG_METRICS_DIR-} ]] || die_params "MG_METRICS_DIR is required"
  [[ ${MG_METRICS_NAME-} =~ ^[A-Za-z0-9_][A-Za-z0-9_.-]{0,200}\.prom$ ]] ||
    die_params "MG_METRICS_NAME must be a file name ending in .prom"
  local dir=${MG_METRICS_DIR%/} target tmp error
  [[ -n $dir ]] || dir=/
  target="$dir/$MG_METRICS_NAME"
  tmp="$dir/.$MG_METRICS_NAME.$$.tmp"
  if [[ ! -d $dir ]]; then
    emit t metrics result failed path "$target" message "the folder $dir does not exist on the host"
  elif error=$({ printf '%s' "${MG_METRICS_TEXT-}" >"$tmp" && chmod 0644 -- "$tmp" && mv -f -- "$tmp" "$target"; } 2>&1); then
    emit t metrics result ok path "$target"
  else
    rm -f -- "$tmp" 2>/dev/null
    emit t metrics result failed path "$target" message "${error:-the write failed}"
  fi
  emit t end
  exit 0
}

# fetch_url URL BODY-FILE REQ: one GET with curl for `health-from: host` (apps bound to localhost), the URL
# only ever an argument, said as a `fetch` event with the request's id: the code, the body (64 KiB at most,
# base64), curl's error.
fetch_url() {
  local url=$1 body=$2 req=$3 code rc
  if [[ ! $url =~ ^https?:// ]]; then
    emit t fetch req "$req" rc 3 code 000 body "" error "not an http(s) URL"
    return 0
  fi
  code=$(curl -q -sS --max-time "${MG_FETCH_TIMEOUT:-10}" -o "$body" -w '%{http_code}' -- "$url" 2>"$body.err")
  rc=$?
  emit t fetch req "$req" rc "$rc" code "${code:-000}" body "$(head -c 65536 -- "$body" 2>/dev/null | base64 -w0)" \
    error "$(head -c 500 -- "$body.err" 2>/dev/null)"
  rm -f -- "$body" "$body.err"
}


# The SSH-facing modes of a deploy start here, before the rest of the script: bash parses a script as it runs
# it, so the front (on the way to the worker's first event) parses only the two parts above; the worker
# parses the whole script once.
if [[ ${1-} != worker ]]; then
  read_params
  case ${MG_MODE:-deploy} in
  deploy) front ;;
  attach) attach ;;
  esac
fi

# The one-boot runners' code (src/host/runners/): read from the tree here, embedded by the build.
# shellcheck disable=SC2034 # read by parts/runner.sh
# shellcheck disable=SC2016
RUNNER_RAILS='# Migration Guard'\''s one-boot runner for Rails (6.1+), run by the supervisor as `bin/rails runner <this code>`:
# one boot of the app reads its database settings and the pending migrations, waits for the gate'\''s decision
# on stdin, then migrates in the same process with the task `bin/rails db:migrate` runs (its schema dump
# included, where the app enables it).
#
# Protocol: stdout (fd 1 as the process started) carries only these lines; everything the app, a migration
# or a child process prints goes to stderr (fd 1 is pointed there), which the supervisor streams as output.
#   MG_DB <name> <adapter> / MG_PG NAME=value   each database of the environment (as the dbconfig preset)
#   ready                                      the app booted; commands are read from stdin (once its tasks
#                                              are loaded)
#   status <name> <rc> <stdout b64> <stderr b64>   answer to `status <name>`: what db:migrate:status printed
#                                              (`-` for an empty output)
#   start <version> <database> <name> / done <version> <database> <ms>   around each migration
#   migrated                                   db:migrate (and its post-actions) finished
# Commands on stdin: `status <name>`, `migrate`. Anything else, or end of input, exits without migrating.
begin
  mg_out = STDOUT.dup
  mg_out.sync = true
  STDOUT.reopen(STDERR)
  STDOUT.sync = true
  $mg_say = ->(line) { mg_out.write("#{line}\n") }
  ActiveRecord::Base.configurations.configs_for(env_name: Rails.env).each do |d|
    c = d.configuration_hash
    $mg_say.("MG_DB #{d.name} #{c[:adapter]}")
    { "PGHOST" => c[:host], "PGPORT" => c[:port], "PGDATABASE" => c[:database], "PGUSER" => c[:username],
      "PGPASSWORD" => c[:password], "PGSSLMODE" => c[:sslmode] }.each do |k, v|
      $mg_say.("MG_PG #{k}=#{v}") unless v.nil? || v.to_s.empty? || v.to_s.include?("\n")
    end
  end
  # The app has booted: the supervisor takes the database lock now (its commands wait on stdin meanwhile).
  $mg_say.("ready")
  # While it does: what the status reading needs and does not depend on the database'\''s contents (the tasks,
  # the connection, the migration files). Nothing is read from the database here. The tasks failing to load
  # fails the runner (below); a connection that fails is left to the status reading, which reports it.
  require "base64"
  require "stringio"
  Rails.application.load_tasks
  begin
    ActiveRecord::Base.connection.migration_context.migrations
  rescue StandardError
    nil
  end
  while (line = STDIN.gets)
    case line.chomp
    when /\Astatus ([a-z]+)\z/
      name = Regexp.last_match(1)
      out = StringIO.new
      err = StringIO.new
      rc = 0
      saved = [$stdout, $stderr]
      begin
        $stdout = out
        $stderr = err
        if ActiveRecord.version < Gem::Version.new("7.1")
          # What `db:migrate:status` does up to Rails 7.0 (its load_config, then for each database
          # establish_connection and migrate_status), except that a database whose settings are those of
          # the connection opened above keeps it: a new one reads PostgreSQL'\''s type map again (20-60 ms).
          load_config = Rake::Task["db:load_config"]
          load_config.reenable
          load_config.invoke
          ActiveRecord::Base.configurations.configs_for(env_name: ActiveRecord::Tasks::DatabaseTasks.env).each do |d|
            current = ActiveRecord::Base.connection_db_config
            same = current.name == d.name && current.configuration_hash == d.configuration_hash
            ActiveRecord::Base.establish_connection(d) unless same
            ActiveRecord::Tasks::DatabaseTasks.migrate_status
          end
        else
          task = Rake::Task["db:migrate:status"]
          task.reenable
          task.invoke
        end
      rescue SystemExit => e
        # `abort` (no migrations table yet) writes its line to $stderr and exits 1, as the command does.
        rc = e.status
      rescue Exception => e # rubocop:disable Lint/RescueException
        rc = 1
        err.puts("#{e.class}: #{e.message}")
      ensure
        $stdout, $stderr = saved
      end
      # An empty output is `-`: the words are split on runs of spaces.
      b64 = ->(text) { text.empty? ? "-" : Base64.strict_encode64(text) }
      $mg_say.("status #{name} #{rc} #{b64.(out.string)} #{b64.(err.string)}")
    when "migrate"
      ActiveRecord::Migrator.prepend(Module.new do
        def execute_migration_in_transaction(migration, *rest)
          db = ActiveRecord::Base.connection_db_config.name
          started = Process.clock_gettime(Process::CLOCK_MONOTONIC)
          $mg_say.("start #{migration.version} #{db} #{migration.name}")
          result = super
          $mg_say.("done #{migration.version} #{db} #{((Process.clock_gettime(Process::CLOCK_MONOTONIC) - started) * 1000).round}")
          result
        end
      end)
      Rake::Task["db:migrate"].invoke
      $mg_say.("migrated")
      exit 0
    else
      break
    end
  end
  exit 0
rescue SystemExit
  raise
rescue Exception => e # rubocop:disable Lint/RescueException
  # The migration (or the boot) failed: said on stderr as rake says it, and the exit code is not 0.
  warn "rails aborted!\n#{e.class}: #{e.message}\n#{e.backtrace&.first(20)&.join("\n")}"
  exit 1
end
'
# shellcheck disable=SC2034 # read by parts/runner.sh
# shellcheck disable=SC2016
RUNNER_DJANGO='# Migration Guard'\''s one-boot runner for Django (3.2+), run by the supervisor as `python3 manage.py shell -c
# <this code>`: one boot of the app reads its database settings and the pending migrations, waits for the
# gate'\''s decision on stdin, then migrates in the same process with call_command("migrate") (the
# MigrationExecutor the `migrate` command drives, its signals and checks included).
#
# Protocol: stdout (fd 1 as the process started) carries only these lines; everything the app, a migration
# or a child process prints goes to stderr (fd 1 is pointed there), which the supervisor streams as output.
#   MG_PG NAME=value                           the default database (as the dbconfig preset)
#   ready                                      the app booted; commands are read from stdin from now on
#   status <name> <rc> <stdout b64> <stderr b64>   answer to `status <name>`: what showmigrations --plan printed
#                                              (`-` for an empty output)
#   start <app.name> default <name> / done <app.name> default <ms>   around each migration
#   migrated                                   the migrate command finished
# Commands on stdin: `status <name>`, `migrate`. Anything else, or end of input, exits without migrating.
import base64 as mg_base64
import io as mg_io
import os as mg_os
import sys as mg_sys
import time as mg_time
import traceback as mg_traceback

mg_out = mg_os.fdopen(mg_os.dup(1), "w", buffering=1)
mg_sys.stdout.flush()
mg_os.dup2(2, 1)


def mg_say(line):
    mg_out.write(line + "\n")
    mg_out.flush()


def mg_b64(text):
    # An empty output is `-`: the supervisor splits the words on runs of spaces.
    return mg_base64.b64encode(text.encode()).decode() if text else "-"


def mg_main():
    from django.core.management import call_command
    from django.core.management.commands import migrate as migrate_command
    from django.db import connection

    s = connection.settings_dict
    for k, v in (
        ("PGHOST", s.get("HOST")),
        ("PGPORT", s.get("PORT")),
        ("PGDATABASE", s.get("NAME")),
        ("PGUSER", s.get("USER")),
        ("PGPASSWORD", s.get("PASSWORD")),
        ("PGSSLMODE", (s.get("OPTIONS") or {}).get("sslmode")),
    ):
        if v and "\n" not in str(v):
            mg_say("MG_PG %s=%s" % (k, v))
    mg_say("ready")
    # While the supervisor takes the database lock: what the status reading needs that does not depend on the
    # database'\''s contents (the connection, the migration files, the command'\''s code). Nothing is read from the
    # database here. A failure is left to the status reading, which reports it as the command would.
    try:
        from django.core.management.commands import showmigrations  # noqa: F401
        from django.db.migrations.loader import MigrationLoader

        connection.ensure_connection()
        MigrationLoader(None, ignore_no_migrations=True)
    except Exception:  # noqa: B902 -- the status reading says what went wrong
        pass
    while True:
        line = mg_sys.stdin.readline()
        words = line.split()
        if len(words) == 2 and words[0] == "status" and words[1].isalpha():
            out, err, rc = mg_io.StringIO(), mg_io.StringIO(), 0
            try:
                call_command("showmigrations", "--plan", stdout=out, stderr=err)
            except SystemExit as e:
                rc = e.code if isinstance(e.code, int) else 1
            except BaseException as e:  # noqa: B902 -- reported as the command'\''s failure
                rc = 1
                err.write("%s: %s\n" % (type(e).__name__, e))
            mg_say(
                "status %s %d %s %s"
                % (
                    words[1],
                    rc,
                    mg_b64(out.getvalue()),
                    mg_b64(err.getvalue()),
                )
            )
        elif words == ["migrate"]:
            original = migrate_command.Command.migration_progress_callback
            started = {}

            def progress(self, action, migration=None, fake=False):
                if action == "apply_start":
                    started[migration.app_label, migration.name] = mg_time.monotonic()
                    mg_say("start %s.%s default %s" % (migration.app_label, migration.name, migration.name))
                result = original(self, action, migration, fake)
                if action == "apply_success":
                    began = started.get((migration.app_label, migration.name), mg_time.monotonic())
                    ms = round((mg_time.monotonic() - began) * 1000)
                    mg_say("done %s.%s default %d" % (migration.app_label, migration.name, ms))
                return result

            migrate_command.Command.migration_progress_callback = progress
            call_command("migrate", "--no-input")
            mg_say("migrated")
            return 0
        else:
            return 0


try:
    mg_code = mg_main()
except BaseException:  # noqa: B902 -- the migration (or the boot) failed: said on stderr, exit code 1
    mg_traceback.print_exc()
    mg_code = 1
mg_sys.stdout.flush()
mg_sys.stderr.flush()
mg_os._exit(mg_code)
'

# Part of the Migration Guard supervisor (joined into one script at build time). Running commands under a deadline.

# --- running commands under a deadline ------------------------------------------------------------------

# Environment of the commands we run: our own MG_* parameters are internal, except the few documented ones.
child_env() {
  local name
  for name in ${!MG_@}; do
    case $name in MG_REF | MG_SHA | MG_ENVIRONMENT | MG_DEPLOY_ID | MG_APP_DIR | MG_BACKUP_PATH) ;; *) unset "$name" ;; esac
  done
}

# Every process a command starts carries MG_RUN_TAG in its environment, also those that leave its process
# group or session (setsid, nohup, a daemon's double fork, `Process.spawn(pgroup: true)`): the tag finds
# them all (one grep over /proc/*/environ, same user), where a process group kill misses them.
tagged_pids() {
  local tag=$1 f pid
  [[ -d /proc/self ]] || return 0
  while IFS= read -r f; do
    pid=${f#/proc/}
    pid=${pid%%/*}
    [[ $pid != "$$" && $pid != "$BASHPID" ]] && printf '%s\n' "$pid"
  done < <(grep -l -s -z -x -F -e "MG_RUN_TAG=$tag" /proc/[0-9]*/environ 2>/dev/null)
}

# kill_run SIGNAL PGID TAG: the command's process group and everything carrying its tag.
kill_run() {
  local signal=$1 pgid=$2 tag=$3 pid
  [[ -n $pgid ]] && kill "-$signal" -- "-$pgid" 2>/dev/null
  for pid in $(tagged_pids "$tag"); do kill "-$signal" "$pid" 2>/dev/null; done
  return 0
}

# run_group DEADLINE_MS LABEL CMD... : runs CMD in the app dir in a new session (so its process group is
# ours to kill), streams its output, and enforces the deadline on all it started (run_watch). The command
# inherits none of our descriptors (lock, journal, stream, the runner's pipes).
CURRENT_PGID=""
CURRENT_TAG=""
RG_ENV=()
RG_ON_DEADLINE=""
run_group() {
  local deadline=$1 label=$2
  shift 2
  run_start "$label" "$@"
  run_watch "$deadline"
}

# run_start LABEL CMD... : starts CMD as run_group does and returns at once. Sets RS_PID (the subshell that
# becomes setsid), RS_PIDFILE and RS_TAG. With RS_FIFO set, the command's stdin and stdout are RS_FIFO.in
# and RS_FIFO.out (a protocol the caller speaks: the one-boot runner) and only its stderr is streamed.
RS_FIFO=""
run_start() {
  local label=$1
  shift
  RS_PIDFILE="$DEPLOY_DIR/pgid.$label"
  local now
  now_ms now
  RS_TAG="$MG_DEPLOY_ID:$label:$BASHPID:$now"
  CURRENT_TAG=$RS_TAG
  # None there before a run, the usual case.
  rm_present "$RS_PIDFILE"
  (
    close_ours
    child_env
    export MG_RUN_TAG=$RS_TAG
    # Values for the command's environment only (the database password among them): exported here, in the
    # subshell, never passed as `env NAME=value` words that `ps` would show.
    local kv
    for kv in "${RG_ENV[@]}"; do export "${kv?}"; done
    cd -- "$MG_APP_DIR" || exit 127
    # bash -c records its own pid (= the new session's pgid) before exec'ing the command.
    # shellcheck disable=SC2016 # expanded by the inner bash, not here
    if [[ -n $RS_FIFO ]]; then
      exec setsid -w bash -c 'printf "%s" "$$" >"$0.tmp" && mv -f "$0.tmp" "$0" && exec "$@"' "$RS_PIDFILE" "$@" \
        <"$RS_FIFO.in" 2>&1 >"$RS_FIFO.out"
    fi
    # shellcheck disable=SC2016 # expanded by the inner bash, not here
    exec setsid -w bash -c 'printf "%s" "$$" >"$0.tmp" && mv -f "$0.tmp" "$0" && exec "$@"' "$RS_PIDFILE" "$@" \
      </dev/null 2>&1
  ) > >(close_ours keep-stream && prefix_lines >&"$STREAM_FD") &
  RS_PID=$!
}

# run_watch DEADLINE: waits for the command run_start started, enforcing the deadline on all it started
# (kill_run): TERM, then KILL after MG_KILL_GRACE seconds. RG_ON_TICK, when set, is called instead of each
# 50 ms nap (it must return within about that). Sets RG_RC (exit code) and RG_TIMED_OUT (true/false).
RG_ON_TICK=""
run_watch() {
  local deadline=$1 pid=$RS_PID pidfile=$RS_PIDFILE tag=$RS_TAG
  local pgid="" grace_end=0 now
  RG_TIMED_OUT=false
  while kill -0 "$pid" 2>/dev/null; do
    [[ -z $pgid && -s $pidfile ]] && pgid=$(<"$pidfile") && CURRENT_PGID=$pgid
    now_ms now
    if ((grace_end == 0 && now >= deadline)); then
      RG_TIMED_OUT=true
      emit t deadline phase "$PHASE" action term
      kill_run TERM "$pgid" "$tag"
      kill -TERM "$pid" 2>/dev/null
      [[ -n $RG_ON_DEADLINE ]] && "$RG_ON_DEADLINE"
      grace_end=$((now + ${MG_KILL_GRACE:-5} * 1000))
    elif ((grace_end > 0 && now >= grace_end)); then
      emit t deadline phase "$PHASE" action kill
      kill_run KILL "$pgid" "$tag"
      kill -KILL "$pid" 2>/dev/null
      grace_end=$((now + 3600000))
    fi
    if [[ -n $RG_ON_TICK ]]; then "$RG_ON_TICK"; else nap 0.05; fi
  done
  wait "$pid"
  RG_RC=$?
  [[ -z $pgid && -s $pidfile ]] && pgid=$(<"$pidfile")
  # Whatever the leader left behind (a forked helper holding a connection, a setsid'd child) goes too.
  if [[ -n $pgid ]] && kill -0 -- "-$pgid" 2>/dev/null || [[ -n $(tagged_pids "$tag") ]]; then
    kill_run TERM "$pgid" "$tag"
    local i
    for ((i = 0; i < 40; i++)); do
      { [[ -n $pgid ]] && kill -0 -- "-$pgid" 2>/dev/null; } || [[ -n $(tagged_pids "$tag") ]] || break
      nap 0.05
    done
    kill_run KILL "$pgid" "$tag"
  fi
  CURRENT_PGID=""
  CURRENT_TAG=""
  RG_ENV=()
  RG_ON_DEADLINE=""
  RG_ON_TICK=""
  rm -f "$pidfile"
  $RG_TIMED_OUT && RG_RC=124
  return 0
}

# Splits newline-separated argv words (the action validated that no word holds a newline).
# The `env` input's NAME=value records, exported for the app's commands (and what the supervisor runs for the
# app: psql, pg_dump, the runner). The action checked each name; export takes a record as one word, so nothing
# in a value is evaluated. A record that is not NAME=value, or names one of ours, stops the run (fails closed).
export_app_env() {
  local record
  local -a records
  argv_from records "${MG_APP_ENV-}"
  for record in "${records[@]}"; do
    [[ $record =~ ^[A-Za-z_][A-Za-z0-9_]*= && $record != MG_* ]] || die_params "an env record is not NAME=value"
    # shellcheck disable=SC2163 # exporting the record NAME=value itself is the point
    export -- "$record"
  done
}

argv_from() {
  local -n out=$1
  out=()
  [[ -z $2 ]] && return 0
  mapfile -t out <<<"$2"
}

# Part of the Migration Guard supervisor (joined into one script at build time). The phases of a deploy up to the migration: preflight, update, status, gate decision, migrate.

# --- phases ---------------------------------------------------------------------------------------------

PHASE=""
PHASE_START=0
phase_start() {
  PHASE=$1
  now_ms PHASE_START
  emit t phase phase "$PHASE" state start
}
phase_end() {
  local state=$1 now
  shift
  now_ms now
  emit t phase phase "$PHASE" state "$state" ms "$((now - PHASE_START))" "$@"
}

finish() {
  local result=$1 message=${2-}
  early_stop "the deploy ended ($result) before the migration"
  runner_stop
  emit t result result "$result" message "$message"
  rm -f "$DEPLOY_DIR/params" "$DEPLOY_DIR/decision" "$DEPLOY_DIR/health"
  emit t end
  exit 0
}

# Everything the worker itself needs, checked before it takes the lock (flock is one of them).
# `tail --pid` is the front's (it relays the stream): a host without it stops here, before the lock, and the
# front says why (front()).
readonly WORKER_TOOLS=("bash>=4.3" flock "setsid -w" "tail --pid" timeout tee base64 "base64 -w0" sha256sum mkdir mkfifo mv rm kill sort
  sed awk wc tr cat "head -c" "stat -c" "df --output" "grep -z" "find -lname")

# A host that passed the check once passes it again: an installed supervisor (supervisor-<sha256>.sh) keeps a
# note beside it that its tools were all there on this PATH, and skips the tries while the note holds (about
# 20 processes each deploy; ~100 ms on a loaded host). Another PATH checks again. From the source tree (no
# hash in the name) it always checks.
check_tools() {
  local missing note="" seen=""
  [[ ${SELF##*/} =~ ^supervisor-[0-9a-f]{16}\.sh$ ]] && note="${SELF%.sh}.tools-ok"
  if [[ -n $note && -f $note ]]; then
    IFS= read -r -d '' seen <"$note"
    [[ $seen == "$PATH" ]] && return 0
  fi
  missing=$(missing_tools "${WORKER_TOOLS[@]}")
  if [[ -n $missing ]]; then
    phase_start preflight
    phase_end failed message "missing on the host: $missing"
    finish failed "The host lacks: $missing. The supervisor needs bash >= 4.3 and GNU coreutils, util-linux, grep, findutils (not BusyBox or BSD versions); install them and retry. Nothing was run."
  fi
  # Written whole, then named: a note cut short is never read as a PATH that passed.
  [[ -n $note ]] && { printf '%s' "$PATH" >"$note.$$" && mv -f -- "$note.$$" "$note"; } 2>/dev/null
  return 0
}

# Exit 127 through a run-prefix (`docker exec app`, `env PATH=...`): the prefix ran, the command it was given
# was not found where it looked. Names both, so the fix is obvious.
not_found_text() {
  local command=$1
  if ((${#RUN_PREFIX[@]})); then
    printf '"%s" was not found by run-prefix "%s" (inside it, in %s): install it there, or fix run-prefix / the command.' \
      "$command" "${RUN_PREFIX[*]}" "$MG_APP_DIR"
  else
    printf '"%s" was not found in %s on the host: check the framework preset or the command input.' "$command" "$MG_APP_DIR"
  fi
}

preflight() {
  phase_start preflight
  local missing=() tool
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
  # The built-in backup needs the PostgreSQL clients (checked here only without a run-prefix: inside a
  # container they are the container's business, and the backup phase reports a missing one).
  if [[ ${MG_BACKUP:-always} == always && ${MG_DATABASE:-postgresql} == postgresql && -z ${MG_BACKUP_COMMAND-} ]] &&
    ((${#RUN_PREFIX[@]} == 0)); then
    for tool in pg_dump pg_restore psql; do type -P "$tool" >/dev/null 2>&1 || missing+=("$tool (for the backup)"); done
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
  local now
  now_ms now
  run_group $((now + ${MG_STEP_TIMEOUT:-600} * 1000)) update bash -c "$MG_UPDATE_COMMAND"
  if ((RG_RC != 0)); then
    phase_end failed rc "$RG_RC"
    finish failed "update-command exited with code $RG_RC$($RG_TIMED_OUT && echo " (timed out)")"
  fi
  phase_end ok
}

# True when a failed status command said exactly the framework's "no migrations table yet" line
# (MG_STATUS_NO_TABLE): exit 1, that line alone on stderr, and on stdout nothing but the complete blocks of
# the databases before it (Rails multi-db stops at the first database without a table: one added to an app
# already migrated). Anything else (a connection error above all) is not it, so it stays a failure.
status_says_no_table() {
  local file=$1 err=$2 rc=$3 text
  [[ -n ${MG_STATUS_NO_TABLE-} ]] && ((rc == 1)) || return 1
  [[ -z $(tr -d "[:space:]" <"$file" | head -c 1) ]] || [[ $(grep -m1 -v -E '^[[:space:]]*$' -- "$file") == "database: "* ]] || return 1
  ! grep -q -v -E '^[[:space:]]*$|^database: |^[[:space:]]*Status[[:space:]]+Migration ID[[:space:]]+Migration Name[[:space:]]*$|^-+[[:space:]]*$|^[[:space:]]*(up|down)[[:space:]]+[0-9]+[[:space:]]' -- "$file" || return 1
  text=$(head -c 4096 -- "$err")
  text=${text#"${text%%[![:space:]]*}"}
  text=${text%"${text##*[![:space:]]}"}
  [[ $text == "$MG_STATUS_NO_TABLE" ]]
}

# Runs every status command; each output goes back base64-encoded so the action's parser sees exact bytes.
# STATUS_NO_TABLE: at least one failed, and every failure said "no migrations table yet". STATUS_OUT keeps
# each reading's stdout (base64, `NAME.INDEX`): restore-check compares `restored` with `before`.
STATUS_RC=0
STATUS_NO_TABLE=false
declare -A STATUS_OUT=()
read_status() {
  local name=$1 i out var no_table=true
  STATUS_RC=0
  STATUS_NO_TABLE=false
  for i in 1 2 3; do
    var="STATUS_$i"
    local -n words=$var
    ((${#words[@]})) || continue
    out="$DEPLOY_DIR/status.$i"
    # The one-boot runner, while it runs, answers for the first status command (it prints the same), already
    # in base64: its answer goes on as it came, the files are written only for a failure (read below).
    if [[ -n ${RUNNER_PID-} ]] && ((i == 1)); then
      runner_status "$name" "$out"
    else
      (
        close_ours
        child_env
        cd -- "$MG_APP_DIR" || exit 127
        exec timeout -k 5 "${MG_STEP_TIMEOUT:-600}" "${RUN_PREFIX[@]}" "${words[@]}" </dev/null >"$out" 2>"$out.err"
      )
      set_status_b64 "$out"
    fi
    local rc=$?
    STATUS_OUT[$name.$i]=$STATUS_OUT64
    emit t status name "$name" index "$i" rc "$rc" stdout "$STATUS_OUT64" stderr "$STATUS_ERR64"
    if ((rc != 0)); then
      STATUS_RC=$rc
      status_says_no_table "$out" "$out.err" "$rc" || no_table=false
    fi
    # Written only when the reading failed (see runner_status).
    rm_present "$out" "$out.err"
    unset -n words
  done
  ((STATUS_RC != 0)) && $no_table && STATUS_NO_TABLE=true
  return 0
}

# set_status_b64 OUT: STATUS_OUT64 and STATUS_ERR64 from the files OUT and OUT.err (at most 64 KiB of the
# stderr). Keeps the exit code it was called with.
STATUS_OUT64=""
STATUS_ERR64=""
set_status_b64() {
  local rc=$?
  STATUS_OUT64=$(base64 -w0 <"$1")
  STATUS_ERR64=$(head -c 65536 -- "$1.err" | base64 -w0)
  return "$rc"
}

# Waits for the gate decision the action writes through the front process: `go`, or `stop REASON`. Meanwhile
# it answers the gate's file reads (serve_reads), so the gate reads the host's files in this session.
DECISION=""
wait_decision() {
  local deadline now
  now_ms now
  deadline=$((now + ${MG_DECISION_WAIT:-300} * 1000))
  emit t awaiting phase gate
  until read_whole DECISION "$DEPLOY_DIR/decision"; do
    now_ms now
    if ((now >= deadline)); then
      DECISION="stop no-decision"
      return
    fi
    serve_reads
    nap 0.01
  done
}

# The gate's reads (`read.ID`, written by relay_verdicts): each answered once, as `file` events carrying the
# request's id, then `files-end`. The patterns are globs relative to the app dir, one a line; the action
# checked them (no `..`, not absolute) and they are checked again here. Globbing an unquoted variable with
# IFS empty expands names only (nothing is evaluated), and a path travels only as an argument and as JSON.
# Limits: READ_FILE_MAX bytes (+1, so the action sees a file that is too large) of each file,
# READ_TOTAL_MAX bytes and READ_FILES_MAX files per read; past them `files-end` says `truncated` and the
# action stops at its gate (it did not see every file). The bytes go to the stream only; the journal keeps
# each read's `files-end`.
readonly READ_FILE_MAX=1048576 READ_TOTAL_MAX=33554432 READ_FILES_MAX=2000
# The requests (`read.ID`, `fetch.ID`) this worker has answered: each is answered once.
declare -A ANSWERED=()
serve_reads() {
  local f id patterns
  for f in "$DEPLOY_DIR"/read.*; do
    id=${f##*/read.}
    [[ $id =~ ^[0-9]+$ && -z ${ANSWERED[read.$id]-} ]] || continue
    read_whole patterns "$f" || continue
    ANSWERED[read.$id]=1
    read_files "$id" "$patterns"
  done
}

# read_files ID PATTERNS: the answer to one read (PATTERNS: its patterns, each byte as `\xHH`).
# A process costs 5-15 ms here (a 2-core VM), and each is on the way from the pending list to the gate's
# decision: the sizes come from one `stat` for all the files matched, and a file no larger than the limit is
# encoded by one `base64` (a larger one by `head | base64`, which stops reading at the limit). Was: a `stat`
# and a `head | base64` for each file.
read_files() {
  local id=$1 patterns
  # bash decodes it itself: `base64 -d` was a process here, 10-18 ms on the way to the gate's decision.
  printf -v patterns '%b' "$2"
  (
    local journal_fd=$JOURNAL_FD
    JOURNAL_FD=""
    cd -- "$MG_APP_DIR" || {
      emit t files-end req "$id" count 0 error "the app directory does not exist on the host"
      exit 0
    }
    shopt -s nullglob
    local pattern path size b64 read_ok i total=0 count=0 truncated=0 IFS=
    local -A seen=()
    local -a patterns_of=() paths=() sizes=()
    while IFS= read -r pattern; do
      [[ -z $pattern || $pattern == /* || $pattern == *..* ]] && continue
      for path in $pattern; do
        [[ -f $path && -z ${seen[$path]-} ]] || continue
        seen[$path]=1
        patterns_of+=("$pattern")
        paths+=("$path")
      done
    done <<<"$patterns"
    if ((${#paths[@]})); then
      # One size a line, in order. A file gone since the glob has no line: then each is asked on its own,
      # and one gone is skipped, as the glob's -f would have skipped it.
      mapfile -t sizes < <(stat -c %s -- "${paths[@]}" 2>/dev/null)
      if ((${#sizes[@]} != ${#paths[@]})); then
        sizes=()
        for path in "${paths[@]}"; do sizes+=("$(stat -c %s -- "$path" 2>/dev/null)"); done
      fi
    fi
    for ((i = 0; i < ${#paths[@]}; i++)); do
      pattern=${patterns_of[i]} path=${paths[i]} size=${sizes[i]-}
      [[ $size =~ ^[0-9]+$ ]] || continue
      if ((count >= READ_FILES_MAX || total + (size < READ_FILE_MAX ? size : READ_FILE_MAX) > READ_TOTAL_MAX)); then
        truncated=1
        break
      fi
      # A file that is there but cannot be read (its permissions) fails the whole read, so the gate stops:
      # sent as empty, it would be analysed as a migration that does nothing.
      read_ok=true
      if ((size <= READ_FILE_MAX)); then
        b64=$(base64 -w0 -- "$path" 2>/dev/null) || read_ok=false
      else
        b64=$(set -o pipefail && head -c $((READ_FILE_MAX + 1)) -- "$path" 2>/dev/null | base64 -w0) || read_ok=false
      fi
      if ! $read_ok; then
        JOURNAL_FD=$journal_fd
        emit t files-end req "$id" count "$count" error "$path could not be read on the host (as $(id -un 2>/dev/null || echo "the deploy user"))"
        exit 0
      fi
      count=$((count + 1))
      total=$((total + (size < READ_FILE_MAX ? size : READ_FILE_MAX)))
      emit t file req "$id" pattern "$pattern" path "$path" size "$size" b64 "$b64"
    done
    JOURNAL_FD=$journal_fd
    emit t files-end req "$id" count "$count" truncated "$truncated"
  )
}

migrate() {
  phase_start migrate
  local timeout=${MG_TIMEOUT:-600}
  local start
  now_ms start
  local deadline=$((start + timeout * 1000))
  emit t deadline-set phase migrate timeout "$timeout" deadline "$deadline"
  if [[ ${MG_DATABASE:-postgresql} == postgresql ]]; then
    # A blocked ALTER fails fast instead of eating the window. Set for the migration's command only (with
    # run-prefix `docker exec`, pass them on with `-e PGOPTIONS -e PGAPPNAME`). statement_timeout is per
    # statement, so it cannot end a statement that starts just before the deadline: at the deadline the
    # supervisor also terminates every backend carrying this deploy's application_name.
    RG_ENV=("PGOPTIONS=${PGOPTIONS:+$PGOPTIONS }-c lock_timeout=${MG_LOCK_TIMEOUT:-5000} -c statement_timeout=${MG_STATEMENT_TIMEOUT:-$((timeout * 1000))}"
      "PGAPPNAME=migration-guard:$MG_DEPLOY_ID")
    RG_ON_DEADLINE=terminate_backends
  fi
  if [[ -n ${RUNNER_PID-} ]]; then
    # The runner booted at the start of the deploy, with this environment: it migrates now, watched alike.
    runner_migrate "$deadline"
  else
    run_group "$deadline" migrate "${RUN_PREFIX[@]}" "${MIGRATE[@]}"
  fi
  local rc=$RG_RC
  # A client killed by the deadline leaves its backend running the statement until the server notices.
  ((rc == 124)) && [[ ${MG_DATABASE:-postgresql} == postgresql ]] && terminate_backends
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

# Part of the Migration Guard supervisor (joined into one script at build time). The database: the app's own connection settings, kept off every command line.

# --- the database: the app's own connection settings, kept off every command line ----------------------

# The framework preset's MG_DBCONFIG command prints `MG_PG NAME=value` lines from the app's own database
# config (run through run-prefix, like every app command). An app with several databases (Rails 6.1
# multi-db) prints `MG_DB <name> <adapter>` before each database's lines; lines before any `MG_DB` belong to
# one unnamed database. The values stay in unexported variables of this process and are exported only into
# the PostgreSQL clients' environment: never an argument, never streamed.
# Without a preset the clients use the host's libpq defaults (PG* variables, ~/.pgpass).
DB_STATE=unknown # unknown | ready | none | failed
DB_COUNT=0
DB_NAMES=()    # the app's name of each database (`primary`, `animals`); "" for the one of a single-db app
DB_ADAPTERS=() # the app's adapter of each database, when it said (`postgresql`)
DB_ENVS=()     # each database's NAME=value lines (the password among them)
DB_INFOS=()    # each database's connection without the password, for messages
# The database the PostgreSQL clients talk to now (db_use): every pg_exec goes there.
DB_ENV=()
DB_INFO=""
DB_NAME=""
db_config() {
  [[ $DB_STATE != unknown ]] && return 0
  DB_ENV=() DB_INFO="" DB_NAME="" DB_NAMES=() DB_ADAPTERS=() DB_ENVS=() DB_INFOS=() DB_COUNT=0
  if ((${#DBCONFIG[@]} == 0)); then
    DB_STATE=none
    return 0
  fi
  local out rc
  out=$(
    close_ours
    child_env
    cd -- "$MG_APP_DIR" || exit 127
    exec timeout -k 5 "${MG_STEP_TIMEOUT:-600}" "${RUN_PREFIX[@]}" "${DBCONFIG[@]}" </dev/null 2>/dev/null
  )
  rc=$?
  db_config_lines "$out" "$rc"
}

# db_config_lines TEXT RC: reads what the MG_DBCONFIG command (or the one-boot runner) printed and exited with.
db_config_lines() {
  local out=$1 rc=$2 line name i=-1 complete=true
  DB_ENV=() DB_INFO="" DB_NAME="" DB_NAMES=() DB_ADAPTERS=() DB_ENVS=() DB_INFOS=() DB_COUNT=0
  while IFS= read -r line; do
    # A name becomes part of a file name: letters, digits, `_` and `-` only.
    if [[ $line =~ ^MG_DB\ ([^\ ]+)(\ ([A-Za-z0-9_]*))?$ ]]; then
      i=$((i + 1))
      name=${BASH_REMATCH[1]}
      DB_NAMES[i]=${name//[^A-Za-z0-9_-]/_} DB_ADAPTERS[i]=${BASH_REMATCH[3]} DB_ENVS[i]="" DB_INFOS[i]=""
      continue
    fi
    [[ $line =~ ^MG_PG\ (PGHOST|PGPORT|PGDATABASE|PGUSER|PGPASSWORD|PGSSLMODE)=(.+)$ ]] || continue
    if ((i < 0)); then
      i=0
      DB_NAMES[0]="" DB_ADAPTERS[0]="" DB_ENVS[0]="" DB_INFOS[0]=""
    fi
    name=${BASH_REMATCH[1]}
    DB_ENVS[i]+="$name=${BASH_REMATCH[2]}"$'\n'
    [[ $name != PGPASSWORD ]] && DB_INFOS[i]+="${DB_INFOS[i]:+ }$name=${BASH_REMATCH[2]}"
  done <<<"$out"
  out=""
  DB_COUNT=$((i + 1))
  for ((i = 0; i < DB_COUNT; i++)); do
    [[ ${DB_INFOS[i]} == *PGDATABASE=* ]] || complete=false
  done
  # Its stderr is not shown: a framework error about the database config may quote the URL and password.
  # Every database must have come with a name: a database the deploy cannot reach is one it cannot back up.
  if ((rc != 0 || DB_COUNT == 0)) || ! $complete; then
    DB_STATE=failed
    DB_COUNT=0
    emit t note phase "$PHASE" message "could not read the database settings from the app (exit $rc); run the framework's database console on the host to see why"
    return 0
  fi
  DB_STATE=ready
  db_use 0
}

# db_use INDEX: the PostgreSQL clients talk to that database from now on.
db_use() {
  local i=$1
  DB_ENV=()
  [[ -n ${DB_ENVS[i]-} ]] && mapfile -t DB_ENV <<<"${DB_ENVS[i]%$'\n'}"
  DB_INFO=${DB_INFOS[i]-}
  DB_NAME=${DB_NAMES[i]-}
}

# How messages name a database: `animals (PGHOST=… PGDATABASE=…)`, or only the connection for a single one.
db_label() {
  printf '%s' "${DB_NAME:+$DB_NAME }${DB_NAME:+(}$DB_INFO${DB_NAME:+)}"
}

# pg_exec SECONDS CMD... : a PostgreSQL client through run-prefix, in the app dir, with the app's connection
# in its environment. The caller redirects stdin/stdout.
pg_exec() {
  local seconds=$1
  shift
  (
    close_ours
    child_env
    local kv
    for kv in "${DB_ENV[@]}"; do export "${kv?}"; done
    cd -- "$MG_APP_DIR" || exit 127
    exec timeout -k 5 "$seconds" "${RUN_PREFIX[@]}" "$@"
  )
}

# The migration's own backends: a client killed at the deadline leaves its statement running on the server
# until it next writes to the socket, and statement_timeout restarts with every statement.
terminate_backends() {
  [[ ${MG_DATABASE:-postgresql} == postgresql ]] || return 0
  db_config
  [[ $DB_STATE == failed ]] && return 0
  # pg_stat_activity shows every database of a server: one query per server (host and port) is enough.
  local n total=0 failed=false i server
  local -A seen=()
  for ((i = 0; i < (DB_COUNT > 0 ? DB_COUNT : 1); i++)); do
    ((DB_COUNT > 0)) && db_use "$i"
    server=$(printf '%s\n' "${DB_ENV[@]}" | grep -E '^PG(HOST|PORT)=' | sort | tr '\n' ' ')
    [[ -n ${seen[x$server]-} ]] && continue
    seen[x$server]=1
    n=$(printf '%s\n' "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = :'app' AND pid <> pg_backend_pid();" |
      pg_exec 15 psql -X -q -A -t -v ON_ERROR_STOP=1 -v "app=migration-guard:$MG_DEPLOY_ID" 2>/dev/null)
    if [[ $n =~ ^[0-9]+$ ]]; then total=$((total + n)); else failed=true; fi
  done
  ((DB_COUNT > 0)) && db_use 0
  if ! $failed; then
    emit t terminate phase "$PHASE" terminated "$total"
  else
    emit t note phase "$PHASE" message "could not terminate the migration's database sessions (psql failed); statement_timeout still bounds them"
  fi
}

human_bytes() {
  local b=$1
  if ((b >= 1073741824)); then
    printf '%d.%d GiB' $((b / 1073741824)) $((b % 1073741824 * 10 / 1073741824))
  elif ((b >= 1048576)); then
    printf '%d.%d MiB' $((b / 1048576)) $((b % 1048576 * 10 / 1048576))
  else
    printf '%d KiB' $((b / 1024))
  fi
}

# Part of the Migration Guard supervisor (joined into one script at build time). The two locks of a deploy.

# --- the host lock: one per application directory (its canonical path) ----------------------------------

# Processes that have FILE open (Linux /proc; elsewhere nothing): what really holds a lock, whatever the
# holder file says. Prints `pid N (command)` items.
lock_users() {
  local file=$1 fd pid cmd self out=""
  self=$(tr '\0' ' ' 2>/dev/null <"/proc/$$/cmdline")
  # One find, not a readlink per descriptor: a busy host has thousands. Our own subshells (and find, gone
  # by the time we look) are not holders.
  while IFS= read -r fd; do
    pid=${fd#/proc/}
    pid=${pid%%/*}
    [[ $pid == "$$" || $out == *"pid $pid "* ]] && continue
    cmd=$(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline") || continue
    [[ -z $cmd || $cmd == "$self" ]] && continue
    out+="${out:+, }pid $pid (${cmd:0:120})"
  done < <(find /proc -mindepth 3 -maxdepth 3 -path '/proc/[0-9]*/fd/*' -lname "$file" 2>/dev/null)
  printf '%s' "$out"
}

# What holds the host lock: the holder file (who took it), and whether that deploy has ended (then a
# process it left behind holds it, named by lock_users).
lock_holder() {
  local lock=$1 holder id users
  holder=$(cat -- "$lock.holder" 2>/dev/null || echo "unknown")
  id=${holder#deploy }
  id=${id%% *}
  users=$(lock_users "$lock")
  if [[ -n $id && -f ${lock%/*}/deploys/$id/journal.jsonl ]] &&
    grep -q '"t":"end"' -- "${lock%/*}/deploys/$id/journal.jsonl" 2>/dev/null; then
    holder="no running deploy: $holder has ended, and the lock is still open in ${users:-a process this host does not show}"
  elif [[ -n $users ]]; then
    holder+="; open in $users"
  fi
  printf '%s' "$holder"
}

host_lock() {
  local state lock holder
  # The front made the deploy's directory in the app's state directory (app_state_dir): no second lookup.
  state=${DEPLOY_DIR%/deploys/*}
  lock="$state/deploy.lock"
  exec {LOCK_FD}>>"$lock"
  phase_start lock
  canonical_app_dir
  if ! flock -n "$LOCK_FD"; then
    holder=$(lock_holder "$lock")
    emit t lock state waiting holder "$holder"
    if ! flock -w "${MG_LOCK_WAIT:-900}" "$LOCK_FD"; then
      holder=$(lock_holder "$lock")
      phase_end failed holder "$holder"
      finish failed "Another deploy holds the lock on $APP_DIR_CANONICAL after waiting ${MG_LOCK_WAIT:-900}s: $holder"
    fi
  fi
  local since
  utc_now since
  printf 'deploy %s (host %s, app dir %s, environment %s, %s, since %s, supervisor pid %s)' "$MG_DEPLOY_ID" \
    "${HOSTNAME:-unknown host}" "$APP_DIR_CANONICAL" "${MG_ENVIRONMENT-}" "${MG_ORIGIN:-unknown origin}" \
    "$since" "$$" >"$lock.holder"
  phase_end ok
}

# --- the database lock: one per database, whatever host, app dir or runner deploys to it ---------------

# A session-level advisory lock on every database of the app, each held by a psql session the worker keeps
# open from before the pending migrations are read until the deploy ends: through the gate, the backup, the
# migration and a restore. A session goes when the worker ends or dies (its end of the pipe closes: psql
# reads end of input), and with the connection if the host goes. Advisory locks are per database, so the key
# is a constant. The holder's description travels as a literal in the query text, which other sessions read
# in pg_stat_activity.
readonly DB_LOCK_KEY="1296515879, 9"
DB_LOCKED=false
DBLOCK_FDS=() # our ends of the lock sessions' pipes: close_ours closes them in every command we run

# db_lock_session: starts a psql session on the current database (db_use) and takes the lock in it, waiting
# up to MG_LOCK_WAIT. Returns 0 when held; otherwise sets LOCK_WHY (could not try) or ends the deploy
# (another deploy holds it). A bash coprocess would do, but bash keeps only one at a time: a FIFO pair each.
LOCK_WHY=""
db_lock_session() {
  local holder=$1 n=${#DBLOCK_FDS[@]} to from pid
  local fifo="$DEPLOY_DIR/dblock.$n"
  rm_present "$fifo.in" "$fifo.out"
  if ! mkfifo -m 600 -- "$fifo.in" "$fifo.out"; then
    LOCK_WHY="could not make a pipe in $DEPLOY_DIR"
    return 1
  fi
  # Ours are opened read-write (never blocks); psql opens its ends read-only and write-only, so it reads
  # end of input exactly when we (the only writer) are gone.
  exec {to}<>"$fifo.in" {from}<>"$fifo.out"
  DBLOCK_FDS+=("$to" "$from")
  (
    exec <"$fifo.in" >"$fifo.out"
    close_ours
    child_env
    local kv
    for kv in "${DB_ENV[@]}"; do export "${kv?}"; done
    export PGAPPNAME="migration-guard-lock:$MG_DEPLOY_ID"
    cd -- "$MG_APP_DIR" || exit 127
    exec "${RUN_PREFIX[@]}" "$LOCK_PSQL" -X -q -A -t -v ON_ERROR_STOP=1 -v "holder=$holder" 2>/dev/null
  ) &
  pid=$!
  local deadline now answer waited=false other
  now_ms now
  deadline=$((now + ${MG_LOCK_WAIT:-900} * 1000))
  while :; do
    answer=""
    printf '%s\n' "SELECT pg_try_advisory_lock($DB_LOCK_KEY)::text || ' ' || :'holder';" 2>/dev/null 1>&"$to" &&
      read_session "$from" "$pid" answer
    rm -f -- "$fifo.in" "$fifo.out"
    case $answer in
    "true "*)
      return 0
      ;;
    "false "*)
      printf '%s\n' "SELECT coalesce(substring(a.query from \$re\$'(deploy [^']*)'\$re\$), 'pid ' || a.pid || ' ' || a.application_name) || ', connected from ' || coalesce(host(a.client_addr), 'the local socket') || ' at ' || to_char(a.backend_start AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ${DB_LOCK_KEY%%,*} AND l.objid = ${DB_LOCK_KEY##* } AND l.objsubid = 2 AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) LIMIT 1;" 1>&"$to"
      other=""
      read_session "$from" "$pid" other
      if ! $waited; then
        emit t lock state waiting kind database holder "${other:-unknown}"
        waited=true
      fi
      now_ms now
      if ((now >= deadline)); then
        phase_end failed holder "${other:-unknown}"
        finish failed "Another deploy holds the database lock on $(db_label) after waiting ${MG_LOCK_WAIT:-900}s: ${other:-unknown}. Nothing was migrated."
      fi
      nap 1
      ;;
    *)
      LOCK_WHY="psql could not connect to $(db_label)"
      return 1
      ;;
    esac
  done
}

# read_session FD PID VAR: one answer line from a lock session, or "" once the session is gone or after 60 s.
# A read that times out keeps what it had read of the line (bash stores partial input): on a loaded host the
# timer can fire mid-line, and the rest comes with the next read.
read_session() {
  local fd=$1 pid=$2 i part=""
  local -n line=$3
  line=""
  for ((i = 0; i < 60; i++)); do
    if IFS= read -r -t 1 -u "$fd" part; then
      line+=$part
      return 0
    fi
    line+=$part
    part=""
    if ! kill -0 "$pid" 2>/dev/null; then
      IFS= read -r -t 1 -u "$fd" part
      line+=$part
      return 0
    fi
  done
  line=""
}

# The psql the lock sessions start (LOCK_PSQL). On Debian and Ubuntu the `psql` on PATH is pg_wrapper, a Perl
# script that picks a client version and starts it: 80-100 ms before the lock is even asked for, on the way to
# the pending list. Where it is, the newest client it can pick is started directly instead (a newer client
# talks to older servers); through a run-prefix, or with any other psql first on PATH, plain `psql`. A
# session the direct client could not open is tried again with `psql` (db_lock), so this never fails a
# deploy that `psql` would have locked.
LOCK_PSQL=psql
lock_psql() {
  LOCK_PSQL=psql
  ((${#RUN_PREFIX[@]} == 0)) || return 0
  local dir first="" client version best=-1 IFS=:
  for dir in $PATH; do
    [[ -x ${dir:-.}/psql ]] && first=${dir:-.}/psql && break
  done
  [[ -n $first && $first -ef /usr/share/postgresql-common/pg_wrapper ]] || return 0
  for client in /usr/lib/postgresql/*/bin/psql; do
    version=${client#/usr/lib/postgresql/}
    version=${version%%/*}
    [[ $version =~ ^[0-9]+$ && -x $client ]] && ((version > best)) && best=$version LOCK_PSQL=$client
  done
  return 0
}

# The pg_dump and pg_restore the backup, its check and the restore start (PG_DUMP, PG_RESTORE). Where the lock
# sessions start the newest Debian client directly (lock_psql), that version's pg_dump and pg_restore too:
# pg_wrapper took 40-50 ms to start each (Perl), one of them on the way to every backup, and it picks the
# cluster's version for them, not the newest. Anywhere else the names on PATH. Always a pair from one place:
# a dump is restored by a pg_restore of the same version as its pg_dump (an older one cannot read it).
PG_DUMP=pg_dump
PG_RESTORE=pg_restore
pg_tools() {
  PG_DUMP=pg_dump PG_RESTORE=pg_restore
  [[ $LOCK_PSQL == /*/bin/psql ]] || return 0
  local bin=${LOCK_PSQL%/psql}
  [[ -x $bin/pg_dump && -x $bin/pg_restore ]] && PG_DUMP=$bin/pg_dump PG_RESTORE=$bin/pg_restore
  return 0
}

db_lock() {
  [[ ${MG_DATABASE:-postgresql} == postgresql ]] || return 0
  phase_start db-lock
  db_config
  local why="" i locked
  if [[ $DB_STATE == failed ]]; then
    why="the database settings could not be read from the app"
  elif ((${#RUN_PREFIX[@]} == 0)) && ! type -P psql >/dev/null 2>&1; then
    why="psql is not installed on the host"
  fi
  if [[ -z $why ]]; then
    local holder since
    canonical_app_dir
    utc_now since
    holder="deploy $MG_DEPLOY_ID (host ${HOSTNAME:-unknown}, app dir $APP_DIR_CANONICAL, ${MG_ORIGIN:-unknown origin}, since $since)"
    DB_LOCKED=true
    lock_psql
    # Every database the app names (without a preset: the one libpq's defaults reach), in the app's order.
    for ((i = 0; i < (DB_COUNT > 0 ? DB_COUNT : 1); i++)); do
      ((DB_COUNT > 0)) && db_use "$i"
      if [[ -n ${DB_ADAPTERS[i]-} && ${DB_ADAPTERS[i]} != postgresql && ${DB_ADAPTERS[i]} != postgis ]]; then
        why="the app's database $(db_label) uses the ${DB_ADAPTERS[i]} adapter, not PostgreSQL"
        DB_LOCKED=false
        break
      fi
      # Fails towards `psql`: a direct client that could not open the session gives way to the wrapper.
      locked=false
      db_lock_session "$holder" && locked=true
      if ! $locked && [[ $LOCK_PSQL != psql ]]; then
        LOCK_PSQL=psql
        db_lock_session "$holder" && locked=true
      fi
      if ! $locked; then
        why=$LOCK_WHY
        DB_LOCKED=false
        break
      fi
    done
    ((DB_COUNT > 0)) && db_use 0
  fi
  if $DB_LOCKED; then
    phase_end ok
    return 0
  fi
  # Without a connection the built-in backup cannot work either: stop now, nothing has been touched.
  if [[ ${MG_BACKUP:-always} == always && -z ${MG_BACKUP_COMMAND-} ]]; then
    phase_end failed message "$why"
    finish failed "Could not take the database lock: $why. Nothing was migrated."
  fi
  phase_end unverified message "$why; only the host lock serializes deploys"
  emit t note phase db-lock message "could not take the database lock ($why): deploys from other hosts or app dirs to this database are not kept out"
}

# Part of the Migration Guard supervisor (joined into one script at build time). The backup, taken before migrating.

# --- backup, before migrating --------------------------------------------------------------------------

BACKUP_PATH="" # the first backup this deploy took ("" when none): a failure restores when there is one
BACKUP_PATHS=() # per database (db_use index): its verified backup, "" when it has none
BACKUP_SHAS=()
NO_MIGRATIONS_TABLE=false
NOTHING_TO_BACK_UP=false
EMPTY_DATABASES="" # databases with nothing to back up (no migrations table, no tables), for messages

# backup_fail MESSAGE: removes what this deploy wrote to the backup dir so far and stops; nothing migrated.
backup_fail() {
  local i
  for ((i = 0; i < ${#BACKUP_PATHS[@]}; i++)); do
    [[ -n ${BACKUP_PATHS[i]} ]] && rm -f -- "${BACKUP_PATHS[i]}"
  done
  BACKUP_PATHS=() BACKUP_SHAS=() BACKUP_PATH=""
  finish failed "$1"
}

backup() {
  phase_start backup
  # The early dump (early_dump) ran alongside pending and gate: the phase's time counts from its start.
  BACKUP_PHASE_START=$PHASE_START
  [[ -n $EARLY_PARTIAL ]] && PHASE_START=$EARLY_START
  if [[ ${MG_BACKUP:-always} == never ]]; then
    phase_end skipped message "backup: never"
    return 0
  fi
  local pg=false
  [[ ${MG_DATABASE:-postgresql} == postgresql ]] && pg=true
  if ! $pg && [[ -z ${MG_BACKUP_COMMAND-} ]]; then
    phase_end failed message "no default backup for ${MG_DATABASE-}"
    finish failed "There is no built-in backup for ${MG_DATABASE-} databases: set backup-command and restore-command (or backup: never). Nothing was migrated."
  fi
  local dir
  if ! backup_dir dir; then
    phase_end failed message "cannot create $dir"
    finish failed "Cannot create the backup directory $dir on the host; check backup-dir. Nothing was migrated."
  fi
  # What to back up: every database of the app (a Rails multi-database app migrates them all in one
  # `db:migrate`), each to its own file. A backup-command is one command for the whole app: it runs once.
  local -a targets=(0)
  local i db_size="" size total=0 free
  if $pg; then
    db_config
    if [[ $DB_STATE == failed && -z ${MG_BACKUP_COMMAND-} ]]; then
      phase_end failed message "database settings unreadable"
      finish failed "The database settings could not be read from the app, so no backup could be taken: set backup-command (or backup: never). Nothing was migrated."
    fi
    if [[ -z ${MG_BACKUP_COMMAND-} ]] && ((DB_COUNT > 1)); then
      targets=()
      for ((i = 0; i < DB_COUNT; i++)); do targets+=("$i"); done
    fi
    local -a kept=()
    for i in "${targets[@]}"; do
      ((DB_COUNT > 0)) && db_use "$i"
      if [[ -z ${MG_BACKUP_COMMAND-} && -n ${DB_ADAPTERS[i]-} && ${DB_ADAPTERS[i]} != postgresql && ${DB_ADAPTERS[i]} != postgis ]]; then
        phase_end failed message "no built-in backup for the ${DB_ADAPTERS[i]} database $DB_NAME"
        finish failed "The app's database $(db_label) uses the ${DB_ADAPTERS[i]} adapter: the built-in backup is for PostgreSQL only. Set backup-command and restore-command (or backup: never). Nothing was migrated."
      fi
      # The early dump measured its database before it dumped (early_wait has its figures).
      [[ -n $EARLY_PARTIAL ]] && ((i == 0)) && early_wait
      if [[ -n $EARLY_PARTIAL ]] && ((i == 0)); then
        size=$EARLY_SIZE
      else
        size=$(pg_exec 60 "${LOCK_PSQL:-psql}" -X -q -A -t -c 'SELECT pg_database_size(current_database())' </dev/null 2>/dev/null)
      fi
      [[ $size =~ ^[0-9]+$ ]] || size=""
      if [[ -z $size && -z ${MG_BACKUP_COMMAND-} ]]; then
        phase_end failed message "database unreachable"
        finish failed "Could not measure the database $(db_label) through psql, so no backup was taken. Nothing was migrated."
      fi
      # Never migrated and holding no relation at all: there is nothing to back up. A count that cannot be
      # read is not 0, so the backup is taken as usual.
      if $NO_MIGRATIONS_TABLE && [[ -z ${MG_BACKUP_COMMAND-} ]]; then
        local relations
        relations=$(pg_exec 60 "${LOCK_PSQL:-psql}" -X -q -A -t -c "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r','p','v','m','S','f') AND n.nspname NOT IN ('pg_catalog','information_schema') AND n.nspname NOT LIKE 'pg_toast%'" </dev/null 2>/dev/null)
        if [[ $relations == 0 ]]; then
          EMPTY_DATABASES+="${EMPTY_DATABASES:+, }$(db_label)"
          emit t note phase backup message "nothing to back up in $(db_label): the database has no migrations table and no tables"
          continue
        fi
      fi
      kept+=("$i")
      DB_SIZES[i]=${size:-0}
      [[ -n $size ]] && total=$((total + size)) && db_size=$total
    done
    ((DB_COUNT > 0)) && db_use 0
    if ((${#kept[@]} == 0)); then
      early_stop "there is nothing to back up"
      NOTHING_TO_BACK_UP=true
      phase_end skipped message "nothing to back up (no migrations table, no tables)"
      return 0
    fi
    targets=("${kept[@]}")
  fi
  if [[ -n $EARLY_PARTIAL ]]; then
    free=$EARLY_FREE
  else
    free=$(df --output=avail -B1 -- "$dir" 2>/dev/null | tail -n 1)
  fi
  free=${free//[^0-9]/}
  emit t backup-check db_size "${db_size:-0}" free "${free:-0}" dir "$dir"
  # A logical dump leaves indexes out and compresses the data: the databases' size bounds the dumps'.
  if [[ -n $db_size && -n $free ]] && ((free < db_size)); then
    early_stop "not enough disk"
    phase_end failed message "not enough disk: $(human_bytes "$free") free, database $(human_bytes "$db_size")"
    finish failed "Not enough disk space for the backup in $dir: $(human_bytes "$free") free ($free bytes), the database$( ((${#targets[@]} > 1)) && echo "s are" || echo " is") $(human_bytes "$db_size") ($db_size bytes). Free space or point backup-dir at a larger disk. Nothing was migrated."
  fi

  local env=${MG_ENVIRONMENT:-deploy} sha=nosha stem key db
  env=${env//[^A-Za-z0-9_.-]/_}
  [[ ${MG_SHA-} =~ ^[0-9a-fA-F]{7,64}$ ]] && sha=${MG_SHA:0:12}
  # The app's key is in the name: apps sharing a backup-dir never prune each other's backups. A database of
  # a multi-database app adds its name: `<stem>.<database>.dump`, one stem per deploy.
  key=$(app_key)
  stem="$env-$(date -u +%Y%m%dT%H%M%SZ)-$sha-${key:0:12}"
  for i in "${targets[@]}"; do
    db=${DB_NAMES[i]-}
    ((DB_COUNT <= 1)) && db=""
    [[ -e $dir/$stem${db:+.$db}.dump ]] && stem+="-${MG_DEPLOY_ID##*-}" && break
  done
  local -a events=()
  for i in "${targets[@]}"; do
    ((DB_COUNT > 0)) && db_use "$i"
    db=${DB_NAMES[i]-}
    if [[ -n ${MG_BACKUP_COMMAND-} ]] || ((DB_COUNT <= 1)); then db=""; fi
    # Two names the same after sanitizing (db_config) keep apart by their index.
    [[ -n $db && " ${BACKUP_PATHS[*]} " == *" $dir/$stem.$db.dump "* ]] && db+="_$i"
    if [[ -n $EARLY_PARTIAL ]] && ((i == 0)); then
      # Its job ended in early_wait: what it left is checked as any dump's (dump_collect).
      local partial=$EARLY_PARTIAL
      EARLY_PARTIAL=""
      dump_collect "$dir/$stem${db:+.$db}.dump" "$partial" "$pg" "$i" "$EARLY_START"
    else
      backup_one "$dir" "$dir/$stem${db:+.$db}.dump" "$pg" "$i"
    fi
    events+=("$i")
  done
  ((DB_COUNT > 0)) && db_use 0
  local pruned
  pruned=$(prune_backups "$dir" "$env" "${key:0:12}" "${MG_BACKUP_KEEP:-5}" "$BACKUP_PATH" "$(app_state_dir)/deploys")
  for i in "${events[@]}"; do
    ((DB_COUNT > 0)) && db_use "$i"
    # shellcheck disable=SC2086 # the recorded fields: words without spaces but the connection (last)
    emit t backup path "${BACKUP_PATHS[i]}" sha256 "${BACKUP_SHAS[i]}" ${BACKUP_FIELDS[i]} pruned "$pruned" \
      free "${free:-0}" database "$DB_NAME" connection "$DB_INFO"
  done
  ((DB_COUNT > 0)) && db_use 0
  if ((PHASE_START < BACKUP_PHASE_START)); then
    phase_end ok message "dumped from $((BACKUP_PHASE_START - PHASE_START)) ms before the gate's go, alongside the pending reading and the gate"
  else
    phase_end ok
  fi
}

# backup_dir VAR: the backup directory (made when missing), absolute, in VAR. 1 when it cannot be made.
# Relative paths are under the home directory on the host (where the supervisor runs), like app-dir.
backup_dir() {
  local -n backup_dir_out=$1
  backup_dir_out=${MG_BACKUP_DIR:-$(app_state_dir)/backups}
  mkdir -p -- "$backup_dir_out" 2>/dev/null || return 1
  [[ $backup_dir_out == /* ]] || backup_dir_out=$(cd -- "$backup_dir_out" && pwd)
}

# The built-in dump, run as one job in its own session (run_start): pg_dump to the partial file with its
# sha256 taken on the way (on another core, not by reading the whole file again), and `pg_restore --list` on
# the same stream as it passes (through the FIFO P.toc): a custom-format archive written to a pipe carries its
# table of contents before the data, which is all --list reads, so the check that read the finished file
# (~90 ms after the dump, on the way to the migration) now ends with the dump; what it reads is the bytes
# the file holds. The reader drains the rest of the stream after it, so tee never meets a closed pipe.
# pg_dump writes to its stdout, so a run-prefix (`docker exec -i app`) still lands the file on the host.
# Arguments: the run-prefix's length, the run-prefix. What it leaves beside the partial file P: P.sha256,
# P.times (`DUMP_MS VERIFY_MS`, the second the wait for the check after the dump), P.entries (the table of
# contents' entries: verified) or P.verify-err. With MG_BACKUP_CHECK (the early dump) it first measures the
# database and the free space of MG_BACKUP_DIR into P.check (`SIZE FREE`), and dumps nothing when either is
# unknown or the disk is too small.
# shellcheck disable=SC2016 # expanded by the inner bash, not here
readonly DUMP_SCRIPT='set -o pipefail
ms() { if [[ -n ${EPOCHREALTIME-} ]]; then local t=${EPOCHREALTIME/[.,]/}; printf -v "$1" "%s" "$((t / 1000))"; else printf -v "$1" "%s" "$(date +%s%3N)"; fi; }
prefix=("${@:2:$1}")
p=$MG_BACKUP_PATH
if [[ -n ${MG_BACKUP_CHECK-} ]]; then
  # The free space is read while psql measures the database.
  df --output=avail -B1 -- "$MG_BACKUP_DIR" >"$p.df" 2>/dev/null &
  df_pid=$!
  size=$(timeout -k 5 60 "${prefix[@]}" "$MG_BACKUP_CHECK" -X -q -A -t -c "SELECT pg_database_size(current_database())" </dev/null 2>/dev/null)
  wait "$df_pid"
  free=""
  while IFS= read -r line; do free=$line; done <"$p.df"
  [[ $size =~ ^[0-9]+$ ]] || size=""
  free=${free//[^0-9]/}
  printf "%s %s\n" "${size:--}" "${free:--}" >"$p.check"
  [[ -n $size && -n $free ]] && ((free >= size)) || exit 0
fi
ms started
[[ -e $p.toc || -L $p.toc ]] && rm -f -- "$p.toc"
mkfifo -- "$p.toc" || exit 1
{ timeout -k 5 3600 "${prefix[@]}" "${MG_PG_RESTORE:-pg_restore}" --list >"$p.list" 2>"$p.verify-err"; echo "$?" >"$p.verify-rc"; cat >/dev/null; } <"$p.toc" &
checker=$!
"${prefix[@]}" "${MG_PG_DUMP:-pg_dump}" --format=custom --lock-wait-timeout="$MG_DUMP_LOCK_WAIT" | tee -- "$p" "$p.toc" | sha256sum >"$p.sha256"
rc=$?
ms dumped
wait "$checker"
gone=("$p.toc" "$p.df")
if ((rc != 0)) || [[ ! -s $p ]]; then
  rm -f -- "${gone[@]}"
  exit "$rc"
fi
verify_rc=""
read -r verify_rc <"$p.verify-rc"
gone+=("$p.list" "$p.verify-rc")
if [[ $verify_rc == 0 ]]; then
  grep -c -v "^;" <"$p.list" >"$p.entries"
  gone+=("$p.verify-err")
fi
rm -f -- "${gone[@]}"
ms now
printf "%s %s\n" "$((dumped - started))" "$((now - dumped))" >"$p.times"
exit 0'

# dump_start PARTIAL PG [CHECK-PSQL]: starts the dump of the current database (db_use) into PARTIAL (the
# built-in job above, or backup-command) and returns at once (run_start: RS_PID, RS_PIDFILE, RS_TAG).
dump_start() {
  local partial=$1 pg=$2 check=${3-}
  pg_tools
  RG_ENV=("${DB_ENV[@]}" "MG_BACKUP_PATH=$partial" "MG_DUMP_LOCK_WAIT=${MG_DUMP_LOCK_WAIT:-${MG_LOCK_TIMEOUT:-5000}}"
    "MG_PG_DUMP=$PG_DUMP" "MG_PG_RESTORE=$PG_RESTORE")
  [[ -n $check ]] && RG_ENV+=("MG_BACKUP_CHECK=$check" "MG_BACKUP_DIR=${partial%/*}")
  if [[ -n ${MG_BACKUP_COMMAND-} ]] || ! $pg; then
    run_start backup "${RUN_PREFIX[@]}" sh -c "$MG_BACKUP_COMMAND"
  else
    run_start backup bash -c "$DUMP_SCRIPT" dump "${#RUN_PREFIX[@]}" "${RUN_PREFIX[@]}"
  fi
  RG_ENV=()
}

# backup_one DIR PATH PG INDEX: dumps the current database (db_use) to PATH through a partial file, verifies
# it, and records it (dump_collect).
BACKUP_FIELDS=()
DB_SIZES=()
backup_one() {
  local dir=$1 path=$2 pg=$3 i=$4 partial started
  partial="$dir/.${path##*/}.partial"
  now_ms started
  dump_start "$partial" "$pg"
  run_watch $((started + ${MG_BACKUP_TIMEOUT:-21600} * 1000))
  dump_collect "$path" "$partial" "$pg" "$i" "$started"
}

# dump_collect PATH PARTIAL PG INDEX STARTED: checks what the ended dump job left (RG_RC, RG_TIMED_OUT from
# run_watch) and records the file as PATH in BACKUP_PATHS/BACKUP_SHAS/BACKUP_FIELDS[INDEX]. A dump that
# failed, timed out, is empty or did not verify ends the deploy (backup_fail): nothing migrates.
dump_collect() {
  local path=$1 partial=$2 pg=$3 i=$4 started=$5 size sum db_size now times=() dump_ms entries=0
  VERIFY_MS=0
  now_ms now
  dump_ms=$((now - started))
  if $pg && [[ -z ${MG_BACKUP_COMMAND-} && -s $partial.times ]]; then
    read -r -a times <"$partial.times"
    dump_ms=${times[0]-0} VERIFY_MS=${times[1]-0}
  fi
  if ((RG_RC != 0)) || [[ ! -s $partial ]]; then
    dump_remove "$partial"
    phase_end failed rc "$RG_RC" message "the backup failed${DB_NAME:+ ($DB_NAME)}"
    $RG_TIMED_OUT && backup_fail "The backup${DB_NAME:+ of $DB_NAME} passed its ${MG_BACKUP_TIMEOUT:-21600}s deadline and was stopped; nothing was migrated."
    backup_fail "The backup${DB_NAME:+ of $(db_label)} failed (exit $RG_RC$([[ $RG_RC == 0 ]] && echo ", empty file")); nothing was migrated. (pg_dump waits at most ${MG_DUMP_LOCK_WAIT:-${MG_LOCK_TIMEOUT:-5000}} ms, the lock-timeout, for a table lock another session holds.)"
  fi
  if $pg; then
    # A backup-command's file is verified here, as the built-in job verifies its own.
    [[ -e $partial.entries || -e $partial.verify-err ]] || dump_verify "$partial"
    if [[ ! -s $partial.entries ]]; then
      local why=""
      [[ -f $partial.verify-err ]] && why=$(head -c 300 -- "$partial.verify-err" | tr '\n' ' ')
      dump_remove "$partial"
      phase_end failed message "verification failed${DB_NAME:+ ($DB_NAME)}"
      backup_fail "The backup${DB_NAME:+ of $(db_label)} did not verify (pg_restore --list: ${why:-no table of contents}); it was removed and nothing was migrated."
    fi
    entries=$(<"$partial.entries")
    entries=${entries//[^0-9]/}
  fi
  mv -f -- "$partial" "$path"
  size=$(stat -c %s -- "$path")
  if [[ -s $partial.sha256 ]]; then sum=$(<"$partial.sha256"); else sum=$(sha256sum -- "$path"); fi
  sum=${sum%% *}
  dump_remove "$partial"
  db_size=${DB_SIZES[i]-0}
  BACKUP_PATHS[i]=$path
  BACKUP_SHAS[i]=$sum
  BACKUP_FIELDS[i]="size $size db_size $db_size entries ${entries:-0} dump_ms $dump_ms verify_ms $VERIFY_MS verified $($pg && echo pg_restore-list || echo non-empty)"
  [[ -n $BACKUP_PATH ]] || BACKUP_PATH=$path
}

# dump_verify PARTIAL: `pg_restore --list` on PARTIAL, as the built-in job does: PARTIAL.entries when it
# reads the table of contents, PARTIAL.verify-err otherwise; the time it took in VERIFY_MS.
dump_verify() {
  local p=$1 list started now
  now_ms started
  pg_tools
  if list=$(pg_exec 3600 "$PG_RESTORE" --list <"$p" 2>"$p.verify-err"); then
    grep -c -v '^;' <<<"$list" >"$p.entries"
    rm -f -- "$p.verify-err"
  fi
  now_ms now
  VERIFY_MS=$((now - started))
}

# dump_remove PARTIAL: the partial file and what its job wrote beside it.
dump_remove() {
  local p=$1
  rm -f -- "$p" "$p.sha256" "$p.check" "$p.times" "$p.entries" "$p.verify-err" "$p.timed-out" "$p.toc" "$p.list" \
    "$p.verify-rc" "$p.df"
}

# --- the early dump: taken while the action reads the pending list and decides ---------------------------

# The built-in PostgreSQL dump of a single-database app starts right after the database lock is held (no
# other deploy can migrate this database from then on, so the dump is of the state before this deploy's
# migrations), and runs while the host reads the pending list and the action classifies and gates. After a
# `go`, backup() waits for it and checks it exactly as a dump it started itself (dump_collect): a dump that
# failed or did not verify stops the deploy before anything migrates. A stop (gate closed, nothing pending,
# any failure), or nothing to back up, ends its job (its whole process group and everything carrying its
# tag) and removes its files (early_stop), said in a note. Its deadline is the backup's, from its start,
# enforced on the host by a watchdog until backup() watches it (run_watch) itself.
# Not early: backup-command (what it does cannot be taken back by removing a file), a multi-database app
# (their sizes are checked together against the free space before any is dumped), backup: never.
# A dump that sat finished while the gate still decided holds a snapshot older than a dump taken at `go`
# would: writes in between are lost on a restore (docs/deploy.md: a restore discards every write made after
# the backup was taken). When the `go` came more than MG_EARLY_STALE seconds (10) after the dump ended
# (a warn profile's pause, a slow approval lookup), it is dropped and the backup is taken at `go`, as before.
BACKUP_PHASE_START=0 # when backup() began (after the `go`); PHASE_START is the early dump's start when there is one
EARLY_PARTIAL="" # the early dump's partial file while it is this deploy's ("" once adopted or stopped)
EARLY_START=0
EARLY_PID=""
EARLY_PIDFILE=""
EARLY_TAG=""
EARLY_WATCHDOG=""
EARLY_SIZE=""
EARLY_FREE=""
EARLY_RC=0
EARLY_TIMED_OUT=false
early_dump() {
  [[ ${MG_BACKUP:-always} == always && ${MG_DATABASE:-postgresql} == postgresql && -z ${MG_BACKUP_COMMAND-} ]] || return 0
  [[ $DB_STATE == ready || $DB_STATE == none ]] && ((DB_COUNT <= 1)) && $DB_LOCKED || return 0
  local dir
  # Fails towards the dump after the gate: backup() makes the directory again, and stops when it cannot.
  backup_dir dir || return 0
  EARLY_PARTIAL="$dir/.early-$MG_DEPLOY_ID.partial"
  dump_remove "$EARLY_PARTIAL"
  now_ms EARLY_START
  dump_start "$EARLY_PARTIAL" true "${LOCK_PSQL:-psql}"
  EARLY_PID=$RS_PID EARLY_PIDFILE=$RS_PIDFILE EARLY_TAG=$RS_TAG
  CURRENT_TAG=""
  early_watchdog $((EARLY_START + ${MG_BACKUP_TIMEOUT:-21600} * 1000)) &
  EARLY_WATCHDOG=$!
  emit t note phase "$PHASE" message "the backup's dump started early, while the pending migrations are read and gated; it is kept only after a go"
}

# early_watchdog DEADLINE: the early dump's deadline while nothing else watches it (backup() does from its
# start): TERM to all it started, KILL after MG_KILL_GRACE, as run_watch would; P.timed-out says so.
early_watchdog() {
  close_ours keep-stream
  NAP_FD=""
  local now
  while kill -0 "$EARLY_PID" 2>/dev/null; do
    now_ms now
    if ((now >= $1)); then
      : >"$EARLY_PARTIAL.timed-out"
      emit t deadline phase backup action term
      kill_run TERM "$(cat -- "$EARLY_PIDFILE" 2>/dev/null)" "$EARLY_TAG"
      nap "${MG_KILL_GRACE:-5}"
      emit t deadline phase backup action kill
      kill_run KILL "$(cat -- "$EARLY_PIDFILE" 2>/dev/null)" "$EARLY_TAG"
      return 0
    fi
    nap 0.5
  done
}

# early_wait: waits for the early dump's job under its deadline (run_watch; the watchdog's part ends) and
# reads its measurements (EARLY_SIZE, EARLY_FREE), once; the outcome is in EARLY_RC and EARLY_TIMED_OUT. A
# dump that sat finished too long (MG_EARLY_STALE) before the `go` is dropped here (EARLY_PARTIAL empty):
# backup() then measures and dumps as without it.
early_wait() {
  [[ -n $EARLY_PID ]] || return 0
  RS_PID=$EARLY_PID RS_PIDFILE=$EARLY_PIDFILE RS_TAG=$EARLY_TAG
  CURRENT_TAG=$EARLY_TAG
  run_watch $((EARLY_START + ${MG_BACKUP_TIMEOUT:-21600} * 1000))
  kill "$EARLY_WATCHDOG" 2>/dev/null
  wait "$EARLY_WATCHDOG" 2>/dev/null
  [[ -e $EARLY_PARTIAL.timed-out ]] && RG_TIMED_OUT=true RG_RC=124
  EARLY_RC=$RG_RC EARLY_TIMED_OUT=$RG_TIMED_OUT EARLY_PID="" EARLY_WATCHDOG=""
  local check=() done_at stale=$((${MG_EARLY_STALE:-10} * 1000))
  [[ -s $EARLY_PARTIAL.check ]] && read -r -a check <"$EARLY_PARTIAL.check"
  EARLY_SIZE=${check[0]-} EARLY_FREE=${check[1]-}
  [[ $EARLY_SIZE == - ]] && EARLY_SIZE=""
  [[ $EARLY_FREE == - ]] && EARLY_FREE=""
  done_at=$(stat -c %Y -- "$EARLY_PARTIAL.times" 2>/dev/null) || done_at=""
  if [[ -n $done_at && -s $DEPLOY_DIR/decision ]] &&
    (($(stat -c %Y -- "$DEPLOY_DIR/decision") * 1000 - done_at * 1000 > stale)); then
    early_stop "it was finished more than ${MG_EARLY_STALE:-10}s before the go (its snapshot would be older than needed); the backup is taken now"
    PHASE_START=$BACKUP_PHASE_START
  fi
  RG_RC=$EARLY_RC RG_TIMED_OUT=$EARLY_TIMED_OUT
}

# early_stop WHY: ends the early dump when it is not (or no longer) wanted and removes its files; a note says so.
early_stop() {
  [[ -n $EARLY_PARTIAL ]] || return 0
  if [[ -n $EARLY_WATCHDOG ]]; then
    kill "$EARLY_WATCHDOG" 2>/dev/null
    wait "$EARLY_WATCHDOG" 2>/dev/null
  fi
  if [[ -n $EARLY_PID ]]; then
    local pgid="" i
    [[ -s $EARLY_PIDFILE ]] && pgid=$(<"$EARLY_PIDFILE")
    kill_run TERM "$pgid" "$EARLY_TAG"
    for ((i = 0; i < 40; i++)); do
      kill -0 "$EARLY_PID" 2>/dev/null || { [[ -n $pgid ]] && kill -0 -- "-$pgid" 2>/dev/null; } || [[ -n $(tagged_pids "$EARLY_TAG") ]] || break
      nap 0.05
    done
    kill_run KILL "$pgid" "$EARLY_TAG"
    wait "$EARLY_PID" 2>/dev/null
    rm -f -- "$EARLY_PIDFILE"
  fi
  dump_remove "$EARLY_PARTIAL"
  emit t note phase "${PHASE:-backup}" message "the early backup dump was stopped and its file removed: $1"
  EARLY_PARTIAL="" EARLY_PID="" EARLY_WATCHDOG=""
}

# prune_backups DIR ENV KEY KEEP CURRENT DEPLOYS: keeps the newest KEEP backups of this app (KEY) and this
# environment (ENV), by their exact names, a deploy's files together (`<stem>.dump`, `<stem>.<database>.dump`);
# never CURRENT's deploy, and never a backup that a deploy of this app which has not ended well (no end, or
# failed / timed-out: its runbook points at it) recorded in its journal. Prints how many files it removed.
prune_backups() {
  local dir=$1 env=$2 key=$3 keep=$4 current=$5 deploys=$6
  local -A needed=() files=()
  local f journal line stem current_stem=""
  local re="^(${env//./\\.}-[0-9]{8}T[0-9]{6}Z-(nosha|[0-9a-fA-F]{7,12})-$key(-[A-Za-z0-9]+)?)(\\.[A-Za-z0-9_-]+)?\\.dump\$"
  # Three greps over all the journals (two per journal took ~40 ms on the way to the migration): those
  # without an end, those that failed, then their backups.
  local -a journals=() open=()
  for journal in "$deploys"/*/journal.jsonl; do
    [[ -f $journal ]] && journals+=("$journal")
  done
  if ((${#journals[@]})); then
    mapfile -t open < <(
      grep -L '"t":"end"' -- "${journals[@]}" 2>/dev/null
      grep -l '"result":"\(failed\|timed-out\)"' -- "${journals[@]}" 2>/dev/null
    )
    ((${#open[@]})) && while IFS= read -r line; do
      [[ $line =~ \"path\":\"([^\"]*)\" ]] && needed[${BASH_REMATCH[1]}]=1
    done < <(grep -h '"t":"backup"' -- "${open[@]}" 2>/dev/null)
  fi
  [[ ${current##*/} =~ $re ]] && current_stem=${BASH_REMATCH[1]}
  for f in "$dir"/"$env"-*.dump; do
    [[ ${f##*/} =~ $re ]] || continue
    stem=${BASH_REMATCH[1]}
    files[$stem]+="$f"$'\n'
  done
  # Names sort by their UTC time: the newest last.
  local -a stems=()
  ((${#files[@]})) && mapfile -t stems < <(printf '%s\n' "${!files[@]}" | LC_ALL=C sort)
  local n=${#stems[@]} i pruned=0 keep_stem
  for ((i = 0; i < n - keep; i++)); do
    stem=${stems[i]}
    [[ $stem == "$current_stem" ]] && continue
    keep_stem=false
    while IFS= read -r f; do
      [[ -n $f && -n ${needed[$f]-} ]] && keep_stem=true
    done <<<"${files[$stem]}"
    $keep_stem && continue
    while IFS= read -r f; do
      [[ -n $f ]] && rm -f -- "$f" && ((pruned++))
    done <<<"${files[$stem]}"
  done
  printf '%s' "$pruned"
}

# Part of the Migration Guard supervisor (joined into one script at build time). The restore, on a timeout or a failure.

# --- restore, on timeout or failure ------------------------------------------------------------------

# Objects the backup does not know about (a table, type or function a migration created) would survive a
# plain `pg_restore --clean`: drop every object of the database's own schemas first, in the same
# transaction as the restore, so the result is the backup and nothing else. Extensions' objects stay.
readonly CLEANUP_SQL=$'DO $mg$\nDECLARE r record;\nBEGIN\n  FOR r IN\n    SELECT format(\'DROP %s IF EXISTS %I.%I CASCADE\', CASE c.relkind WHEN \'v\' THEN \'VIEW\' WHEN \'m\' THEN \'MATERIALIZED VIEW\' WHEN \'S\' THEN \'SEQUENCE\' WHEN \'f\' THEN \'FOREIGN TABLE\' ELSE \'TABLE\' END, n.nspname, c.relname) AS stmt\n      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace\n     WHERE c.relkind IN (\'r\', \'p\', \'v\', \'m\', \'S\', \'f\') AND n.nspname <> \'information_schema\' AND n.nspname NOT LIKE \'pg\\_%\'\n       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = \'pg_class\'::regclass AND d.objid = c.oid AND d.deptype = \'e\')\n    UNION ALL\n    SELECT format(\'DROP TYPE IF EXISTS %I.%I CASCADE\', n.nspname, t.typname)\n      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace\n     WHERE (t.typtype IN (\'e\', \'d\', \'r\') OR (t.typtype = \'c\' AND (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = \'c\'))\n       AND n.nspname <> \'information_schema\' AND n.nspname NOT LIKE \'pg\\_%\'\n       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = \'pg_type\'::regclass AND d.objid = t.oid AND d.deptype = \'e\')\n    UNION ALL\n    SELECT format(\'DROP ROUTINE IF EXISTS %s CASCADE\', p.oid::regprocedure)\n      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace\n     WHERE p.prokind IN (\'f\', \'p\') AND n.nspname <> \'information_schema\' AND n.nspname NOT LIKE \'pg\\_%\'\n       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = \'pg_proc\'::regclass AND d.objid = p.oid AND d.deptype = \'e\')\n  LOOP\n    EXECUTE r.stmt;\n  END LOOP;\nEND\n$mg$;'

# The restore's SQL stream: BEGIN, the clean-up, then pg_restore's script. The last lines of pg_restore's
# output (where its COMMIT is) are held back by awk and passed on, with a COMMIT of our own, only once
# pg_restore has exited 0: a pg_restore that fails part-way (file gone, truncated, unreadable) leaves psql
# at end of input inside the open transaction, and the server rolls everything back, the clean-up
# included. (`psql --single-transaction` would COMMIT at end of input, whatever pg_restore managed to send.)
# pg_restore's own --single-transaction keeps its large-object sections from committing on their own.
# shellcheck disable=SC2016 # expanded by the inner bash, not here
readonly RESTORE_SCRIPT='set -o pipefail
held=$MG_RESTORE_ERR.tail
{
  printf "BEGIN;\n%s\n" "$MG_CLEANUP_SQL"
  if "$@" "${MG_PG_RESTORE:-pg_restore}" --clean --if-exists --single-transaction --file=- <"$MG_BACKUP_PATH" |
    LC_ALL=C awk -v held="$held" '"'"'NR > 64 { print buf[NR % 64] } { buf[NR % 64] = $0 }
      END { for (i = (NR > 64 ? NR - 63 : 1); i <= NR; i++) print buf[i % 64] > held }'"'"'; then
    cat -- "$held" && printf "COMMIT;\n"
  else
    echo "pg_restore failed: nothing of the restore was committed" >&2
    exit 1
  fi
} | "$@" psql -X -q -v ON_ERROR_STOP=1 --output=/dev/null 2>"$MG_RESTORE_ERR"
rc=$?
rm -f -- "$held"
cat -- "$MG_RESTORE_ERR" >&2
exit "$rc"'

# Who holds locks in the database now: for a restore that gave up waiting on a lock.
lock_holders() {
  db_config
  [[ $DB_STATE == failed ]] && return 0
  printf '%s\n' "SELECT string_agg(format('pid %s (%s, user %s, %s, transaction since %s)', a.pid, coalesce(nullif(a.application_name, ''), 'no application_name'), a.usename, a.state, to_char(a.xact_start AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')), '; ') FROM pg_stat_activity a WHERE a.datname = current_database() AND a.pid <> pg_backend_pid() AND EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = a.pid AND l.granted AND l.relation IS NOT NULL AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()));" |
    pg_exec 15 psql -X -q -A -t -v ON_ERROR_STOP=1 2>/dev/null
}

# restore_backup WHY: restores every verified backup of this deploy (one per database), then checks the
# recorded migrations equal those read before the deploy. Sets RESULT/RESULT_MESSAGE, which say truthfully
# what state each database is in.
restore_backup() {
  local why=$1 i sum bad="" custom=false
  phase_start restore
  [[ -n ${MG_RESTORE_COMMAND-} ]] && custom=true
  # Every file must be the one that was verified: with one changed or truncated file nothing is restored
  # at all (restoring the others would leave the databases at different points).
  local -a ours=()
  for ((i = 0; i < ${#BACKUP_PATHS[@]}; i++)); do
    [[ -n ${BACKUP_PATHS[i]-} ]] || continue
    ours+=("$i")
    sum=""
    [[ -r ${BACKUP_PATHS[i]} ]] && sum=$(sha256sum -- "${BACKUP_PATHS[i]}" 2>/dev/null)
    sum=${sum%% *}
    if [[ -z ${BACKUP_SHAS[i]} || $sum != "${BACKUP_SHAS[i]}" ]]; then
      bad+="${bad:+; }${BACKUP_PATHS[i]} (taken ${BACKUP_SHAS[i]}, now ${sum:-missing or unreadable})"
    fi
  done
  if [[ -n $bad ]]; then
    phase_end failed message "the backup no longer matches its checksum"
    RESULT=failed
    RESULT_MESSAGE="$why The backup no longer matches the sha256 taken when it was made: $bad. So nothing was restored: the database$( ((${#ours[@]} > 1)) && echo "s are" || echo " is") as the failed migration left $( ((${#ours[@]} > 1)) && echo them || echo it). Restore from another backup by hand (runbook)."
    return
  fi
  # A backup-command ran once for the whole app: so does the restore-command.
  $custom && ours=("${ours[0]}")
  local restored="" failed="" detail="" far
  now_ms far
  far=$((far + ${MG_RESTORE_TIMEOUT:-21600} * 1000))
  for i in "${ours[@]}"; do
    ((DB_COUNT > 0)) && db_use "$i"
    RG_ENV=("${DB_ENV[@]}" "MG_BACKUP_PATH=${BACKUP_PATHS[i]}" "PGOPTIONS=-c lock_timeout=${MG_RESTORE_LOCK_TIMEOUT:-120000} -c client_min_messages=error"
      "PGAPPNAME=migration-guard-restore:$MG_DEPLOY_ID")
    if $custom; then
      run_group "$far" restore "${RUN_PREFIX[@]}" sh -c "$MG_RESTORE_COMMAND"
    else
      pg_tools
      RG_ENV+=("MG_CLEANUP_SQL=$CLEANUP_SQL" "MG_RESTORE_ERR=$DEPLOY_DIR/restore.err" "MG_PG_RESTORE=$PG_RESTORE")
      run_group "$far" restore bash -c "$RESTORE_SCRIPT" pg_restore "${RUN_PREFIX[@]}"
    fi
    if ((RG_RC == 0)); then
      restored+="${restored:+, }${DB_NAME:-${BACKUP_PATHS[i]}}"
    else
      # One database that could not be restored does not keep the others at the migration's state.
      failed+="${failed:+, }$(db_label) from ${BACKUP_PATHS[i]} (exit $RG_RC)"
      if grep -q 'lock timeout' -- "$DEPLOY_DIR/restore.err" 2>/dev/null; then
        local holders
        holders=$(lock_holders)
        detail+=" The restore of $(db_label) gave up waiting for a table lock (lock_timeout ${MG_RESTORE_LOCK_TIMEOUT:-120000} ms); sessions holding locks in that database now: ${holders:-none found (the holder has gone)}."
      fi
    fi
    rm -f -- "$DEPLOY_DIR/restore.err"
  done
  ((DB_COUNT > 0)) && db_use 0
  if [[ -n $failed ]]; then
    phase_end failed rc "$RG_RC" message "the restore failed${detail:+: lock timeout}"
    RESULT=failed
    if $custom; then
      RESULT_MESSAGE="$why The restore-command failed (exit $RG_RC): what it changed is up to that command, so the database state is unknown. Follow the runbook."
    elif [[ -n $restored ]]; then
      RESULT_MESSAGE="$why The restore of $failed failed and was rolled back as a whole:$detail that database is as the migration left it, while $restored was restored from its backup. Follow the runbook to restore by hand."
    else
      RESULT_MESSAGE="$why The restore of $failed failed and was rolled back as a whole:$detail the database is as it was before the restore (the migrations that finished before the failure stay applied). Follow the runbook to restore by hand."
    fi
    return
  fi
  phase_end ok
  local from=$BACKUP_PATH
  ((${#ours[@]} > 1)) && from="the backups of $restored"
  # A database that had nothing to back up (never migrated, no tables) keeps what the migration made there.
  local empty=""
  [[ -n $EMPTY_DATABASES ]] && empty=" $EMPTY_DATABASES had nothing to back up (no tables before the deploy) and keeps what the migration created there."
  # The proof: the framework's own status reads the same recorded migrations as before the deploy.
  phase_start restore-check
  read_status restored
  local same=true
  for i in 1 2 3; do
    [[ ${STATUS_OUT[before.$i]-} == "${STATUS_OUT[restored.$i]-}" ]] || same=false
  done
  # A database restored to "never migrated" says so again, as it did before the deploy.
  if { ((STATUS_RC == 0)) || { $NO_MIGRATIONS_TABLE && $STATUS_NO_TABLE; }; } && $same; then
    phase_end ok
    RESULT=rolled-back
    RESULT_MESSAGE="$why The database was restored from $from; its recorded migrations equal those before the deploy.$empty"
  else
    phase_end failed message "recorded migrations differ from before the deploy"
    RESULT=failed
    RESULT_MESSAGE="$why The database was restored from $from, but its recorded migrations differ from those before the deploy (or could not be read): check them by hand.$empty"
  fi
}

# Part of the Migration Guard supervisor (joined into one script at build time). The one-boot runner: for the
# built-in Rails and Django presets, one framework process reads the database settings and the pending
# migrations, waits (idle, holding no lock) through the gate and the backup, then migrates, where the
# commands of the preset would boot the app three times (dbconfig, status, migrate).
#
# It runs as run_group runs a command (its own session, MG_RUN_TAG, none of our descriptors, the migration's
# PGOPTIONS and PGAPPNAME in its environment), started early and watched by run_watch from the migrate phase
# on, so the deadline, TERM/KILL, ending its database sessions and the journal are the same as the migrate
# command's. Its protocol (see src/host/runners/) is on its stdin and stdout; its stderr is streamed as output.
# The code is the supervisor's own (embedded at build time), passed as the last argv word of MG_RUNNER
# (`bin/rails runner`, `python3 manage.py shell -c`), so it works through a run-prefix as the commands do.

RUNNER_PID=""   # the runner's subshell while it runs; "" once it has ended (or never started)
RUNNER_IN=""    # our end of its stdin
RUNNER_OUT=""   # our end of its stdout (the protocol lines)
RUNNER_PIDFILE=""
RUNNER_TAG=""
RUNNER_LINE=""  # the protocol line runner_read read
RUNNER_PART=""  # a line read in part (a read that timed out keeps what it had)
RUNNER_MIGRATED=false

# runner_code VAR: the embedded code for MG_RUNNER_KIND (rails, django), assigned to VAR (no fork).
runner_code() {
  case ${MG_RUNNER_KIND-} in
  rails) printf -v "$1" '%s' "$RUNNER_RAILS" ;;
  django) printf -v "$1" '%s' "$RUNNER_DJANGO" ;;
  *) return 1 ;;
  esac
}

# runner_read SECONDS: reads one protocol line into RUNNER_LINE. 1 when none came in time (or the runner's
# end is closed), keeping a part line for the next call.
runner_read() {
  local part=""
  RUNNER_LINE=""
  if IFS= read -r -t "$1" -u "$RUNNER_OUT" part; then
    RUNNER_LINE=$RUNNER_PART$part
    RUNNER_PART=""
    return 0
  fi
  RUNNER_PART+=$part
  return 1
}

# The environment the migration gets (migrate() says why): the runner is the migration, from its start.
runner_env() {
  RG_ENV=()
  if [[ ${MG_DATABASE:-postgresql} == postgresql ]]; then
    RG_ENV=("PGOPTIONS=${PGOPTIONS:+$PGOPTIONS }-c lock_timeout=${MG_LOCK_TIMEOUT:-5000} -c statement_timeout=${MG_STATEMENT_TIMEOUT:-$((${MG_TIMEOUT:-600} * 1000))}"
      "PGAPPNAME=migration-guard:$MG_DEPLOY_ID")
  fi
}

# runner_start: the `boot` phase. Starts the runner and reads the database settings it prints (the lines the
# MG_DBCONFIG command prints: db_config_lines), within MG_STEP_TIMEOUT. A runner that cannot boot ends the
# deploy before anything was locked or touched.
runner_start() {
  phase_start boot
  local code fifo="$DEPLOY_DIR/runner"
  runner_code code || die_params "MG_RUNNER_KIND must be rails or django"
  # A new deploy's directory has none.
  rm_present "$fifo.in" "$fifo.out"
  if ! mkfifo -m 600 -- "$fifo.in" "$fifo.out"; then
    phase_end failed message "could not make a pipe in $DEPLOY_DIR"
    finish failed "Could not make the runner's pipes in $DEPLOY_DIR on the host. Nothing was migrated."
  fi
  # Ours read-write (never blocks); the runner opens its ends by name.
  exec {RUNNER_IN}<>"$fifo.in" {RUNNER_OUT}<>"$fifo.out"
  runner_env
  RS_FIFO=$fifo
  run_start runner "${RUN_PREFIX[@]}" "${RUNNER[@]}" "$code"
  RS_FIFO=""
  RG_ENV=()
  RUNNER_PID=$RS_PID RUNNER_PIDFILE=$RS_PIDFILE RUNNER_TAG=$RS_TAG
  CURRENT_TAG=""
  local deadline now lines=""
  now_ms now
  deadline=$((now + ${MG_STEP_TIMEOUT:-600} * 1000))
  while :; do
    if runner_read 0.05; then
      [[ $RUNNER_LINE == ready ]] && break
      lines+="$RUNNER_LINE"$'\n'
      continue
    fi
    now_ms now
    if ! kill -0 "$RUNNER_PID" 2>/dev/null || ((now >= deadline)); then
      runner_read 0.2 && [[ $RUNNER_LINE == ready ]] && break
      local rc=124
      if ! kill -0 "$RUNNER_PID" 2>/dev/null; then
        wait "$RUNNER_PID"
        rc=$?
      fi
      runner_stop
      phase_end failed rc "$rc"
      ((rc == 127)) && finish failed "The app could not be started, exit 127, command not found: $(not_found_text "${RUNNER[0]-}") Nothing was migrated."
      ((rc == 124)) && finish failed "The app did not boot within ${MG_STEP_TIMEOUT:-600}s. Nothing was migrated."
      finish failed "The app could not boot (exit $rc; its output is above). Nothing was migrated."
    fi
  done
  rm -f -- "$fifo.in" "$fifo.out"
  # Without a database reader (MG_DBCONFIG, PostgreSQL only) the lines are not used, as without the runner.
  if ((${#DBCONFIG[@]})); then
    db_config_lines "$lines" 0
  else
    DB_STATE=none
  fi
  lines=""
  phase_end ok
}

# runner_status NAME OUT: asks the running runner for the status reading NAME (what the status command
# prints) and returns its exit code (125: no answer, the runner is gone or did not answer within
# MG_STEP_TIMEOUT). Sets STATUS_OUT64 and STATUS_ERR64 as read_status's commands do: the runner's base64 as it
# came when it is base64 (no decode and encode again), its stderr cut to 64 KiB. OUT and OUT.err (what
# status_says_no_table reads) are written only when it failed.
B64_WORD='^([A-Za-z0-9+/]*={0,2}|-)$'
runner_status() {
  local name=$1 out=$2 deadline now words rc out64 err64
  now_ms now
  deadline=$((now + ${MG_STEP_TIMEOUT:-600} * 1000))
  : >"$out"
  : >"$out.err"
  STATUS_OUT64="" STATUS_ERR64=""
  printf 'status %s\n' "$name" 2>/dev/null 1>&"$RUNNER_IN" || return 125
  while now_ms now && ((now < deadline)); do
    if runner_read 0.05; then
      read -r -a words <<<"$RUNNER_LINE"
      [[ ${words[0]} == status && ${words[1]-} == "$name" && ${words[2]-} =~ ^[0-9]+$ ]] || continue
      rc=$((10#${words[2]})) out64=${words[3]-} err64=${words[4]-}
      # `-` is an empty output. Anything but base64 (or more than 64 KiB of stderr) goes the long way: decoded
      # as far as it is base64, then encoded again, as for a command's files.
      if ((rc == 0 && ${#err64} <= 87384)) && [[ $out64 =~ $B64_WORD && $err64 =~ $B64_WORD ]]; then
        [[ $out64 == - ]] || STATUS_OUT64=$out64
        [[ $err64 == - ]] || STATUS_ERR64=$err64
        return 0
      fi
      [[ $out64 == - ]] || base64 -d <<<"$out64" >"$out" 2>/dev/null
      [[ $err64 == - ]] || base64 -d <<<"$err64" >"$out.err" 2>/dev/null
      set_status_b64 "$out"
      return "$rc"
    fi
    kill -0 "$RUNNER_PID" 2>/dev/null || { runner_read 0.2 || return 125; }
  done
  set_status_b64 "$out"
  return 125
}

# The migrate phase's tick (RG_ON_TICK): the runner's progress as events, in the journal like any other.
runner_tick() {
  local words n=0 wait=0.05
  # Once it said `migrated` it only has to exit: run_watch looks for that every 5 ms, not every 50.
  $RUNNER_MIGRATED && wait=0.005
  # A bounded number per tick: run_watch checks the deadline between ticks.
  while ((n++ < 50)) && runner_read "$wait"; do
    read -r -a words <<<"$RUNNER_LINE"
    case ${words[0]-} in
    start) emit t migration phase migrate state start id "${words[1]-}" database "${words[2]-}" name "${words[*]:3}" ;;
    "done") emit t migration phase migrate state "done" id "${words[1]-}" database "${words[2]-}" ms "${words[3]-0}" ;;
    migrated)
      RUNNER_MIGRATED=true
      return 0
      ;;
    esac
  done
}

# runner_migrate DEADLINE: tells the runner to migrate and watches it as run_group watches a command. Sets
# RG_RC and RG_TIMED_OUT; an exit 0 without the runner saying `migrated` is a failure (fails closed).
runner_migrate() {
  local deadline=$1
  RUNNER_MIGRATED=false
  printf 'migrate\n' 2>/dev/null 1>&"$RUNNER_IN"
  RS_PID=$RUNNER_PID RS_PIDFILE=$RUNNER_PIDFILE RS_TAG=$RUNNER_TAG
  CURRENT_TAG=$RUNNER_TAG
  RG_ON_TICK=runner_tick
  run_watch "$deadline"
  runner_tick
  RUNNER_PID=""
  runner_close
  ((RG_RC == 0)) && ! $RUNNER_MIGRATED && RG_RC=1
  return 0
}

runner_close() {
  {
    [[ -n $RUNNER_IN ]] && exec {RUNNER_IN}>&-
    [[ -n $RUNNER_OUT ]] && exec {RUNNER_OUT}<&-
  } 2>/dev/null
  RUNNER_IN="" RUNNER_OUT=""
}

# runner_stop: ends a runner that will not migrate (a stop decision, a failure before the migration, a
# signal): end of input first (it exits without migrating), then TERM and KILL to all it started.
runner_stop() {
  [[ -n $RUNNER_PID ]] || return 0
  local pid=$RUNNER_PID pgid="" i
  RUNNER_PID=""
  runner_close
  for ((i = 0; i < 40; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    nap 0.05
  done
  [[ -s $RUNNER_PIDFILE ]] && pgid=$(<"$RUNNER_PIDFILE")
  kill_run TERM "$pgid" "$RUNNER_TAG"
  kill -TERM "$pid" 2>/dev/null
  for ((i = 0; i < 40; i++)); do
    { [[ -n $pgid ]] && kill -0 -- "-$pgid" 2>/dev/null; } || [[ -n $(tagged_pids "$RUNNER_TAG") ]] || break
    nap 0.05
  done
  kill_run KILL "$pgid" "$RUNNER_TAG"
  wait "$pid" 2>/dev/null
  rm -f -- "$RUNNER_PIDFILE"
  return 0
}

# Part of the Migration Guard supervisor (joined into one script at build time). The detached worker: hooks, health, signals and the order of the phases.

# pre-/post-migrate commands (maintenance mode on/off), with bash in the app dir, like update-command.
run_hook() {
  local name=$1 command=$2
  local now
  phase_start "$name"
  now_ms now
  run_group $((now + ${MG_STEP_TIMEOUT:-600} * 1000)) "$name" bash -c "$command"
  if ((RG_RC != 0)); then
    phase_end failed rc "$RG_RC"
    return 1
  fi
  phase_end ok
}

# Waits for the action's health verdict (`health ok`, `health failed REASON`, `health unknown REASON`).
# Only `health ok` is healthy: a verdict that never came (the action gone, even after reconnecting) or could
# not be judged is a failure, decided by our own deadline.
HEALTH=""
wait_health() {
  phase_start health
  emit t awaiting phase health timeout "${MG_HEALTH_TIMEOUT:-60}"
  local deadline now
  now_ms now
  deadline=$((now + (${MG_HEALTH_TIMEOUT:-60} + 120) * 1000))
  until read_whole HEALTH "$DEPLOY_DIR/health"; do
    now_ms now
    if ((now >= deadline)); then
      HEALTH="health failed no verdict from the action within $((${MG_HEALTH_TIMEOUT:-60} + 120))s"
      break
    fi
    serve_fetches
    nap 0.02
  done
  case $HEALTH in
  "health ok"*) phase_end ok ;;
  *) phase_end failed message "${HEALTH#health * }" ;;
  esac
}

# The health probes of `health-from: host` (`fetch.ID`, written by relay_verdicts), each answered once in
# the deploy's session, where a probe used to open a session of its own. The bodies go to the stream only.
serve_fetches() {
  local f id url escaped
  for f in "$DEPLOY_DIR"/fetch.*; do
    id=${f##*/fetch.}
    [[ $id =~ ^[0-9]+$ && -z ${ANSWERED[fetch.$id]-} ]] || continue
    read_whole escaped "$f" || continue
    ANSWERED[fetch.$id]=1
    printf -v url '%b' "$escaped"
    (
      JOURNAL_FD=""
      fetch_url "$url" "$f.body" "$id"
    )
  done
}

# shellcheck disable=SC2317 # called by the trap in worker()
on_signal() {
  # The host is stopping us (shutdown, an operator): the migration must not outlive its supervisor.
  if [[ -n $CURRENT_PGID || -n $CURRENT_TAG ]]; then
    kill_run TERM "$CURRENT_PGID" "$CURRENT_TAG"
    sleep 2
    kill_run KILL "$CURRENT_PGID" "$CURRENT_TAG"
  fi
  early_stop "the supervisor was stopped by a signal"
  runner_stop
  emit t phase phase "${PHASE:-supervisor}" state stopped
  emit t result result failed message "the supervisor was stopped by a signal on the host"
  emit t end
  exit 1
}

# Why a failure restored nothing when there is no backup.
no_backup_text() {
  if $NOTHING_TO_BACK_UP; then
    echo "There was no backup: the database had no migrations table and no tables, so nothing was restored and the migrations that finished stay applied."
  else
    echo "No backup was taken (backup: never), so nothing was restored."
  fi
}

# Older deploys' journals: the 20 newest are kept (this one is the newest). In the background, off the way
# to the migration; it holds none of our descriptors.
prune_deploys() {
  close_ours
  # shellcheck disable=SC2012 # deploy ids: [A-Za-z0-9._-] only (check_id)
  (cd -- "${DEPLOY_DIR%/*}" && ls -1t | tail -n +21 | while IFS= read -r old; do rm -rf -- "$old"; done) 2>/dev/null
  return 0
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
  argv_from DBCONFIG "${MG_DBCONFIG-}"
  argv_from RUNNER "${MG_RUNNER-}"
  export_app_env

  emit t hello protocol "$PROTOCOL_VERSION" deploy "$MG_DEPLOY_ID" pid "$$" journal "$JOURNAL" bash "$BASH_VERSION"
  prune_deploys &

  # The lock is per app dir (its canonical path); the kernel drops it if we die. Children do not inherit it
  # (run_group closes it), so a process a migration leaves behind cannot keep the next deploy out.
  check_tools
  host_lock

  preflight
  update_code
  # One boot of the app for the settings, the pending list and the migration (built-in Rails/Django presets).
  ((${#RUNNER[@]})) && runner_start
  db_lock
  # The backup's dump, taken now (the database lock is held), alongside the pending reading and the gate.
  early_dump

  phase_start pending
  read_status before
  if ((STATUS_RC != 0)) && $STATUS_NO_TABLE; then
    # A database that exists but was never migrated: the action reads every migration file as pending.
    NO_MIGRATIONS_TABLE=true
    emit t note phase pending message "the database has no migrations table yet (never migrated): every migration is pending"
  elif ((STATUS_RC != 0)); then
    phase_end failed rc "$STATUS_RC"
    ((STATUS_RC == 127)) && finish failed "The status command exited 127, command not found: $(not_found_text "${STATUS_1[0]-}")"
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

  backup

  # A `go` is for a migration the action is there to follow: if it went away during the backup (cancelled,
  # killed, connection lost and not back), nothing migrates unattended.
  if [[ -e $DEPLOY_DIR/gone ]]; then
    finish failed "The action went away after the gate decision and before the migration started (cancelled or disconnected): nothing was migrated.${BACKUP_PATH:+ The backup $BACKUP_PATH stays.}"
  fi

  # The runner only migrates when told to: one that ended while waiting has migrated nothing.
  if [[ -n $RUNNER_PID ]] && ! kill -0 "$RUNNER_PID" 2>/dev/null; then
    finish failed "The app's process ended before the migration started (its output is above): nothing was migrated.${BACKUP_PATH:+ The backup $BACKUP_PATH stays.}"
  fi

  MIGRATE_RESULT=""
  if [[ -n ${MG_PRE_MIGRATE_COMMAND-} ]] && ! run_hook pre-migrate "$MG_PRE_MIGRATE_COMMAND"; then
    [[ -n ${MG_POST_MIGRATE_COMMAND-} ]] && run_hook post-migrate "$MG_POST_MIGRATE_COMMAND"
    finish failed "pre-migrate-command exited with code $RG_RC; nothing was migrated."
  fi
  migrate
  RESULT=$MIGRATE_RESULT
  RESULT_MESSAGE=""
  if [[ $RESULT != migrated ]]; then
    local why="The migration failed (exit $RG_RC)."
    ((RG_RC == 127)) && why="The migration exited 127, command not found: $(not_found_text "${MIGRATE[0]-}")"
    [[ $RESULT == timed-out ]] && why="The migration passed its ${MG_TIMEOUT:-600}s deadline and was stopped."
    if [[ ${MG_ON_FAILURE:-restore} == restore && -n $BACKUP_PATH ]]; then
      restore_backup "$why"
    else
      RESULT_MESSAGE="$why $([[ -z $BACKUP_PATH ]] && no_backup_text || echo "on-failure is none: the database was left as the migration left it.")"
    fi
    # What is recorded now: read the database again (after a restore, restore-check did).
    if [[ $RESULT != rolled-back ]]; then
      phase_start verify
      read_status after
      phase_end "$( ((STATUS_RC == 0)) && echo ok || echo failed)"
    fi
    [[ -n ${MG_POST_MIGRATE_COMMAND-} ]] && run_hook post-migrate "$MG_POST_MIGRATE_COMMAND"
    finish "$RESULT" "$RESULT_MESSAGE"
  fi
  local post_failed=""
  if [[ -n ${MG_POST_MIGRATE_COMMAND-} ]] && ! run_hook post-migrate "$MG_POST_MIGRATE_COMMAND"; then
    post_failed="post-migrate-command exited with code $RG_RC. "
  fi

  if [[ ${MG_HEALTH:-false} == true ]]; then
    wait_health
    case $HEALTH in
    "health ok"*) ;;
    *)
      # Failed, unknown (could not be judged) or never came: all are failures, restored per on-failure.
      local why="${post_failed}The app was unhealthy after migrating: ${HEALTH#health * }."
      if [[ ${MG_ON_FAILURE:-restore} == restore && -n $BACKUP_PATH ]]; then
        # The app may already have written data the restore discards: on-failure chose that trade-off.
        [[ -n ${MG_PRE_MIGRATE_COMMAND-} ]] && run_hook pre-migrate "$MG_PRE_MIGRATE_COMMAND"
        restore_backup "$why"
        [[ -n ${MG_POST_MIGRATE_COMMAND-} ]] && run_hook post-migrate "$MG_POST_MIGRATE_COMMAND"
        finish "$RESULT" "$RESULT_MESSAGE"
      fi
      finish failed "$why The migrations stay applied (on-failure: ${MG_ON_FAILURE:-restore}$([[ -z $BACKUP_PATH ]] && echo ", no backup"))."
      ;;
    esac
  fi
  [[ -n $post_failed ]] && finish failed "Migrated, but ${post_failed}"
  finish migrated
}


if [[ ${1-} == worker ]]; then
  worker "$2"
fi
case ${MG_MODE:-deploy} in
status) status_only ;;
metrics) metrics ;;
*) die_params "MG_MODE must be deploy, attach, status or metrics" ;;
esac
