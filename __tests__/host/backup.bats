#!/usr/bin/env bats
# shellcheck disable=SC2086 # $A and $B are fixed hex keys
# The backup's pruning and naming (src/host/parts/backup.sh), on files in a temp dir.

setup() {
  PARTS="$BATS_TEST_DIRNAME/../../src/host/parts"
  source "$PARTS/common.sh"
  source "$PARTS/backup.sh"
  DIR=$(mktemp -d)
  mkdir -p "$DIR/b" "$DIR/deploys"
  A=aaaaaaaaaaaa
  B=bbbbbbbbbbbb
}

teardown() {
  rm -rf -- "$DIR"
}

dumps() {
  local f
  for f in "$@"; do : >"$DIR/b/$f"; done
}

@test "prunes only this app's and this environment's backups, by exact name" {
  dumps production-20240101T000000Z-nosha-$A.dump production-20240102T000000Z-nosha-$A.dump \
    production-20240103T000000Z-0123456789ab-$A.dump \
    production-20240101T000000Z-nosha-$B.dump production-eu-20240101T000000Z-nosha-$A.dump \
    staging-20240101T000000Z-nosha-$A.dump production-20240101T000000Z-nosha.dump notes.dump
  run prune_backups "$DIR/b" production $A 1 "$DIR/b/production-20240103T000000Z-0123456789ab-$A.dump" "$DIR/deploys"
  [ "$output" = 2 ]
  run ls "$DIR/b"
  [ "$output" = "$(printf '%s\n' notes.dump production-20240101T000000Z-nosha-$B.dump production-20240101T000000Z-nosha.dump \
    production-20240103T000000Z-0123456789ab-$A.dump production-eu-20240101T000000Z-nosha-$A.dump staging-20240101T000000Z-nosha-$A.dump)" ]
}

@test "never prunes a backup that an unfinished or failed deploy of this app still needs" {
  dumps production-20240101T000000Z-nosha-$A.dump production-20240102T000000Z-nosha-$A.dump \
    production-20240103T000000Z-nosha-$A.dump production-20240104T000000Z-nosha-$A.dump
  mkdir -p "$DIR/deploys/running" "$DIR/deploys/failed" "$DIR/deploys/done"
  printf '{"t":"backup","path":"%s"}\n' "$DIR/b/production-20240101T000000Z-nosha-$A.dump" >"$DIR/deploys/running/journal.jsonl"
  printf '{"t":"backup","path":"%s"}\n{"t":"result","result":"failed"}\n{"t":"end"}\n' \
    "$DIR/b/production-20240102T000000Z-nosha-$A.dump" >"$DIR/deploys/failed/journal.jsonl"
  printf '{"t":"backup","path":"%s"}\n{"t":"result","result":"migrated"}\n{"t":"end"}\n' \
    "$DIR/b/production-20240103T000000Z-nosha-$A.dump" >"$DIR/deploys/done/journal.jsonl"
  run prune_backups "$DIR/b" production $A 1 "$DIR/b/production-20240104T000000Z-nosha-$A.dump" "$DIR/deploys"
  [ "$output" = 1 ]
  [ -e "$DIR/b/production-20240101T000000Z-nosha-$A.dump" ]
  [ -e "$DIR/b/production-20240102T000000Z-nosha-$A.dump" ]
  [ ! -e "$DIR/b/production-20240103T000000Z-nosha-$A.dump" ]
}

@test "one app dir, one key: a trailing slash, .., and a symlink name the same directory" {
  mkdir -p "$DIR/releases/r1" "$DIR/x"
  ln -s "$DIR/releases/r1" "$DIR/current"
  local keys=() d
  for d in "$DIR/releases/r1" "$DIR/releases/r1/" "$DIR/x/../releases/r1" "$DIR/current"; do
    keys+=("$(MG_APP_DIR=$d app_key)")
  done
  [ "${keys[0]}" = "${keys[1]}" ] && [ "${keys[0]}" = "${keys[2]}" ] && [ "${keys[0]}" = "${keys[3]}" ]
  cd "$DIR/releases"
  [ "$(MG_APP_DIR=r1 app_key)" = "${keys[0]}" ]
}

@test "the key of an absolute canonical path is the sha256 of exactly that path (as before: journals stay found)" {
  mkdir -p "$DIR/app"
  local canonical expected
  canonical=$(cd "$DIR/app" && pwd -P)
  expected=$(printf '%s' "$canonical" | sha256sum)
  [ "$(MG_APP_DIR=$DIR/app app_key)" = "${expected:0:16}" ]
}

@test "a multi-database deploy's files are pruned together, and kept together" {
  dumps production-20240101T000000Z-nosha-$A.primary.dump production-20240101T000000Z-nosha-$A.animals.dump \
    production-20240102T000000Z-nosha-$A.primary.dump production-20240102T000000Z-nosha-$A.animals.dump \
    production-20240103T000000Z-nosha-$A-x1.primary.dump production-20240103T000000Z-nosha-$A-x1.animals.dump
  run prune_backups "$DIR/b" production $A 1 "$DIR/b/production-20240103T000000Z-nosha-$A-x1.primary.dump" "$DIR/deploys"
  [ "$output" = 4 ]
  run ls "$DIR/b"
  [ "$output" = "$(printf '%s\n' production-20240103T000000Z-nosha-$A-x1.animals.dump production-20240103T000000Z-nosha-$A-x1.primary.dump)" ]
}

@test "a needed backup of one database keeps its deploy's other databases too" {
  dumps production-20240101T000000Z-nosha-$A.primary.dump production-20240101T000000Z-nosha-$A.animals.dump \
    production-20240102T000000Z-nosha-$A.primary.dump production-20240102T000000Z-nosha-$A.animals.dump
  mkdir -p "$DIR/deploys/failed"
  printf '{"t":"backup","path":"%s"}\n{"t":"result","result":"failed"}\n{"t":"end"}\n' \
    "$DIR/b/production-20240101T000000Z-nosha-$A.animals.dump" >"$DIR/deploys/failed/journal.jsonl"
  run prune_backups "$DIR/b" production $A 1 "$DIR/b/production-20240102T000000Z-nosha-$A.primary.dump" "$DIR/deploys"
  [ "$output" = 0 ]
  [ "$(find "$DIR/b" -name "*.dump" | wc -l)" = 4 ]
}
