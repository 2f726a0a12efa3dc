# shellcheck shell=bash
# Part of the Migration Guard supervisor (joined into one script at build time). The restore, on a timeout or a failure.

# --- restore, on timeout or failure ------------------------------------------------------------------

# Objects the backup does not know about (a table, type or function a migration created) would survive a
# plain `pg_restore --clean`: drop every object of the database's own schemas first, in the same
# transaction as the restore, so the result is the backup and nothing else. Extensions' objects stay.
readonly CLEANUP_SQL=$'DO $mg$\nDECLARE r record;\nBEGIN\n  FOR r IN\n    SELECT format(\'DROP %s IF EXISTS %I.%I CASCADE\', CASE c.relkind WHEN \'v\' THEN \'VIEW\' WHEN \'m\' THEN \'MATERIALIZED VIEW\' WHEN \'S\' THEN \'SEQUENCE\' WHEN \'f\' THEN \'FOREIGN TABLE\' ELSE \'TABLE\' END, n.nspname, c.relname) AS stmt\n      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace\n     WHERE c.relkind IN (\'r\', \'p\', \'v\', \'m\', \'S\', \'f\') AND n.nspname <> \'information_schema\' AND n.nspname NOT LIKE \'pg\\_%\'\n       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = \'pg_class\'::regclass AND d.objid = c.oid AND d.deptype = \'e\')\n    UNION ALL\n    SELECT format(\'DROP TYPE IF EXISTS %I.%I CASCADE\', n.nspname, t.typname)\n      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace\n     WHERE (t.typtype IN (\'e\', \'d\', \'r\') OR (t.typtype = \'c\' AND (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = \'c\'))\n       AND n.nspname <> \'information_schema\' AND n.nspname NOT LIKE \'pg\\_%\'\n       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = \'pg_type\'::regclass AND d.objid = t.oid AND d.deptype = \'e\')\n    UNION ALL\n    SELECT format(\'DROP ROUTINE IF EXISTS %s CASCADE\', p.oid::regprocedure)\n      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace\n     WHERE p.prokind IN (\'f\', \'p\') AND n.nspname <> \'information_schema\' AND n.nspname NOT LIKE \'pg\\_%\'\n       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = \'pg_proc\'::regclass AND d.objid = p.oid AND d.deptype = \'e\')\n  LOOP\n    EXECUTE r.stmt;\n  END LOOP;\nEND\n$mg$;'

# restore_backup WHY: restores the verified backup, then checks the recorded migrations equal those read
# before the deploy. Sets RESULT/RESULT_MESSAGE.
restore_backup() {
  local why=$1
  phase_start restore
  RG_ENV=("${DB_ENV[@]}" "MG_BACKUP_PATH=$BACKUP_PATH" "PGOPTIONS=-c lock_timeout=${MG_RESTORE_LOCK_TIMEOUT:-120000} -c client_min_messages=warning"
    "PGAPPNAME=migration-guard-restore:$MG_DEPLOY_ID")
  local far=$(($(now_ms) + ${MG_RESTORE_TIMEOUT:-86400} * 1000))
  if [[ -n ${MG_RESTORE_COMMAND-} ]]; then
    run_group "$far" restore "${RUN_PREFIX[@]}" sh -c "$MG_RESTORE_COMMAND"
  else
    RG_ENV+=("MG_CLEANUP_SQL=$CLEANUP_SQL")
    # = pg_restore --clean --if-exists --single-transaction, with the clean-up above in the same transaction.
    # shellcheck disable=SC2016 # expanded by the inner bash, not here
    run_group "$far" restore bash -c 'set -o pipefail
      { printf "%s\n" "$MG_CLEANUP_SQL"; "$@" pg_restore --clean --if-exists --file=- <"$MG_BACKUP_PATH"; } |
        "$@" psql -X -q -v ON_ERROR_STOP=1 --single-transaction --output=/dev/null' pg_restore "${RUN_PREFIX[@]}"
  fi
  if ((RG_RC != 0)); then
    phase_end failed rc "$RG_RC"
    RESULT=failed
    RESULT_MESSAGE="$why The restore of $BACKUP_PATH failed (exit $RG_RC): the database may be half-migrated. Follow the runbook."
    return
  fi
  phase_end ok
  # The proof: the framework's own status reads the same recorded migrations as before the deploy.
  phase_start restore-check
  read_status restored
  local i same=true
  for i in 1 2 3; do
    [[ ${STATUS_SHA[before.$i]-} == "${STATUS_SHA[restored.$i]-}" ]] || same=false
  done
  if ((STATUS_RC == 0)) && $same; then
    phase_end ok
    RESULT=rolled-back
    RESULT_MESSAGE="$why The database was restored from $BACKUP_PATH; its recorded migrations equal those before the deploy."
  else
    phase_end failed message "recorded migrations differ from before the deploy"
    RESULT=failed
    RESULT_MESSAGE="$why The database was restored from $BACKUP_PATH, but its recorded migrations differ from those before the deploy (or could not be read): check them by hand."
  fi
}
