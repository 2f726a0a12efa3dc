# shellcheck shell=bash
# Part of the Migration Guard supervisor (joined into one script at build time). The database: the app's own connection settings, kept off every command line.

# --- the database: the app's own connection settings, kept off every command line ----------------------

# The framework preset's MG_DBCONFIG command prints `MG_PG NAME=value` lines from the app's own database
# config (run through run-prefix, like every app command). An app with several databases (Rails 6.1
# multi-db) prints `MG_DB <name> <adapter>` before each database's lines; lines before any `MG_DB` belong to
# one unnamed database. The values stay in unexported variables of this process and are exported only into
# the PostgreSQL clients' environment: never an argument, never streamed.
# Without a preset the clients use the host's libpq defaults (PG* variables, ~/.pgpass).
DB_STATE=unknown # unknown | ready | none | failed
DB_COUNT=0
DB_NAMES=()    # the app's name of each database (`primary`, `animals`); "" for the one of a single-db app
DB_ADAPTERS=() # the app's adapter of each database, when it said (`postgresql`)
DB_ENVS=()     # each database's NAME=value lines (the password among them)
DB_INFOS=()    # each database's connection without the password, for messages
# The database the PostgreSQL clients talk to now (db_use): every pg_exec goes there.
DB_ENV=()
DB_INFO=""
DB_NAME=""
db_config() {
  [[ $DB_STATE != unknown ]] && return 0
  DB_ENV=() DB_INFO="" DB_NAME="" DB_NAMES=() DB_ADAPTERS=() DB_ENVS=() DB_INFOS=() DB_COUNT=0
  if ((${#DBCONFIG[@]} == 0)); then
    DB_STATE=none
    return 0
  fi
  local out rc
  out=$(
    close_ours
    child_env
    cd -- "$MG_APP_DIR" || exit 127
    exec timeout -k 5 "${MG_STEP_TIMEOUT:-600}" "${RUN_PREFIX[@]}" "${DBCONFIG[@]}" </dev/null 2>/dev/null
  )
  rc=$?
  db_config_lines "$out" "$rc"
}

# db_config_lines TEXT RC: reads what the MG_DBCONFIG command (or the one-boot runner) printed and exited with.
db_config_lines() {
  local out=$1 rc=$2 line name i=-1 complete=true
  DB_ENV=() DB_INFO="" DB_NAME="" DB_NAMES=() DB_ADAPTERS=() DB_ENVS=() DB_INFOS=() DB_COUNT=0
  while IFS= read -r line; do
    # A name becomes part of a file name: letters, digits, `_` and `-` only.
    if [[ $line =~ ^MG_DB\ ([^\ ]+)(\ ([A-Za-z0-9_]*))?$ ]]; then
      i=$((i + 1))
      name=${BASH_REMATCH[1]}
      DB_NAMES[i]=${name//[^A-Za-z0-9_-]/_} DB_ADAPTERS[i]=${BASH_REMATCH[3]} DB_ENVS[i]="" DB_INFOS[i]=""
      continue
    fi
    [[ $line =~ ^MG_PG\ (PGHOST|PGPORT|PGDATABASE|PGUSER|PGPASSWORD|PGSSLMODE)=(.+)$ ]] || continue
    if ((i < 0)); then
      i=0
      DB_NAMES[0]="" DB_ADAPTERS[0]="" DB_ENVS[0]="" DB_INFOS[0]=""
    fi
    name=${BASH_REMATCH[1]}
    DB_ENVS[i]+="$name=${BASH_REMATCH[2]}"$'\n'
    [[ $name != PGPASSWORD ]] && DB_INFOS[i]+="${DB_INFOS[i]:+ }$name=${BASH_REMATCH[2]}"
  done <<<"$out"
  out=""
  DB_COUNT=$((i + 1))
  for ((i = 0; i < DB_COUNT; i++)); do
    [[ ${DB_INFOS[i]} == *PGDATABASE=* ]] || complete=false
  done
  # Its stderr is not shown: a framework error about the database config may quote the URL and password.
  # Every database must have come with a name: a database the deploy cannot reach is one it cannot back up.
  if ((rc != 0 || DB_COUNT == 0)) || ! $complete; then
    DB_STATE=failed
    DB_COUNT=0
    emit t note phase "$PHASE" message "could not read the database settings from the app (exit $rc); run the framework's database console on the host to see why"
    return 0
  fi
  DB_STATE=ready
  db_use 0
}

# db_use INDEX: the PostgreSQL clients talk to that database from now on.
db_use() {
  local i=$1
  DB_ENV=()
  [[ -n ${DB_ENVS[i]-} ]] && mapfile -t DB_ENV <<<"${DB_ENVS[i]%$'\n'}"
  DB_INFO=${DB_INFOS[i]-}
  DB_NAME=${DB_NAMES[i]-}
}

# How messages name a database: `animals (PGHOST=… PGDATABASE=…)`, or only the connection for a single one.
db_label() {
  printf '%s' "${DB_NAME:+$DB_NAME }${DB_NAME:+(}$DB_INFO${DB_NAME:+)}"
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
  # pg_stat_activity shows every database of a server: one query per server (host and port) is enough.
  local n total=0 failed=false i server
  local -A seen=()
  for ((i = 0; i < (DB_COUNT > 0 ? DB_COUNT : 1); i++)); do
    ((DB_COUNT > 0)) && db_use "$i"
    server=$(printf '%s\n' "${DB_ENV[@]}" | grep -E '^PG(HOST|PORT)=' | sort | tr '\n' ' ')
    [[ -n ${seen[x$server]-} ]] && continue
    seen[x$server]=1
    n=$(printf '%s\n' "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = :'app' AND pid <> pg_backend_pid();" |
      pg_exec 15 psql -X -q -A -t -v ON_ERROR_STOP=1 -v "app=migration-guard:$MG_DEPLOY_ID" 2>/dev/null)
    if [[ $n =~ ^[0-9]+$ ]]; then total=$((total + n)); else failed=true; fi
  done
  ((DB_COUNT > 0)) && db_use 0
  if ! $failed; then
    emit t terminate phase "$PHASE" terminated "$total"
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
