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
