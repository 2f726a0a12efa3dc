# shellcheck shell=bash
# Part of the Migration Guard supervisor (joined into one script at build time). The restore, on a timeout or a failure.

# --- restore, on timeout or failure ------------------------------------------------------------------

# Objects the backup does not know about (a table, type or function a migration created) would survive a
# plain `pg_restore --clean`: drop every object of the database's own schemas first, in the same
# transaction as the restore, so the result is the backup and nothing else. Extensions' objects stay.
readonly CLEANUP_SQL=$'DO $mg$\nDECLARE r record;\nBEGIN\n  FOR r IN\n    SELECT format(\'DROP %s IF EXISTS %I.%I CASCADE\', CASE c.relkind WHEN \'v\' THEN \'VIEW\' WHEN \'m\' THEN \'MATERIALIZED VIEW\' WHEN \'S\' THEN \'SEQUENCE\' WHEN \'f\' THEN \'FOREIGN TABLE\' ELSE \'TABLE\' END, n.nspname, c.relname) AS stmt\n      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace\n     WHERE c.relkind IN (\'r\', \'p\', \'v\', \'m\', \'S\', \'f\') AND n.nspname <> \'information_schema\' AND n.nspname NOT LIKE \'pg\\_%\'\n       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = \'pg_class\'::regclass AND d.objid = c.oid AND d.deptype = \'e\')\n    UNION ALL\n    SELECT format(\'DROP TYPE IF EXISTS %I.%I CASCADE\', n.nspname, t.typname)\n      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace\n     WHERE (t.typtype IN (\'e\', \'d\', \'r\') OR (t.typtype = \'c\' AND (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = \'c\'))\n       AND n.nspname <> \'information_schema\' AND n.nspname NOT LIKE \'pg\\_%\'\n       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = \'pg_type\'::regclass AND d.objid = t.oid AND d.deptype = \'e\')\n    UNION ALL\n    SELECT format(\'DROP ROUTINE IF EXISTS %s CASCADE\', p.oid::regprocedure)\n      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace\n     WHERE p.prokind IN (\'f\', \'p\') AND n.nspname <> \'information_schema\' AND n.nspname NOT LIKE \'pg\\_%\'\n       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = \'pg_proc\'::regclass AND d.objid = p.oid AND d.deptype = \'e\')\n  LOOP\n    EXECUTE r.stmt;\n  END LOOP;\nEND\n$mg$;'

# The restore's SQL stream: BEGIN, the clean-up, then pg_restore's script. The last lines of pg_restore's
# output (where its COMMIT is) are held back by awk and passed on, with a COMMIT of our own, only once
# pg_restore has exited 0: a pg_restore that fails part-way (file gone, truncated, unreadable) leaves psql
# at end of input inside the open transaction, and the server rolls everything back, the clean-up
# included. (`psql --single-transaction` would COMMIT at end of input, whatever pg_restore managed to send.)
# pg_restore's own --single-transaction keeps its large-object sections from committing on their own.
# shellcheck disable=SC2016 # expanded by the inner bash, not here
readonly RESTORE_SCRIPT='set -o pipefail
held=$MG_RESTORE_ERR.tail
{
  printf "BEGIN;\n%s\n" "$MG_CLEANUP_SQL"
  if "$@" "${MG_PG_RESTORE:-pg_restore}" --clean --if-exists --single-transaction --file=- <"$MG_BACKUP_PATH" |
    LC_ALL=C awk -v held="$held" '"'"'NR > 64 { print buf[NR % 64] } { buf[NR % 64] = $0 }
      END { for (i = (NR > 64 ? NR - 63 : 1); i <= NR; i++) print buf[i % 64] > held }'"'"'; then
    cat -- "$held" && printf "COMMIT;\n"
  else
    echo "pg_restore failed: nothing of the restore was committed" >&2
    exit 1
  fi
} | "$@" psql -X -q -v ON_ERROR_STOP=1 --output=/dev/null 2>"$MG_RESTORE_ERR"
rc=$?
rm -f -- "$held"
cat -- "$MG_RESTORE_ERR" >&2
exit "$rc"'

# Who holds locks in the database now: for a restore that gave up waiting on a lock.
lock_holders() {
  db_config
  [[ $DB_STATE == failed ]] && return 0
  printf '%s\n' "SELECT string_agg(format('pid %s (%s, user %s, %s, transaction since %s)', a.pid, coalesce(nullif(a.application_name, ''), 'no application_name'), a.usename, a.state, to_char(a.xact_start AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')), '; ') FROM pg_stat_activity a WHERE a.datname = current_database() AND a.pid <> pg_backend_pid() AND EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = a.pid AND l.granted AND l.relation IS NOT NULL AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()));" |
    pg_exec 15 psql -X -q -A -t -v ON_ERROR_STOP=1 2>/dev/null
}

# restore_backup WHY: restores every verified backup of this deploy (one per database), then checks the
# recorded migrations equal those read before the deploy. Sets RESULT/RESULT_MESSAGE, which say truthfully
# what state each database is in.
restore_backup() {
  local why=$1 i sum bad="" custom=false
  phase_start restore
  [[ -n ${MG_RESTORE_COMMAND-} ]] && custom=true
  # Every file must be the one that was verified: with one changed or truncated file nothing is restored
  # at all (restoring the others would leave the databases at different points).
  local -a ours=()
  for ((i = 0; i < ${#BACKUP_PATHS[@]}; i++)); do
    [[ -n ${BACKUP_PATHS[i]-} ]] || continue
    ours+=("$i")
    sum=""
    [[ -r ${BACKUP_PATHS[i]} ]] && sum=$(sha256sum -- "${BACKUP_PATHS[i]}" 2>/dev/null)
    sum=${sum%% *}
    if [[ -z ${BACKUP_SHAS[i]} || $sum != "${BACKUP_SHAS[i]}" ]]; then
      bad+="${bad:+; }${BACKUP_PATHS[i]} (taken ${BACKUP_SHAS[i]}, now ${sum:-missing or unreadable})"
    fi
  done
  if [[ -n $bad ]]; then
    phase_end failed message "the backup no longer matches its checksum"
    RESULT=failed
    RESULT_MESSAGE="$why The backup no longer matches the sha256 taken when it was made: $bad. So nothing was restored: the database$( ((${#ours[@]} > 1)) && echo "s are" || echo " is") as the failed migration left $( ((${#ours[@]} > 1)) && echo them || echo it). Restore from another backup by hand (runbook)."
    return
  fi
  # A backup-command ran once for the whole app: so does the restore-command.
  $custom && ours=("${ours[0]}")
  local restored="" failed="" detail="" far
  now_ms far
  far=$((far + ${MG_RESTORE_TIMEOUT:-21600} * 1000))
  for i in "${ours[@]}"; do
    ((DB_COUNT > 0)) && db_use "$i"
    RG_ENV=("${DB_ENV[@]}" "MG_BACKUP_PATH=${BACKUP_PATHS[i]}" "PGOPTIONS=-c lock_timeout=${MG_RESTORE_LOCK_TIMEOUT:-120000} -c client_min_messages=error"
      "PGAPPNAME=migration-guard-restore:$MG_DEPLOY_ID")
    if $custom; then
      run_group "$far" restore "${RUN_PREFIX[@]}" sh -c "$MG_RESTORE_COMMAND"
    else
      pg_tools
      RG_ENV+=("MG_CLEANUP_SQL=$CLEANUP_SQL" "MG_RESTORE_ERR=$DEPLOY_DIR/restore.err" "MG_PG_RESTORE=$PG_RESTORE")
      run_group "$far" restore bash -c "$RESTORE_SCRIPT" pg_restore "${RUN_PREFIX[@]}"
    fi
    if ((RG_RC == 0)); then
      restored+="${restored:+, }${DB_NAME:-${BACKUP_PATHS[i]}}"
    else
      # One database that could not be restored does not keep the others at the migration's state.
      failed+="${failed:+, }$(db_label) from ${BACKUP_PATHS[i]} (exit $RG_RC)"
      if grep -q 'lock timeout' -- "$DEPLOY_DIR/restore.err" 2>/dev/null; then
        local holders
        holders=$(lock_holders)
        detail+=" The restore of $(db_label) gave up waiting for a table lock (lock_timeout ${MG_RESTORE_LOCK_TIMEOUT:-120000} ms); sessions holding locks in that database now: ${holders:-none found (the holder has gone)}."
      fi
    fi
    rm -f -- "$DEPLOY_DIR/restore.err"
  done
  ((DB_COUNT > 0)) && db_use 0
  if [[ -n $failed ]]; then
    phase_end failed rc "$RG_RC" message "the restore failed${detail:+: lock timeout}"
    RESULT=failed
    if $custom; then
      RESULT_MESSAGE="$why The restore-command failed (exit $RG_RC): what it changed is up to that command, so the database state is unknown. Follow the runbook."
    elif [[ -n $restored ]]; then
      RESULT_MESSAGE="$why The restore of $failed failed and was rolled back as a whole:$detail that database is as the migration left it, while $restored was restored from its backup. Follow the runbook to restore by hand."
    else
      RESULT_MESSAGE="$why The restore of $failed failed and was rolled back as a whole:$detail the database is as it was before the restore (the migrations that finished before the failure stay applied). Follow the runbook to restore by hand."
    fi
    return
  fi
  phase_end ok
  local from=$BACKUP_PATH
  ((${#ours[@]} > 1)) && from="the backups of $restored"
  # A database that had nothing to back up (never migrated, no tables) keeps what the migration made there.
  local empty=""
  [[ -n $EMPTY_DATABASES ]] && empty=" $EMPTY_DATABASES had nothing to back up (no tables before the deploy) and keeps what the migration created there."
  # The proof: the framework's own status reads the same recorded migrations as before the deploy.
  phase_start restore-check
  read_status restored
  local same=true
  for i in 1 2 3; do
    [[ ${STATUS_OUT[before.$i]-} == "${STATUS_OUT[restored.$i]-}" ]] || same=false
  done
  # A database restored to "never migrated" says so again, as it did before the deploy.
  if { ((STATUS_RC == 0)) || { $NO_MIGRATIONS_TABLE && $STATUS_NO_TABLE; }; } && $same; then
    phase_end ok
    RESULT=rolled-back
    RESULT_MESSAGE="$why The database was restored from $from; its recorded migrations equal those before the deploy.$empty"
  else
    phase_end failed message "recorded migrations differ from before the deploy"
    RESULT=failed
    RESULT_MESSAGE="$why The database was restored from $from, but its recorded migrations differ from those before the deploy (or could not be read): check them by hand.$empty"
  fi
}
