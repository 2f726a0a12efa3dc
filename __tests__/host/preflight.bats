#!/usr/bin/env bats
# The preflight's tool check (src/host/parts/phases.sh): each tool tried the way the supervisor uses it.

setup() {
  PARTS="$BATS_TEST_DIRNAME/../../src/host/parts"
  source "$PARTS/common.sh"
  source "$PARTS/phases.sh"
  FAKE=$(mktemp -d)
}

teardown() {
  rm -rf -- "$FAKE"
}

@test "a GNU host has everything the worker and the front use" {
  run missing_tools "${WORKER_TOOLS[@]}" "tail --pid"
  [ "$status" -eq 0 ]
  [ "$output" = "" ]
}

@test "BusyBox-like tools without the GNU options are listed, each by what is missing" {
  for tool in stat df tail; do
    printf '#!/bin/sh\necho "%s: unrecognized option" >&2\nexit 1\n' "$tool" >"$FAKE/$tool"
    chmod +x "$FAKE/$tool"
  done
  PATH="$FAKE:$PATH" run missing_tools "stat -c" "df --output" "tail --pid" "head -c" no-such-tool-xyz
  [ "$output" = "stat -c df --output tail --pid no-such-tool-xyz" ]
}

@test "flock is found while a lock on /dev/null is held elsewhere (two deploys checking at once)" {
  # The check once tried `flock -n /dev/null`: any other holder of that lock (another supervisor's check at the
  # same moment) made it report "The host lacks: flock" and stop the deploy.
  exec 8</dev/null
  flock -n 8
  run missing_tools flock
  exec 8<&-
  [ "$status" -eq 0 ]
  [ "$output" = "" ]
}

@test "a flock that cannot lock is listed" {
  printf '#!/bin/sh\nexit 1\n' >"$FAKE/flock"
  chmod +x "$FAKE/flock"
  PATH="$FAKE:$PATH" run missing_tools flock
  [ "$output" = "flock" ]
}
