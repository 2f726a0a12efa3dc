# shellcheck shell=bash
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
  state=$(app_state_dir)
  lock="$state/deploy.lock"
  exec {LOCK_FD}>>"$lock"
  phase_start lock
  if ! flock -n "$LOCK_FD"; then
    holder=$(lock_holder "$lock")
    emit t lock state waiting holder "$holder"
    if ! flock -w "${MG_LOCK_WAIT:-900}" "$LOCK_FD"; then
      holder=$(lock_holder "$lock")
      phase_end failed holder "$holder"
      finish failed "Another deploy holds the lock on $(app_dir_canonical) after waiting ${MG_LOCK_WAIT:-900}s: $holder"
    fi
  fi
  printf 'deploy %s (host %s, app dir %s, environment %s, %s, since %s, supervisor pid %s)' "$MG_DEPLOY_ID" \
    "${HOSTNAME:-unknown host}" "$(app_dir_canonical)" "${MG_ENVIRONMENT-}" "${MG_ORIGIN:-unknown origin}" \
    "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$$" >"$lock.holder"
  phase_end ok
}

# --- the database lock: one per database, whatever host, app dir or runner deploys to it ---------------

# A session-level advisory lock held by a psql session the worker keeps open (a coprocess) from before the
# pending migrations are read until the deploy ends: through the gate, the backup, the migration and a
# restore. It goes when the worker ends (psql reads end of input) or dies (the pipe closes), and with the
# connection if the host goes. Advisory locks are per database, so the key is a constant. The holder's
# description travels as a literal in the query text, which other sessions read in pg_stat_activity.
readonly DB_LOCK_KEY="1296515879, 9"
DB_LOCKED=false
DBLOCK_IN=""
DBLOCK_OUT=""
db_lock() {
  [[ ${MG_DATABASE:-postgresql} == postgresql ]] || return 0
  phase_start db-lock
  db_config
  local why=""
  if [[ $DB_STATE == failed ]]; then
    why="the database settings could not be read from the app"
  elif ((${#RUN_PREFIX[@]} == 0)) && ! type -P psql >/dev/null 2>&1; then
    why="psql is not installed on the host"
  fi
  if [[ -z $why ]]; then
    local holder
    holder="deploy $MG_DEPLOY_ID (host ${HOSTNAME:-unknown}, app dir $(app_dir_canonical), ${MG_ORIGIN:-unknown origin}, since $(date -u +%Y-%m-%dT%H:%M:%SZ))"
    coproc DBLOCK {
      close_ours
      child_env
      local kv
      for kv in "${DB_ENV[@]}"; do export "${kv?}"; done
      export PGAPPNAME="migration-guard-lock:$MG_DEPLOY_ID"
      cd -- "$MG_APP_DIR" || exit 127
      exec "${RUN_PREFIX[@]}" psql -X -q -A -t -v ON_ERROR_STOP=1 -v "holder=$holder" 2>/dev/null
    }
    local deadline=$(($(now_ms) + ${MG_LOCK_WAIT:-900} * 1000)) answer="" waited=false other
    DBLOCK_IN=${DBLOCK[1]} DBLOCK_OUT=${DBLOCK[0]}
    local to_psql=$DBLOCK_IN from_psql=$DBLOCK_OUT
    while :; do
      printf '%s\n' "SELECT pg_try_advisory_lock($DB_LOCK_KEY)::text || ' ' || :'holder';" 2>/dev/null 1>&"$to_psql" &&
        IFS= read -r -t 60 -u "$from_psql" answer || answer=""
      case $answer in
      "true "*)
        DB_LOCKED=true
        break
        ;;
      "false "*)
        printf '%s\n' "SELECT coalesce(substring(a.query from \$re\$'(deploy [^']*)'\$re\$), 'pid ' || a.pid || ' ' || a.application_name) || ', connected from ' || coalesce(host(a.client_addr), 'the local socket') || ' at ' || to_char(a.backend_start AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ${DB_LOCK_KEY%%,*} AND l.objid = ${DB_LOCK_KEY##* } AND l.objsubid = 2 AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) LIMIT 1;" 1>&"$to_psql"
        IFS= read -r -t 60 -u "$from_psql" other || other=""
        if ! $waited; then
          emit t lock state waiting kind database holder "${other:-unknown}"
          waited=true
        fi
        if (($(now_ms) >= deadline)); then
          phase_end failed holder "${other:-unknown}"
          finish failed "Another deploy holds the database lock on ${DB_INFO:-the database} after waiting ${MG_LOCK_WAIT:-900}s: ${other:-unknown}. Nothing was migrated."
        fi
        nap 1
        ;;
      *)
        why="psql could not connect to the database"
        break
        ;;
      esac
    done
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
