#!/usr/bin/env bash
# Every check CI runs, in order: system packages, types, lint, dist freshness, unit tests, integration tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-deps.sh
bash scripts/install-tool.sh action-node
echo "== typecheck" && npm run --silent typecheck
echo "== lint" && npm run --silent lint
echo "== dist is fresh" && npm run --silent check-dist
echo "== unit tests" && npm run --silent test:unit
echo "== host supervisor tests (bats)" && npm run --silent test:host
echo "== integration tests" && npm run --silent test:int
