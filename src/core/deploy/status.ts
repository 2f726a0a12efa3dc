// Status-output parsers, one per framework: the database's view of which migrations ran, read from the
// commands in presets.ts (or an override printing the same format).
import type { DeployFramework } from "./presets.js";
import { safeGlobPart } from "./presets.js";

export interface PendingMigration {
  /** Version / revision / `app.name` / file name, as the framework names it. */
  id: string;
  name?: string;
  /** Rails multi-database apps: the `database:` block it came from. */
  database?: string;
  /** Where its file may be, relative to the app dir, most likely first. */
  patterns: string[];
}

export interface AheadMigration {
  id: string;
  database?: string;
}

export interface StatusReport {
  pending: PendingMigration[];
  /** Recorded in the database with no file in the code (the database is ahead of the code). */
  ahead: AheadMigration[];
  /** Applied ids, for the before/after comparison. */
  applied: string[];
  /** Lines that could not be read: a status we cannot read is never "up to date". */
  problems: string[];
}

/** `unknown`: the status output was not fully read, so the count is only a lower bound. */
export type DriftStatus = "up-to-date" | "pending" | "ahead" | "unknown";

export function driftStatus(report: StatusReport): DriftStatus {
  if (report.problems.length) return "unknown";
  if (report.pending.length) return "pending";
  if (report.ahead.length) return "ahead";
  return "up-to-date";
}

function empty(): StatusReport {
  return { pending: [], ahead: [], applied: [], problems: [] };
}

/**
 * Rails `db:migrate:status`:
 *   database: app_production
 *    Status   Migration ID    Migration Name
 *   --------------------------------------------------
 *      up     20240101000000  Create users
 *     down    20240102000000  Add email
 *      up     20230101000000  ********** NO FILE **********
 */
export function parseRails(output: string): StatusReport {
  const report = empty();
  let database: string | undefined;
  let sawTable = false;
  for (const raw of output.split("\n")) {
    const line = raw.trimEnd();
    const db = /^database:\s*(.+)$/.exec(line.trim());
    if (db) {
      database = db[1].trim();
      continue;
    }
    if (/^\s*Status\s+Migration ID/.test(line)) {
      sawTable = true;
      continue;
    }
    const row = /^\s*(up|down)\s+(\d+)\s+(.*)$/.exec(line);
    if (!row) continue;
    sawTable = true;
    const [, state, version, name] = row;
    if (/NO FILE/.test(name)) {
      report.ahead.push({ id: version, ...(database ? { database } : {}) });
      if (state === "up") report.applied.push(version);
      continue;
    }
    if (state === "up") {
      report.applied.push(version);
      continue;
    }
    report.pending.push({
      id: version,
      name: name.trim(),
      ...(database ? { database } : {}),
      patterns: [
        `db/migrate/${version}_*.rb`,
        `db/*migrate*/${version}_*.rb`,
        `db/*/*migrate*/${version}_*.rb`,
      ],
    });
  }
  if (!sawTable && output.trim())
    report.problems.push("no migration table in the `db:migrate:status` output");
  return report;
}

/** Django `showmigrations --plan`: `[X]  app.0001_initial` applied, `[ ]  app.0002_x` pending. */
export function parseDjango(output: string): StatusReport {
  const report = empty();
  for (const raw of output.split("\n")) {
    const row = /^\s*\[( |X|x)\]\s+([A-Za-z0-9_]+)\.([A-Za-z0-9_]+)/.exec(raw);
    if (!row) continue;
    const [, mark, app, name] = row;
    const id = `${app}.${name}`;
    if (mark !== " ") {
      report.applied.push(id);
      continue;
    }
    report.pending.push({
      id,
      name,
      patterns: [`${app}/migrations/${name}.py`, `*/${app}/migrations/${name}.py`, `*/migrations/${name}.py`],
    });
  }
  if (!report.applied.length && !report.pending.length && output.trim()) {
    report.problems.push("no migration rows in the `showmigrations --plan` output");
  }
  return report;
}

const ALEMBIC_REV = /^[0-9A-Za-z_]+$/;

/**
 * Alembic: output 1 is `alembic current` (`ae1027a6acf (head)`, one line per current head, empty when the
 * database is at base); output 2 is `alembic history` (`<base> -> ae10, msg`, `a, b -> c (head), merge`).
 * Pending = every revision that is neither a current one nor an ancestor of one.
 */
export function parseAlembic(current: string, history: string): StatusReport {
  const report = empty();
  const parents = new Map<string, string[]>();
  const messages = new Map<string, string>();
  const order: string[] = [];
  for (const raw of history.split("\n")) {
    const m = /^\s*(.+?)\s*->\s*([0-9A-Za-z_]+)(?:\s*\([^)]*\))*\s*,?\s*(.*)$/.exec(raw);
    if (!m) continue;
    const from = m[1]
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s && s !== "<base>");
    parents.set(m[2], from);
    messages.set(m[2], m[3].trim());
    order.push(m[2]);
  }
  const currents: string[] = [];
  for (const raw of current.split("\n")) {
    const m = /^\s*([0-9A-Za-z_]+)(?:\s+\((?:head|mergepoint|effective head)[^)]*\))*\s*$/.exec(raw);
    if (m && ALEMBIC_REV.test(m[1]) && !/^(INFO|WARNING|ERROR)$/.test(m[1])) currents.push(m[1]);
  }
  const done = new Set<string>();
  const visit = (rev: string): void => {
    if (done.has(rev)) return;
    done.add(rev);
    for (const p of parents.get(rev) ?? []) visit(p);
  };
  for (const c of currents) {
    if (!parents.has(c)) report.ahead.push({ id: c });
    visit(c);
  }
  report.applied.push(...currents);
  // `history` lists newest first; migrations run oldest first.
  for (const rev of [...order].reverse()) {
    if (done.has(rev)) continue;
    report.pending.push({
      id: rev,
      name: messages.get(rev) || undefined,
      patterns: [`*/versions/${rev}_*.py`, `versions/${rev}_*.py`, `*/*/versions/${rev}_*.py`],
    });
  }
  if (!order.length && history.trim()) report.problems.push("no revisions in the `alembic history` output");
  return report;
}

/** Knex `migrate:list`: `Found N Completed Migration file/files.` then names, `Found N Pending ...` then names. */
export function parseKnex(output: string): StatusReport {
  const report = empty();
  let section: "completed" | "pending" | undefined;
  let sawHeader = false;
  for (const raw of output.split("\n")) {
    // knex colours its output when it thinks it has a terminal.
    // eslint-disable-next-line no-control-regex
    const line = raw.replace(/\x1b\[[0-9;]*m/g, "").trim();
    if (/^Found \d+ Completed Migration/i.test(line)) {
      section = "completed";
      sawHeader = true;
      continue;
    }
    if (/^Found \d+ Pending Migration/i.test(line)) {
      section = "pending";
      sawHeader = true;
      continue;
    }
    if (/^No (Completed|Pending) Migration/i.test(line)) {
      section = undefined;
      sawHeader = true;
      continue;
    }
    if (!section || !line || /^Using environment/i.test(line)) continue;
    const name = line.replace(/^[-*]\s*/, "");
    if (section === "completed") report.applied.push(name);
    else
      report.pending.push({
        id: name,
        patterns: [
          `migrations/${name}`,
          `db/migrations/${name}`,
          `*/migrations/${name}`,
          `*/*/migrations/${name}`,
        ],
      });
  }
  if (!sawHeader && output.trim())
    report.problems.push("no `Found N ... Migration` lines in `migrate:list` output");
  return report;
}

/**
 * What a framework's status command prints, alone on stderr with exit 1, when the database exists but has
 * no migrations table yet (never migrated). Measured against an empty PostgreSQL 15 database: Rails 6.1
 * `db:migrate:status` aborts with this line; Django 3.2 `showmigrations --plan` and Alembic 1.8
 * `current`/`history` exit 0 and list every migration as pending (no wording needed); Knex creates its table.
 */
export const NO_MIGRATIONS_TABLE: Partial<Record<DeployFramework, string>> = {
  rails: "Schema migrations table does not exist yet.",
};

export interface StatusRun {
  rc: number;
  stdout: string;
  stderr: string;
}

/**
 * Rails multi-database: `db:migrate:status` prints the databases in order and aborts at the first one with no
 * migrations table (a database added to an app that is already migrated). What it printed before is only
 * complete database blocks: `database:` lines, the table header and rule, `up`/`down` rows.
 */
const RAILS_STATUS_LINE =
  /^(database: .*|\s*Status\s+Migration ID\s+Migration Name|-+|\s*(up|down)\s+\d+\s+.*)$/;

/**
 * True only when every status command that failed said exactly the framework's "no migrations table" line
 * (exit 1, that one line on stderr; on stdout nothing, or for Rails only the complete blocks of the databases
 * before the one without a table) and at least one failed. Anything else, a connection error above all, is
 * not this: it stays a failure.
 */
export function noMigrationsTable(framework: DeployFramework, runs: readonly StatusRun[]): boolean {
  const wording = NO_MIGRATIONS_TABLE[framework];
  if (!wording) return false;
  const printed = (stdout: string): boolean => {
    const lines = stdout.split("\n").filter((line) => line.trim() !== "");
    return (
      framework === "rails" &&
      lines[0].startsWith("database: ") &&
      lines.every((line) => RAILS_STATUS_LINE.test(line.trimEnd()))
    );
  };
  const failed = runs.filter((r) => r.rc !== 0);
  return (
    failed.length > 0 &&
    failed.every(
      (r) => r.rc === 1 && (r.stdout.trim() === "" || printed(r.stdout)) && r.stderr.trim() === wording,
    )
  );
}

/**
 * Rails, no migrations table: every migration file of the app is pending (`<dir>/<version>_<name>.rb` paths
 * as the host listed them, from `db/migrate` and the `migrations_paths`), oldest first. Names that are not a
 * version and a plain name are left out.
 */
export function railsAllPending(paths: readonly string[], applied: readonly string[] = []): StatusReport {
  const report = empty();
  // Versions a database before the one without a table recorded as run (Rails versions are unique app-wide).
  const seen = new Set<string>(applied);
  report.applied.push(...applied);
  for (const path of paths) {
    const m = /^((?:[A-Za-z0-9_.-]+\/)*)(\d+)_([a-z0-9_]+)\.rb$/.exec(path);
    if (!m || seen.has(m[2])) continue;
    seen.add(m[2]);
    report.pending.push({
      id: m[2],
      name: m[3].replace(/_/g, " "),
      patterns: [`${m[1]}${m[2]}_*.rb`],
    });
  }
  report.pending.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : BigInt(a.id) > BigInt(b.id) ? 1 : 0));
  return report;
}

/** Reads one status round (the outputs of the preset's commands, in order) for a framework. */
export function parseStatus(framework: DeployFramework, outputs: readonly string[]): StatusReport {
  let report: StatusReport;
  switch (framework) {
    case "rails":
      report = parseRails(outputs.join("\n"));
      break;
    case "django":
      report = parseDjango(outputs.join("\n"));
      break;
    case "alembic":
      report = parseAlembic(outputs[0] ?? "", outputs[1] ?? "");
      break;
    case "knex":
      report = parseKnex(outputs.join("\n"));
      break;
  }
  // Ids from another program's output become globs on the host only when they are plain names.
  for (const p of report.pending) {
    if (
      !p.patterns.every((pattern) =>
        pattern.split("/").every((part) => part === "*" || safeGlobPart(part.replace(/\*/g, "x"))),
      )
    ) {
      report.problems.push(
        `the migration id ${JSON.stringify(p.id)} has unexpected characters; its file was not read`,
      );
      p.patterns = [];
    }
  }
  return report;
}

/** `pending_migrations_count{environment="..."} N` in the Prometheus text exposition format. */
/**
 * The metric file's name on the host: one per environment, `migration-guard-<environment>.prom` (what the
 * staleness rule in examples/prometheus/alerts.yml matches), with anything but [A-Za-z0-9_.-] made `_`.
 */
export function metricsFileName(environment: string): string {
  return `migration-guard-${environment.replace(/[^A-Za-z0-9_.-]/g, "_").slice(0, 100) || "default"}.prom`;
}

export function prometheusMetrics(environment: string, pending: number): string {
  const label = environment.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
  return (
    "# HELP pending_migrations_count Migrations in the code that the database has not run.\n" +
    "# TYPE pending_migrations_count gauge\n" +
    `pending_migrations_count{environment="${label}"} ${pending}\n`
  );
}
