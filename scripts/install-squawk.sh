#!/usr/bin/env bash
# Installs squawk (Rust), the yardstick `npm run bench` runs beside the SQL analysis (issue 10), into
# .cache/squawk/. Its binary comes from its own npm platform package, checked against the integrity pinned here
# (see fetch-npm-binary.sh). It is not in package.json: as a dependency of any kind, every user installing
# migration-guard would download its 25 MB. Idempotent: nothing to do when it is there.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=2.66.0
INTEGRITY='sha512-p5Wq5BIcDGujJpmub3hiULkiEYnwI7FPdXaWMjCwoYQvN5RI79EniI95ws10lLXxcgbN/LdnYD+asaRiHuINsw=='
SQUAWK=.cache/squawk/bin/squawk

if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "squawk: the pinned build is for Linux x86-64, not $(uname -s)-$(uname -m)" >&2
  exit 1
fi
if [ -x "$SQUAWK" ] && [ "$("$SQUAWK" --version)" = "squawk $VERSION" ]; then
  echo "squawk: $VERSION present"
  exit 0
fi
bash scripts/fetch-npm-binary.sh "@squawk-cli/linux-x64@$VERSION" "$INTEGRITY" bin/squawk "$SQUAWK"
echo "squawk: installed $("$SQUAWK" --version) in $(dirname "$SQUAWK")"
