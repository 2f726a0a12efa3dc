#!/usr/bin/env bats
# shellcheck disable=SC2034 # the parts read these globals
# The early dump (src/host/parts/backup.sh): its host-side deadline, its stop and a dump gone stale, with a
# fake pg_dump and psql on PATH (no database).
# The parts are written for bash without errexit: each call here is `|| :`, so bats's errexit does not end a
# test on a status the supervisor reads itself.

setup() {
  PARTS="$BATS_TEST_DIRNAME/../../src/host/parts"
  source "$PARTS/common.sh"
  source "$PARTS/run.sh"
  source "$PARTS/database.sh"
  source "$PARTS/backup.sh"
  DIR=$(mktemp -d)
  FAKE="$DIR/bin"
  mkdir -p "$FAKE" "$DIR/app" "$DIR/deploy" "$DIR/b"
  printf '#!/bin/sh\necho 1000\n' >"$FAKE/psql"
  chmod +x "$FAKE/psql"
  PATH="$FAKE:$PATH"
  DEPLOY_DIR="$DIR/deploy" MG_DEPLOY_ID="t-$$" MG_APP_DIR="$DIR/app" MG_BACKUP_DIR="$DIR/b"
  DB_STATE=ready DB_COUNT=1 DB_LOCKED=true LOCK_PSQL="$FAKE/psql" PHASE=db-lock
  DB_ENV=() RUN_PREFIX=()
  exec {STREAM_FD}>>"$DIR/stream"
}

teardown() {
  [[ -n ${EARLY_TAG-} ]] && kill_run KILL "" "$EARLY_TAG"
  rm -rf -- "$DIR"
}

fake_pg_dump() {
  printf '#!/bin/sh\n%s\n' "$1" >"$FAKE/pg_dump"
  chmod +x "$FAKE/pg_dump"
}

@test "a hung early dump is killed by its deadline on the host while the worker waits at the gate" {
  fake_pg_dump 'exec sleep 60'
  MG_BACKUP_TIMEOUT=1 MG_KILL_GRACE=1
  early_dump || :
  [ -n "$EARLY_PID" ]
  tag=$EARLY_TAG
  # The worker is busy elsewhere (the gate): only the watchdog watches the dump. Waits for its term as well as
  # for no process left with the tag: just after the start, the job may not carry the tag yet either.
  for ((i = 0; i < 60; i++)); do
    [[ -z $(tagged_pids "$tag") ]] && grep -q '"action":"term"' "$DIR/stream" && break
    sleep 0.1
  done
  [ -z "$(tagged_pids "$tag")" ]
  grep -q '"t":"deadline","phase":"backup","action":"term"' "$DIR/stream"
  early_wait || :
  [ "$RG_RC" -eq 124 ]
  [ "$RG_TIMED_OUT" = true ]
}

@test "a stopped early dump leaves no process and no file" {
  fake_pg_dump 'exec sleep 60'
  early_dump || :
  tag=$EARLY_TAG
  sleep 0.3
  [ -n "$(ls -A "$DIR/b")" ]
  early_stop "the gate blocked" || :
  [ -z "$(tagged_pids "$tag")" ]
  [ -z "$(ls -A "$DIR/b")" ]
  [ -z "$EARLY_PARTIAL" ]
  grep -q 'the early backup dump was stopped and its file removed: the gate blocked' "$DIR/stream"
}

@test "a dump that sat finished longer than MG_EARLY_STALE before the go is dropped (taken again at go)" {
  fake_pg_dump 'echo dumped'
  MG_EARLY_STALE=0
  early_dump || :
  for ((i = 0; i < 50; i++)); do
    [[ -e $EARLY_PARTIAL.times ]] && break
    sleep 0.1
  done
  sleep 1.2
  echo go >"$DEPLOY_DIR/decision"
  early_wait || :
  [ -z "$EARLY_PARTIAL" ]
  [ -z "$(ls -A "$DIR/b")" ]
  grep -q 'before the go' "$DIR/stream"
}

@test "a dump finished just before the go is kept for backup() to check" {
  fake_pg_dump 'echo dumped'
  early_dump || :
  for ((i = 0; i < 50; i++)); do
    [[ -e $EARLY_PARTIAL.times ]] && break
    sleep 0.1
  done
  echo go >"$DEPLOY_DIR/decision"
  early_wait || :
  [ -n "$EARLY_PARTIAL" ]
  [ "$RG_RC" -eq 0 ]
  [ "$EARLY_SIZE" = 1000 ]
  [ -s "$EARLY_PARTIAL" ]
  # Not a custom-format dump: the job's pg_restore --list did not verify it, and said why.
  [ ! -e "$EARLY_PARTIAL.entries" ]
  [ -e "$EARLY_PARTIAL.verify-err" ]
}
