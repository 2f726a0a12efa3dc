# shellcheck shell=bash
# Part of the Migration Guard supervisor (joined into one script at build time). The backup, taken before migrating.

# --- backup, before migrating --------------------------------------------------------------------------

BACKUP_PATH=""
BACKUP_SHA=""
NO_MIGRATIONS_TABLE=false
NOTHING_TO_BACK_UP=false
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
  local db_size="" free
  if $pg; then
    db_config
    if [[ $DB_STATE == failed && -z ${MG_BACKUP_COMMAND-} ]]; then
      phase_end failed message "database settings unreadable"
      finish failed "The database settings could not be read from the app, so no backup could be taken: set backup-command (or backup: never). Nothing was migrated."
    fi
    db_size=$(pg_exec 60 psql -X -q -A -t -c 'SELECT pg_database_size(current_database())' </dev/null 2>/dev/null)
    [[ $db_size =~ ^[0-9]+$ ]] || db_size=""
    if [[ -z $db_size && -z ${MG_BACKUP_COMMAND-} ]]; then
      phase_end failed message "database unreachable"
      finish failed "Could not measure the database through psql ($DB_INFO), so no backup was taken. Nothing was migrated."
    fi
    # Never migrated and holding no relation at all: there is nothing to back up. A count that cannot be read
    # is not 0, so the backup is taken as usual.
    if $NO_MIGRATIONS_TABLE && [[ -z ${MG_BACKUP_COMMAND-} ]]; then
      local relations
      relations=$(pg_exec 60 psql -X -q -A -t -c "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r','p','v','m','S','f') AND n.nspname NOT IN ('pg_catalog','information_schema') AND n.nspname NOT LIKE 'pg_toast%'" </dev/null 2>/dev/null)
      if [[ $relations == 0 ]]; then
        NOTHING_TO_BACK_UP=true
        emit t note phase backup message "nothing to back up: the database has no migrations table and no tables"
        phase_end skipped message "nothing to back up (no migrations table, no tables)"
        return 0
      fi
    fi
  fi
  free=$(df --output=avail -B1 -- "$dir" 2>/dev/null | tail -n 1)
  free=${free//[^0-9]/}
  emit t backup-check db_size "${db_size:-0}" free "${free:-0}" dir "$dir"
  # A logical dump leaves indexes out and compresses the data: the database's size bounds the dump's.
  if [[ -n $db_size && -n $free ]] && ((free < db_size)); then
    phase_end failed message "not enough disk: $(human_bytes "$free") free, database $(human_bytes "$db_size")"
    finish failed "Not enough disk space for the backup in $dir: $(human_bytes "$free") free ($free bytes), the database is $(human_bytes "$db_size") ($db_size bytes). Free space or point backup-dir at a larger disk. Nothing was migrated."
  fi

  local env=${MG_ENVIRONMENT:-deploy} sha=nosha name partial started
  env=${env//[^A-Za-z0-9_.-]/_}
  [[ ${MG_SHA-} =~ ^[0-9a-fA-F]{7,64}$ ]] && sha=${MG_SHA:0:12}
  # The app's key is in the name: apps sharing a backup-dir never prune each other's backups.
  local key
  key=$(app_key)
  name="$env-$(date -u +%Y%m%dT%H%M%SZ)-$sha-${key:0:12}"
  [[ -e $dir/$name.dump ]] && name+="-${MG_DEPLOY_ID##*-}"
  partial="$dir/.$name.dump.partial"
  BACKUP_PATH="$dir/$name.dump"
  started=$(now_ms)
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
  local dump_ms=$(($(now_ms) - started))
  if ((RG_RC != 0)) || [[ ! -s $partial ]]; then
    rm -f -- "$partial" "$partial.sha256"
    BACKUP_PATH=""
    phase_end failed rc "$RG_RC" message "the backup failed"
    $RG_TIMED_OUT && finish failed "The backup passed its ${MG_BACKUP_TIMEOUT:-21600}s deadline and was stopped; nothing was migrated."
    finish failed "The backup failed (exit $RG_RC$([[ $RG_RC == 0 ]] && echo ", empty file")); nothing was migrated. (pg_dump waits at most ${MG_DUMP_LOCK_WAIT:-${MG_LOCK_TIMEOUT:-5000}} ms, the lock-timeout, for a table lock another session holds.)"
  fi
  started=$(now_ms)
  local entries=0
  if $pg; then
    local list
    if ! list=$(pg_exec 3600 pg_restore --list <"$partial" 2>"$DEPLOY_DIR/verify.err"); then
      local why
      why=$(head -c 300 "$DEPLOY_DIR/verify.err" | tr '\n' ' ')
      rm -f -- "$partial" "$partial.sha256" "$DEPLOY_DIR/verify.err"
      BACKUP_PATH=""
      phase_end failed message "verification failed"
      finish failed "The backup did not verify (pg_restore --list: ${why:-no table of contents}); it was removed and nothing was migrated."
    fi
    entries=$(grep -c -v '^;' <<<"$list")
    rm -f -- "$DEPLOY_DIR/verify.err"
  fi
  local verify_ms=$(($(now_ms) - started)) size sum
  mv -f -- "$partial" "$BACKUP_PATH"
  size=$(stat -c %s -- "$BACKUP_PATH")
  if [[ -s $partial.sha256 ]]; then sum=$(<"$partial.sha256"); else sum=$(sha256sum -- "$BACKUP_PATH"); fi
  sum=${sum%% *}
  BACKUP_SHA=$sum
  rm -f -- "$partial.sha256"
  local pruned
  pruned=$(prune_backups "$dir" "$env" "${key:0:12}" "${MG_BACKUP_KEEP:-5}" "$BACKUP_PATH" "$(app_state_dir)/deploys")
  emit t backup path "$BACKUP_PATH" size "$size" sha256 "$sum" db_size "${db_size:-0}" free "${free:-0}" \
    entries "$entries" dump_ms "$dump_ms" verify_ms "$verify_ms" pruned "$pruned" connection "$DB_INFO" \
    verified "$($pg && echo pg_restore-list || echo non-empty)"
  phase_end ok
}

# prune_backups DIR ENV KEY KEEP CURRENT DEPLOYS: keeps the newest KEEP backups of this app (KEY) and this
# environment (ENV), by their exact names; never CURRENT, and never a backup that a deploy of this app which
# has not ended well (no end, or failed / timed-out: its runbook points at it) recorded in its journal.
# Prints how many it removed.
prune_backups() {
  local dir=$1 env=$2 key=$3 keep=$4 current=$5 deploys=$6
  local -a ours=()
  local -A needed=()
  local f journal line
  for journal in "$deploys"/*/journal.jsonl; do
    [[ -f $journal ]] || continue
    line=$(grep -m1 '"t":"backup"' -- "$journal" 2>/dev/null) || continue
    [[ $line =~ \"path\":\"([^\"]*)\" ]] || continue
    if ! grep -q '"t":"end"' -- "$journal" || grep -q '"result":"\(failed\|timed-out\)"' -- "$journal"; then
      needed[${BASH_REMATCH[1]}]=1
    fi
  done
  # Names sort by their UTC time: the newest last.
  for f in "$dir"/"$env"-*.dump; do
    [[ ${f##*/} =~ ^"$env"-[0-9]{8}T[0-9]{6}Z-(nosha|[0-9a-fA-F]{7,12})-"$key"(-[A-Za-z0-9]+)?\.dump$ ]] && ours+=("$f")
  done
  local n=${#ours[@]} i pruned=0
  for ((i = 0; i < n - keep; i++)); do
    f=${ours[i]}
    [[ $f == "$current" || -n ${needed[$f]-} ]] && continue
    rm -f -- "$f" && ((pruned++))
  done
  printf '%s' "$pruned"
}
