#!/usr/bin/env bash
# Installs the Debian packages the integration suite runs for real: OpenSSH, PostgreSQL, Rails 6.1, Django, Alembic,
# and the supervisor's own tools: shellcheck and bats.
# Idempotent: installs only when something is missing. Needs root (CI and the dev machines run as root).
set -euo pipefail

missing=()
command -v sshd >/dev/null 2>&1 || [ -x /usr/sbin/sshd ] || missing+=(openssh-server)
command -v ssh >/dev/null 2>&1 && command -v ssh-keygen >/dev/null 2>&1 || missing+=(openssh-client)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
# Debian's own interpreters, by path: the test apps use the system gems and modules, and another ruby or python3
# first on PATH (rbenv, pyenv) must not make a check pass or fail.
[ -x /usr/bin/ruby ] || missing+=(ruby)
/usr/bin/ruby -e 'require "rails"; require "active_record"; require "pg"; require "sqlite3"' >/dev/null 2>&1 ||
  missing+=(ruby-railties ruby-activerecord ruby-pg ruby-sqlite3 rake)
/usr/bin/python3 -c 'import django, alembic, psycopg2, sqlalchemy' >/dev/null 2>&1 ||
  missing+=(python3-django python3-alembic python3-psycopg2 python3-sqlalchemy)
command -v flock >/dev/null 2>&1 || missing+=(util-linux)
command -v pkill >/dev/null 2>&1 || missing+=(procps)
command -v curl >/dev/null 2>&1 || missing+=(curl)
# The host supervisor is linted (shellcheck) and has its own fast tests (bats).
command -v shellcheck >/dev/null 2>&1 || missing+=(shellcheck)
command -v bats >/dev/null 2>&1 || missing+=(bats)
# The Prometheus alerting rules in examples/ are checked and unit-tested with promtool (`npm run lint`).
command -v promtool >/dev/null 2>&1 || missing+=(prometheus)

if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages: all present"
  exit 0
fi
echo "system packages: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "system packages: installed"
