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
  local dir=${MG_BACKUP_DIR:-$(app_state_dir)/backups}
  # Relative paths are under the home directory on the host (where the supervisor runs), like app-dir.
  if ! mkdir -p -- "$dir"; then
    phase_end failed message "cannot create $dir"
    finish failed "Cannot create the backup directory $dir on the host; check backup-dir. Nothing was migrated."
  fi
  [[ $dir == /* ]] || dir=$(cd -- "$dir" && pwd)
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
      size=$(pg_exec 60 "${LOCK_PSQL:-psql}" -X -q -A -t -c 'SELECT pg_database_size(current_database())' </dev/null 2>/dev/null)
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
      NOTHING_TO_BACK_UP=true
      phase_end skipped message "nothing to back up (no migrations table, no tables)"
      return 0
    fi
    targets=("${kept[@]}")
  fi
  free=$(df --output=avail -B1 -- "$dir" 2>/dev/null | tail -n 1)
  free=${free//[^0-9]/}
  emit t backup-check db_size "${db_size:-0}" free "${free:-0}" dir "$dir"
  # A logical dump leaves indexes out and compresses the data: the databases' size bounds the dumps'.
  if [[ -n $db_size && -n $free ]] && ((free < db_size)); then
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
    backup_one "$dir" "$dir/$stem${db:+.$db}.dump" "$pg" "$i"
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
  phase_end ok
}

# backup_one DIR PATH PG INDEX: dumps the current database (db_use) to PATH through a partial file, verifies
# it, and records it in BACKUP_PATHS/BACKUP_SHAS/BACKUP_FIELDS[INDEX]. A failure ends the deploy (backup_fail).
BACKUP_FIELDS=()
DB_SIZES=()
backup_one() {
  local dir=$1 path=$2 pg=$3 i=$4 partial started size sum db_size
  partial="$dir/.${path##*/}.partial"
  now_ms started
  RG_ENV=("${DB_ENV[@]}" "MG_BACKUP_PATH=$partial")
  if [[ -n ${MG_BACKUP_COMMAND-} ]]; then
    run_group $((started + ${MG_BACKUP_TIMEOUT:-21600} * 1000)) backup "${RUN_PREFIX[@]}" sh -c "$MG_BACKUP_COMMAND"
  else
    # pg_dump writes to its stdout, so a run-prefix (`docker exec -i app`) still lands the file on the host.
    # The checksum is taken on the way (on another core), not by reading the whole file again afterwards.
    # shellcheck disable=SC2016 # expanded by the inner bash, not here
    run_group $((started + ${MG_BACKUP_TIMEOUT:-21600} * 1000)) backup \
      bash -c 'set -o pipefail; "$@" | tee -- "$MG_BACKUP_PATH" | sha256sum >"$MG_BACKUP_PATH.sha256"' \
      pg_dump "${RUN_PREFIX[@]}" pg_dump --format=custom --lock-wait-timeout="${MG_DUMP_LOCK_WAIT:-${MG_LOCK_TIMEOUT:-5000}}"
  fi
  local dump_ms now
  now_ms now
  dump_ms=$((now - started))
  if ((RG_RC != 0)) || [[ ! -s $partial ]]; then
    rm -f -- "$partial" "$partial.sha256"
    phase_end failed rc "$RG_RC" message "the backup failed${DB_NAME:+ ($DB_NAME)}"
    $RG_TIMED_OUT && backup_fail "The backup${DB_NAME:+ of $DB_NAME} passed its ${MG_BACKUP_TIMEOUT:-21600}s deadline and was stopped; nothing was migrated."
    backup_fail "The backup${DB_NAME:+ of $(db_label)} failed (exit $RG_RC$([[ $RG_RC == 0 ]] && echo ", empty file")); nothing was migrated. (pg_dump waits at most ${MG_DUMP_LOCK_WAIT:-${MG_LOCK_TIMEOUT:-5000}} ms, the lock-timeout, for a table lock another session holds.)"
  fi
  now_ms started
  local entries=0
  if $pg; then
    local list
    if ! list=$(pg_exec 3600 pg_restore --list <"$partial" 2>"$DEPLOY_DIR/verify.err"); then
      local why
      why=$(head -c 300 "$DEPLOY_DIR/verify.err" | tr '\n' ' ')
      rm -f -- "$partial" "$partial.sha256" "$DEPLOY_DIR/verify.err"
      phase_end failed message "verification failed${DB_NAME:+ ($DB_NAME)}"
      backup_fail "The backup${DB_NAME:+ of $(db_label)} did not verify (pg_restore --list: ${why:-no table of contents}); it was removed and nothing was migrated."
    fi
    entries=$(grep -c -v '^;' <<<"$list")
    rm -f -- "$DEPLOY_DIR/verify.err"
  fi
  local verify_ms now
  now_ms now
  verify_ms=$((now - started))
  mv -f -- "$partial" "$path"
  size=$(stat -c %s -- "$path")
  if [[ -s $partial.sha256 ]]; then sum=$(<"$partial.sha256"); else sum=$(sha256sum -- "$path"); fi
  sum=${sum%% *}
  rm -f -- "$partial.sha256"
  db_size=${DB_SIZES[i]-0}
  BACKUP_PATHS[i]=$path
  BACKUP_SHAS[i]=$sum
  BACKUP_FIELDS[i]="size $size db_size $db_size entries $entries dump_ms $dump_ms verify_ms $verify_ms verified $($pg && echo pg_restore-list || echo non-empty)"
  [[ -n $BACKUP_PATH ]] || BACKUP_PATH=$path
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
  for journal in "$deploys"/*/journal.jsonl; do
    [[ -f $journal ]] || continue
    if ! grep -q '"t":"end"' -- "$journal" || grep -q '"result":"\(failed\|timed-out\)"' -- "$journal"; then
      while IFS= read -r line; do
        [[ $line =~ \"path\":\"([^\"]*)\" ]] && needed[${BASH_REMATCH[1]}]=1
      done < <(grep '"t":"backup"' -- "$journal" 2>/dev/null)
    fi
  done
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
