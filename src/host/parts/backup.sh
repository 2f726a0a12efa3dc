# shellcheck shell=bash
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
