# shellcheck shell=bash
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
