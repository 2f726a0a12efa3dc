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
  local dir got
  dir=$(mktemp -d)
  mkdir "$dir/real"
  ln -s "$dir/real" "$dir/current"
  for app in "$dir/current" "$dir/real/" "$dir/missing"; do
    APP_DIR_CANONICAL=""
    MG_APP_DIR=$app app_state_dir_into got
    [ "$got" = "$(MG_APP_DIR=$app app_state_dir)" ]
  done
  rm -rf -- "$dir"
}
