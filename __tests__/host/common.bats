#!/usr/bin/env bats
# Fast tests of the supervisor's parts, sourced one by one (no SSH, no database). `npm run test:host`.

setup() {
  PARTS="$BATS_TEST_DIRNAME/../../src/host/parts"
  source "$PARTS/common.sh"
}

@test "json_str escapes quotes, backslashes and newlines, and drops control characters" {
  run json_str $'a "b" \\c\nd\te\001f'
  [ "$output" = '"a \"b\" \\c\nd\tef"' ]
}

@test "emit keeps known numeric keys numbers and quotes everything else" {
  run emit t phase rc 3 message 'x"y'
  [[ $output =~ ^@mg:event\ \{\"at\":[0-9]+,\"t\":\"phase\",\"rc\":3,\"message\":\"x\\\"y\"\}$ ]]
}

@test "json_quote and now_ms VAR assign the caller's variable (no command substitution), emit keeps % as given" {
  local quoted at
  json_quote quoted $'50% "x"\n'
  [ "$quoted" = '"50% \"x\"\n"' ]
  now_ms at
  [[ $at =~ ^[0-9]{13}$ ]]
  run emit t note message 'quoted at body %s'
  [[ $output == *'"message":"quoted at body %s"}' ]]
}

@test "read_params takes MG_ records verbatim and refuses any other name" {
  run bash -c 'source "$0"; read_params; printf "%s" "$MG_X"' "$PARTS/common.sh" < <(printf 'MG_X=$(touch /tmp/no) ; a\nb\0\0')
  [ "$status" -eq 0 ]
  [ "$output" = $'$(touch /tmp/no) ; a\nb' ]
  run bash -c 'source "$0"; read_params' "$PARTS/common.sh" < <(printf 'PATH=/evil\0\0')
  [ "$status" -eq 2 ]
  [[ $output == *"bad parameter record"* ]]
}

@test "check_id refuses ids that could leave the deploys directory" {
  for id in ../x .hidden 'a b' ''; do
    MG_DEPLOY_ID=$id run check_id
    [ "$status" -eq 2 ]
  done
  MG_DEPLOY_ID=20240101T000000Z-1-abc run check_id
  [ "$status" -eq 0 ]
}

@test "app_state_dir_into names the state directory app_state_dir names (a symlinked app dir, one that does not exist)" {
  local dir got expected here=$PWD
  dir=$(mktemp -d)
  mkdir -p "$dir/a/real"
  ln -s "$dir/a/real" "$dir/current"
  for app in "$dir/current" "$dir/a/real/" "$dir/missing" "$dir/current/.." "${dir#/}/current"; do
    # What `cd` then `pwd -P` in a subshell says (a directory that is not there: its name as given).
    expected=$(cd -- "$app" 2>/dev/null && pwd -P) || expected=$app
    # shellcheck disable=SC2034 # read by app_state_dir_into (canonical_app_dir)
    APP_DIR_CANONICAL=""
    MG_APP_DIR=$app canonical_app_dir
    [ "$APP_DIR_CANONICAL" = "$expected" ]
    # Found in this shell, which is back where it was.
    [ "$PWD" = "$here" ]
    APP_DIR_CANONICAL=""
    MG_APP_DIR=$app app_state_dir_into got
    [ "$got" = "$(APP_DIR_CANONICAL="" MG_APP_DIR=$app app_state_dir)" ]
  done
  # `current/..` is $dir as written, not $dir/a (the link's parent).
  APP_DIR_CANONICAL=""
  MG_APP_DIR="$dir/current/.." canonical_app_dir
  [ "$APP_DIR_CANONICAL" = "$(cd "$dir" && pwd -P)" ]
  rm -rf -- "$dir"
}

@test "lock_psql starts the newest Debian client directly only where psql on PATH is pg_wrapper, and never through a run-prefix" {
  source "$PARTS/locks.sh"
  local expected=psql dir
  # What pg_wrapper would start at the newest (numerically: 10 after 9), where psql is pg_wrapper.
  if [[ $(type -P psql) -ef /usr/share/postgresql-common/pg_wrapper ]]; then
    expected=$(printf '%s\n' /usr/lib/postgresql/*/bin/psql | sort -V | tail -n 1)
  fi
  RUN_PREFIX=()
  lock_psql
  [ "$LOCK_PSQL" = "$expected" ]
  # Another psql first on PATH: that one (plain `psql`).
  dir=$(mktemp -d)
  printf '#!/bin/sh\n' >"$dir/psql"
  chmod +x "$dir/psql"
  PATH="$dir:$PATH" lock_psql
  [ "$LOCK_PSQL" = psql ]
  # shellcheck disable=SC2034 # read by lock_psql
  RUN_PREFIX=(docker exec app)
  lock_psql
  [ "$LOCK_PSQL" = psql ]
  rm -rf -- "$dir"
}

@test "write_once writes a line once (the first writer wins, even with noclobber off before), read_whole takes only a whole line" {
  source "$PARTS/modes.sh"
  local dir value
  dir=$(mktemp -d)
  # Nothing there yet, then a line still being written (no newline): not taken.
  run read_whole value "$dir/decision"
  [ "$status" -ne 0 ]
  printf 'go' >"$dir/partial"
  run read_whole value "$dir/partial"
  [ "$status" -ne 0 ]
  write_once "$dir/decision" "go"
  write_once "$dir/decision" "stop connection-closed"
  read_whole value "$dir/decision"
  [ "$value" = go ]
  [ "$(cat "$dir/decision")" = go ]
  # The caller's noclobber setting is left as it was.
  [[ $- != *C* ]]
  set -C
  write_once "$dir/health" "health ok"
  [[ $- == *C* ]]
  set +C
  read_whole value "$dir/health"
  [ "$value" = "health ok" ]
  rm -rf "$dir"
}

@test "pg_tools takes pg_dump and pg_restore from the lock session's direct client, as a pair, else the names on PATH" {
  source "$PARTS/locks.sh"
  local dir
  dir=$(mktemp -d)
  mkdir -p "$dir/16/bin"
  printf '#!/bin/sh\n' | tee "$dir/16/bin/psql" "$dir/16/bin/pg_dump" "$dir/16/bin/pg_restore" >/dev/null
  chmod +x "$dir/16/bin/"*
  LOCK_PSQL=$dir/16/bin/psql
  pg_tools
  [ "$PG_DUMP" = "$dir/16/bin/pg_dump" ]
  [ "$PG_RESTORE" = "$dir/16/bin/pg_restore" ]
  # One of the pair missing there: both by name (never a dump and a restore of different versions).
  rm "$dir/16/bin/pg_restore"
  pg_tools
  [ "$PG_DUMP" = pg_dump ]
  [ "$PG_RESTORE" = pg_restore ]
  # The lock sessions through `psql` (a run-prefix, another psql on PATH, a direct client that failed).
  LOCK_PSQL=psql
  pg_tools
  [ "$PG_DUMP" = pg_dump ]
  [ "$PG_RESTORE" = pg_restore ]
  rm -rf -- "$dir"
}

@test "rm_present removes the files when one is there (a dangling link too), and starts no rm when none is" {
  local dir
  dir=$(mktemp -d)
  : >"$dir/a"
  ln -s "$dir/gone" "$dir/link"
  rm_present "$dir/missing" "$dir/a"
  [ ! -e "$dir/a" ]
  rm_present "$dir/link"
  [ ! -L "$dir/link" ]
  # No rm on PATH: with nothing there, nothing is started and the answer is 0.
  PATH="$dir/empty" rm_present "$dir/missing" "$dir/also-missing"
  rm -rf -- "$dir"
}
