# Migration Guard's one-boot runner for Django (3.2+), run by the supervisor as `python3 manage.py shell -c
# <this code>`: one boot of the app reads its database settings and the pending migrations, waits for the
# gate's decision on stdin, then migrates in the same process with call_command("migrate") (the
# MigrationExecutor the `migrate` command drives, its signals and checks included).
#
# Protocol: stdout (fd 1 as the process started) carries only these lines; everything the app, a migration
# or a child process prints goes to stderr (fd 1 is pointed there), which the supervisor streams as output.
#   MG_PG NAME=value                           the default database (as the dbconfig preset)
#   ready                                      the app booted; commands are read from stdin from now on
#   status <name> <rc> <stdout b64> <stderr b64>   answer to `status <name>`: what showmigrations --plan printed
#                                              (`-` for an empty output)
#   start <app.name> default <name> / done <app.name> default <ms>   around each migration
#   migrated                                   the migrate command finished
# Commands on stdin: `status <name>`, `migrate`. Anything else, or end of input, exits without migrating.
import base64 as mg_base64
import io as mg_io
import os as mg_os
import sys as mg_sys
import time as mg_time
import traceback as mg_traceback

mg_out = mg_os.fdopen(mg_os.dup(1), "w", buffering=1)
mg_sys.stdout.flush()
mg_os.dup2(2, 1)


def mg_say(line):
    mg_out.write(line + "\n")
    mg_out.flush()


def mg_b64(text):
    # An empty output is `-`: the supervisor splits the words on runs of spaces.
    return mg_base64.b64encode(text.encode()).decode() if text else "-"


def mg_main():
    from django.core.management import call_command
    from django.core.management.commands import migrate as migrate_command
    from django.db import connection

    s = connection.settings_dict
    for k, v in (
        ("PGHOST", s.get("HOST")),
        ("PGPORT", s.get("PORT")),
        ("PGDATABASE", s.get("NAME")),
        ("PGUSER", s.get("USER")),
        ("PGPASSWORD", s.get("PASSWORD")),
        ("PGSSLMODE", (s.get("OPTIONS") or {}).get("sslmode")),
    ):
        if v and "\n" not in str(v):
            mg_say("MG_PG %s=%s" % (k, v))
    mg_say("ready")
    # While the supervisor takes the database lock: what the status reading needs that does not depend on the
    # database's contents (the connection, the migration files, the command's code). Nothing is read from the
    # database here. A failure is left to the status reading, which reports it as the command would.
    try:
        from django.core.management.commands import showmigrations  # noqa: F401
        from django.db.migrations.loader import MigrationLoader

        connection.ensure_connection()
        MigrationLoader(None, ignore_no_migrations=True)
    except Exception:  # noqa: B902 -- the status reading says what went wrong
        pass
    while True:
        line = mg_sys.stdin.readline()
        words = line.split()
        if len(words) == 2 and words[0] == "status" and words[1].isalpha():
            out, err, rc = mg_io.StringIO(), mg_io.StringIO(), 0
            try:
                call_command("showmigrations", "--plan", stdout=out, stderr=err)
            except SystemExit as e:
                rc = e.code if isinstance(e.code, int) else 1
            except BaseException as e:  # noqa: B902 -- reported as the command's failure
                rc = 1
                err.write("%s: %s\n" % (type(e).__name__, e))
            mg_say(
                "status %s %d %s %s"
                % (
                    words[1],
                    rc,
                    mg_b64(out.getvalue()),
                    mg_b64(err.getvalue()),
                )
            )
        elif words == ["migrate"]:
            original = migrate_command.Command.migration_progress_callback
            started = {}

            def progress(self, action, migration=None, fake=False):
                if action == "apply_start":
                    started[migration.app_label, migration.name] = mg_time.monotonic()
                    mg_say("start %s.%s default %s" % (migration.app_label, migration.name, migration.name))
                result = original(self, action, migration, fake)
                if action == "apply_success":
                    began = started.get((migration.app_label, migration.name), mg_time.monotonic())
                    ms = round((mg_time.monotonic() - began) * 1000)
                    mg_say("done %s.%s default %d" % (migration.app_label, migration.name, ms))
                return result

            migrate_command.Command.migration_progress_callback = progress
            call_command("migrate", "--no-input")
            mg_say("migrated")
            return 0
        else:
            return 0


try:
    mg_code = mg_main()
except BaseException:  # noqa: B902 -- the migration (or the boot) failed: said on stderr, exit code 1
    mg_traceback.print_exc()
    mg_code = 1
mg_sys.stdout.flush()
mg_sys.stderr.flush()
mg_os._exit(mg_code)
