# shellcheck shell=bash
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
