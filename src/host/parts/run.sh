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

# run_group DEADLINE_MS LABEL CMD... : runs CMD in the app dir in a new session (so its process group is
# ours to kill), streams its output, and enforces the deadline on the whole group: TERM, then KILL after
# MG_KILL_GRACE seconds. Sets RG_RC (exit code) and RG_TIMED_OUT (true/false).
CURRENT_PGID=""
RG_ENV=()
RG_ON_DEADLINE=""
run_group() {
  local deadline=$1 label=$2
  shift 2
  local pidfile="$DEPLOY_DIR/pgid.$label"
  rm -f "$pidfile"
  (
    child_env
    # Values for the command's environment only (the database password among them): exported here, in the
    # subshell, never passed as `env NAME=value` words that `ps` would show.
    local kv
    for kv in "${RG_ENV[@]}"; do export "${kv?}"; done
    cd -- "$MG_APP_DIR" || exit 127
    # bash -c records its own pid (= the new session's pgid) before exec'ing the command.
    # shellcheck disable=SC2016 # expanded by the inner bash, not here
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
      [[ -n $RG_ON_DEADLINE ]] && "$RG_ON_DEADLINE"
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
  RG_ENV=()
  RG_ON_DEADLINE=""
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
