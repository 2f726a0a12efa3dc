// Per-framework commands: how to read pending migrations from the database, how to migrate, and where the
// file of a pending migration lives (globs relative to the app dir, tried in order).

export type DeployFramework = "rails" | "django" | "alembic" | "knex";
export const DEPLOY_FRAMEWORKS: readonly DeployFramework[] = ["rails", "django", "alembic", "knex"];

export interface FrameworkPreset {
  /** Commands whose outputs, in order, make one status reading. At most three. */
  status: readonly (readonly string[])[];
  migrate: readonly string[];
  /**
   * Prints the app's PostgreSQL connection as `MG_PG NAME=value` lines (libpq variable names) from the app's
   * own config, for the backup, the restore and ending the migration's sessions at the deadline. The
   * supervisor keeps the output off every log and command line. One line of code each: argv words hold no
   * newline.
   */
  dbconfig?: readonly string[];
  /**
   * One boot per deploy: the command that runs the supervisor's own runner code for this framework (the code
   * is its last argv word, src/host/runners/). It prints what `dbconfig` and `status` print, waits for the
   * gate on stdin, and migrates in the same process as `migrate` does. Used only when both the status and
   * the migrate command are the preset's (a custom command keeps its own process).
   */
  runner?: OneBootRunner;
}

export interface OneBootRunner {
  kind: "rails" | "django";
  argv: readonly string[];
}

// Every database of the environment (Rails 6.1 multi-db: `primary`, `animals`, ...; replicas are left out,
// they are not migrated), each announced by `MG_DB <name> <adapter>`.
const RAILS_DBCONFIG =
  "ActiveRecord::Base.configurations.configs_for(env_name: Rails.env).each { |d| c = d.configuration_hash; " +
  'puts "MG_DB #{d.name} #{c[:adapter]}"; ' +
  '{ "PGHOST" => c[:host], "PGPORT" => c[:port], "PGDATABASE" => c[:database], "PGUSER" => c[:username], ' +
  '"PGPASSWORD" => c[:password], "PGSSLMODE" => c[:sslmode] }.each { |k, v| ' +
  'puts "MG_PG #{k}=#{v}" unless v.nil? || v.to_s.empty? || v.to_s.include?("\\n") } }';

const DJANGO_DBCONFIG =
  "from django.db import connection as c; s = c.settings_dict; " +
  '[print("MG_PG %s=%s" % (k, v)) for k, v in (("PGHOST", s.get("HOST")), ("PGPORT", s.get("PORT")), ' +
  '("PGDATABASE", s.get("NAME")), ("PGUSER", s.get("USER")), ("PGPASSWORD", s.get("PASSWORD")), ' +
  '("PGSSLMODE", (s.get("OPTIONS") or {}).get("sslmode"))) if v and "\\n" not in str(v)]';

const ALEMBIC_DBCONFIG =
  "from alembic.config import Config; from sqlalchemy.engine import make_url; " +
  'u = make_url(Config("alembic.ini").get_main_option("sqlalchemy.url")); ' +
  '[print("MG_PG %s=%s" % (k, v)) for k, v in (("PGHOST", u.host), ("PGPORT", u.port), ' +
  '("PGDATABASE", u.database), ("PGUSER", u.username), ("PGPASSWORD", u.password)) if v]';

const KNEX_DBCONFIG =
  'const f = require(require("path").resolve("knexfile")); const e = f[process.env.NODE_ENV || "development"] || f; ' +
  'let c = e.connection || {}; if (typeof c === "string") { const u = new URL(c); c = { host: u.hostname, ' +
  "port: u.port, database: decodeURIComponent(u.pathname.slice(1)), user: decodeURIComponent(u.username), " +
  "password: decodeURIComponent(u.password) }; } " +
  'for (const [k, v] of [["PGHOST", c.host], ["PGPORT", c.port], ["PGDATABASE", c.database], ["PGUSER", c.user], ' +
  '["PGPASSWORD", c.password]]) if (v) console.log(`MG_PG ${k}=${v}`);';

export const PRESETS: Readonly<Record<DeployFramework, FrameworkPreset>> = {
  // `db:migrate:status` covers every database of a multi-database app, one `database:` block each.
  rails: {
    status: [["bin/rails", "db:migrate:status"]],
    migrate: ["bin/rails", "db:migrate"],
    dbconfig: ["bin/rails", "runner", RAILS_DBCONFIG],
    runner: { kind: "rails", argv: ["bin/rails", "runner"] },
  },
  django: {
    status: [["python3", "manage.py", "showmigrations", "--plan"]],
    migrate: ["python3", "manage.py", "migrate", "--no-input"],
    dbconfig: ["python3", "manage.py", "shell", "-c", DJANGO_DBCONFIG],
    runner: { kind: "django", argv: ["python3", "manage.py", "shell", "-c"] },
  },
  // Alembic has no "pending" listing: the current revisions against the whole history gives it.
  alembic: {
    status: [
      ["alembic", "current"],
      ["alembic", "history"],
    ],
    migrate: ["alembic", "upgrade", "heads"],
    dbconfig: ["python3", "-c", ALEMBIC_DBCONFIG],
  },
  knex: {
    status: [["npx", "knex", "migrate:list"]],
    migrate: ["npx", "knex", "migrate:latest"],
    dbconfig: ["node", "-e", KNEX_DBCONFIG],
  },
};

/** Migration ids come from the status output of a tool we do not control: only plain names become globs. */
export function safeGlobPart(text: string): boolean {
  return /^[A-Za-z0-9_.-]+$/.test(text) && !text.includes("..");
}
