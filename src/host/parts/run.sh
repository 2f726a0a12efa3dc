# shellcheck shell=bash
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
