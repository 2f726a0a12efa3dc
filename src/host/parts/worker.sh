# shellcheck shell=bash
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
