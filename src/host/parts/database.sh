# shellcheck shell=bash
# Part of the Migration Guard supervisor (joined into one script at build time). The database: the app's own connection settings, kept off every command line.

# --- the database: the app's own connection settings, kept off every command line ----------------------

# The framework preset's MG_DBCONFIG command prints `MG_PG NAME=value` lines from the app's own database
# config (run through run-prefix, like every app command). The values stay in unexported variables of this
# process and are exported only into the PostgreSQL clients' environment: never an argument, never streamed.
# Without a preset the clients use the host's libpq defaults (PG* variables, ~/.pgpass).
DB_STATE=unknown # unknown | ready | none | failed
DB_ENV=()
DB_INFO=""
db_config() {
  [[ $DB_STATE != unknown ]] && return 0
  DB_ENV=()
  DB_INFO=""
  if ((${#DBCONFIG[@]} == 0)); then
    DB_STATE=none
    return 0
  fi
  local out rc line name
  out=$(
    close_ours
    child_env
    cd -- "$MG_APP_DIR" || exit 127
    exec timeout -k 5 "${MG_STEP_TIMEOUT:-600}" "${RUN_PREFIX[@]}" "${DBCONFIG[@]}" </dev/null 2>/dev/null
  )
  rc=$?
  while IFS= read -r line; do
    [[ $line =~ ^MG_PG\ (PGHOST|PGPORT|PGDATABASE|PGUSER|PGPASSWORD|PGSSLMODE)=(.+)$ ]] || continue
    name=${BASH_REMATCH[1]}
    DB_ENV+=("$name=${BASH_REMATCH[2]}")
    [[ $name != PGPASSWORD ]] && DB_INFO+="${DB_INFO:+ }$name=${BASH_REMATCH[2]}"
  done <<<"$out"
  out=""
  # Its stderr is not shown: a framework error about the database config may quote the URL and password.
  if ((rc != 0)) || [[ $DB_INFO != *PGDATABASE=* ]]; then
    DB_STATE=failed
    emit t note phase "$PHASE" message "could not read the database settings from the app (exit $rc); run the framework's database console on the host to see why"
    return 0
  fi
  DB_STATE=ready
}

# pg_exec SECONDS CMD... : a PostgreSQL client through run-prefix, in the app dir, with the app's connection
# in its environment. The caller redirects stdin/stdout.
pg_exec() {
  local seconds=$1
  shift
  (
    close_ours
    child_env
    local kv
    for kv in "${DB_ENV[@]}"; do export "${kv?}"; done
    cd -- "$MG_APP_DIR" || exit 127
    exec timeout -k 5 "$seconds" "${RUN_PREFIX[@]}" "$@"
  )
}

# The migration's own backends: a client killed at the deadline leaves its statement running on the server
# until it next writes to the socket, and statement_timeout restarts with every statement.
terminate_backends() {
  [[ ${MG_DATABASE:-postgresql} == postgresql ]] || return 0
  db_config
  [[ $DB_STATE == failed ]] && return 0
  local n
  n=$(printf '%s\n' "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = :'app' AND pid <> pg_backend_pid();" |
    pg_exec 15 psql -X -q -A -t -v ON_ERROR_STOP=1 -v "app=migration-guard:$MG_DEPLOY_ID" 2>/dev/null)
  if [[ $n =~ ^[0-9]+$ ]]; then
    emit t terminate phase "$PHASE" terminated "$n"
  else
    emit t note phase "$PHASE" message "could not terminate the migration's database sessions (psql failed); statement_timeout still bounds them"
  fi
}

human_bytes() {
  local b=$1
  if ((b >= 1073741824)); then
    printf '%d.%d GiB' $((b / 1073741824)) $((b % 1073741824 * 10 / 1073741824))
  elif ((b >= 1048576)); then
    printf '%d.%d MiB' $((b / 1048576)) $((b % 1048576 * 10 / 1048576))
  else
    printf '%d KiB' $((b / 1024))
  fi
}
