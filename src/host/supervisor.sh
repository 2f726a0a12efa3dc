#!/usr/bin/env bash
# Migration Guard host-side supervisor. Shipped inside the action, copied to the host and run with bash.
#
# Why it exists: closing a local `ssh` does not stop the remote command, and a cancelled runner gets ~10 s.
# So the deploy runs here, detached from the SSH session (setsid), under a flock deploy lock, with its own
# deadline that kills the whole process group of the migration, and a journal on disk that a reconnecting
# action can read.
#
# Parameters never arrive in a command string: stdin carries NUL-terminated `MG_NAME=value` records, ended
# by an empty record. In `deploy` mode the lines that follow on stdin are the action's gate decision.
#
# Output (stdout): one line per record, `@mg:event <json>` for events and `@mg:out <text>` for the output of
# the commands it runs, so nothing a migration prints can pass for an event.
#
# Needs only bash >= 4.3, flock, setsid, kill, tail and coreutils (base64, sha256sum, mkdir, mv, rm, df);
# the built-in backup also needs the PostgreSQL clients (pg_dump, pg_restore, psql), `health-from: host` curl.

set -u
set -o pipefail
umask 077

# Both are read by the sourced parts (modes.sh, worker.sh); checked alone, this file does not see them used.
# shellcheck disable=SC2034
readonly PROTOCOL_VERSION=1
# shellcheck disable=SC2034
SELF=${BASH_SOURCE[0]}

# The parts below are sourced when run from the source tree; the build joins them into this one file.
# shellcheck source=SCRIPTDIR/parts/common.sh
source "${BASH_SOURCE[0]%/*}/parts/common.sh"
# shellcheck source=SCRIPTDIR/parts/modes.sh
source "${BASH_SOURCE[0]%/*}/parts/modes.sh"

# The SSH-facing modes of a deploy start here, before the rest of the script: bash parses a script as it runs
# it, so the front (on the way to the worker's first event) parses only the two parts above; the worker
# parses the whole script once.
if [[ ${1-} != worker ]]; then
  read_params
  case ${MG_MODE:-deploy} in
  deploy) front ;;
  attach) attach ;;
  esac
fi

# The one-boot runners' code (src/host/runners/): read from the tree here, embedded by the build.
# shellcheck disable=SC2034 # read by parts/runner.sh
IFS= read -r -d '' RUNNER_RAILS <"${BASH_SOURCE[0]%/*}/runners/rails.rb"
# shellcheck disable=SC2034 # read by parts/runner.sh
IFS= read -r -d '' RUNNER_DJANGO <"${BASH_SOURCE[0]%/*}/runners/django.py"

# shellcheck source=SCRIPTDIR/parts/run.sh
source "${BASH_SOURCE[0]%/*}/parts/run.sh"
# shellcheck source=SCRIPTDIR/parts/phases.sh
source "${BASH_SOURCE[0]%/*}/parts/phases.sh"
# shellcheck source=SCRIPTDIR/parts/database.sh
source "${BASH_SOURCE[0]%/*}/parts/database.sh"
# shellcheck source=SCRIPTDIR/parts/locks.sh
source "${BASH_SOURCE[0]%/*}/parts/locks.sh"
# shellcheck source=SCRIPTDIR/parts/backup.sh
source "${BASH_SOURCE[0]%/*}/parts/backup.sh"
# shellcheck source=SCRIPTDIR/parts/restore.sh
source "${BASH_SOURCE[0]%/*}/parts/restore.sh"
# shellcheck source=SCRIPTDIR/parts/runner.sh
source "${BASH_SOURCE[0]%/*}/parts/runner.sh"
# shellcheck source=SCRIPTDIR/parts/worker.sh
source "${BASH_SOURCE[0]%/*}/parts/worker.sh"

if [[ ${1-} == worker ]]; then
  worker "$2"
fi
case ${MG_MODE:-deploy} in
status) status_only ;;
metrics) metrics ;;
*) die_params "MG_MODE must be deploy, attach, status or metrics" ;;
esac
