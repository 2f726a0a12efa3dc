// classify: the pending migrations → each one's file on the host, read and analysed like `check` does.
import type { HostFile, HostFiles } from "../../adapters/supervisor.js";
import { analyzeFile } from "../../core/analyze.js";
import type { Config } from "../../core/config.js";
import type { ClassifiedMigration } from "../../core/deploy/gate.js";
import { gitBlobSha } from "../../core/deploy/pr-approval.js";
import type { DeployFramework } from "../../core/deploy/presets.js";
import { railsMigrationsPaths } from "../../core/deploy/rails-paths.js";
import type { PendingMigration, StatusReport } from "../../core/deploy/status.js";
import type { Parsers } from "../../core/parsers.js";

const DATABASE_YML = "config/database.yml";

/** Rails: the pending files may also sit in the `migrations_paths` of config/database.yml. */
function railsExtraPatterns(
  yml: HostFile | undefined,
  report: StatusReport,
): { patterns: Map<string, string[]>; problems: string[] } {
  const patterns = new Map<string, string[]>();
  if (!yml) return { patterns, problems: [] };
  const paths = railsMigrationsPaths(yml.bytes.toString("utf8"));
  for (const p of report.pending) {
    // An id that maps to no file stays so: only plain versions become globs.
    if (!p.patterns.length || !/^\d+$/.test(p.id)) continue;
    patterns.set(
      p.id,
      paths.dirs.map((dir) => `${dir}/${p.id}_*.rb`),
    );
  }
  return { patterns, problems: paths.problems };
}

/**
 * The pending files, in one read of the host where it can: Rails' config/database.yml comes with the files
 * at their usual paths, and only a `migrations_paths` elsewhere takes a second read.
 */
async function readPendingFiles(
  files: HostFiles,
  framework: DeployFramework,
  report: StatusReport,
): Promise<{ read: Map<string, HostFile[]>; extra: ReturnType<typeof railsExtraPatterns> }> {
  const own = [...new Set(report.pending.flatMap((p) => p.patterns))];
  const rails = framework === "rails" && report.pending.length > 0;
  const read = await files.read(rails ? [DATABASE_YML, ...own] : own);
  const extra = rails
    ? railsExtraPatterns(read.get(DATABASE_YML)?.[0], report)
    : { patterns: new Map<string, string[]>(), problems: [] };
  const more = [...new Set([...extra.patterns.values()].flat())].filter((p) => !own.includes(p));
  if (more.length) for (const [pattern, list] of await files.read(more)) read.set(pattern, list);
  return { read, extra };
}

/**
 * The file is the framework's own pending migration, wherever it lives: read it with that framework (a Rails
 * `migrations_paths` dir is not where detection by path looks).
 */
function readAs(config: Config, framework: DeployFramework, path: string): Config {
  return { ...config, paths: { ...config.paths, [framework]: [...(config.paths[framework] ?? []), path] } };
}

/** One small migration per framework (written by us: a column rename), analysed to warm up: see warmUpClassify. */
const WARM_UP: Record<DeployFramework, { path: string; text: string }> = {
  rails: {
    path: "db/migrate/20000101000000_mg_warm_up.rb",
    text: "class MgWarmUp < ActiveRecord::Migration[6.1]\n  def change\n    rename_column :t, :a, :b\n  end\nend\n",
  },
  django: {
    path: "app/migrations/0001_mg_warm_up.py",
    text:
      "from django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n" +
      '    operations = [migrations.RenameField("t", "a", "b")]\n',
  },
  alembic: {
    path: "alembic/versions/0001_mg_warm_up.py",
    text: 'from alembic import op\nimport sqlalchemy as sa\n\n\ndef upgrade():\n    op.alter_column("t", "a", new_column_name="b")\n',
  },
  knex: {
    path: "migrations/20000101000000_mg_warm_up.js",
    text: 'exports.up = (knex) => knex.schema.alterTable("t", (t) => t.renameColumn("a", "b"));\n',
  },
};

/** A database.yml like Rails' own (written by us), parsed to warm up the gate's read of migrations_paths. */
const WARM_UP_DATABASE_YML =
  "default: &default\n  adapter: postgresql\n  pool: 5\n\nproduction:\n  primary:\n    <<: *default\n" +
  "    database: app\n  other:\n    <<: *default\n    database: other\n    migrations_paths: db/other_migrate\n";

/**
 * Runs the classification's code once on a sample while the host boots the app (the runner is idle then):
 * V8 compiles a function on its first call, and the reader, the rules and the parsers' first parse then cost
 * nothing on the way from the pending list to the gate's decision. The report is dropped.
 */
export async function warmUpClassify(
  framework: DeployFramework,
  config: Config,
  parsers: (paths: string[]) => Promise<Parsers>,
): Promise<boolean> {
  const sample = WARM_UP[framework];
  // Rails: the gate also reads config/database.yml's migrations_paths (the YAML parser's first run).
  if (framework === "rails") railsMigrationsPaths(WARM_UP_DATABASE_YML);
  const loaded = await parsers([sample.path]);
  const report = analyzeFile(
    { path: sample.path, content: new TextEncoder().encode(sample.text), status: "added" },
    loaded,
    readAs(config, framework, sample.path),
  );
  // True when the sample (a column rename) was read and found: the warm-up ran the reader and the rules.
  return (report?.findings.length ?? 0) > 0;
}

export async function classifyPending(
  files: HostFiles,
  framework: DeployFramework,
  report: StatusReport,
  config: Config,
  /** The parsers for these files (loaded on demand). */
  parsers: (paths: string[]) => Promise<Parsers>,
): Promise<ClassifiedMigration[]> {
  const { read, extra } = await readPendingFiles(files, framework, report);
  const patternsOf = (p: PendingMigration): string[] => [
    ...new Set([...(extra.patterns.get(p.id) ?? []), ...p.patterns]),
  ];
  // Parsers for the migration files only: config/database.yml is read for its migrations_paths, never
  // analysed, and its `.yml` would load the Liquibase changelog reader (and its YAML/XML chunks) at the gate.
  const loaded = await parsers(
    [...read].flatMap(([pattern, list]) => (pattern === DATABASE_YML ? [] : list.map((f) => f.path))),
  );
  const searched = extra.problems.length ? ` (${extra.problems.join("; ")})` : "";
  return report.pending.map((pending): ClassifiedMigration => {
    if (!pending.patterns.length)
      return { pending, unread: "unmapped", note: "its id could not be mapped to a file name" };
    const found = patternsOf(pending)
      .map((p) => read.get(p) ?? [])
      .find((list) => list.length);
    if (!found)
      return {
        pending,
        unread: "not-found",
        note: `its file was not found in the app dir (a library's migration, or a custom path)${searched}`,
      };
    const file = found[0];
    const analysed = analyzeFile(
      { path: file.path, content: new Uint8Array(file.bytes), status: "added" },
      loaded,
      readAs(config, framework, file.path),
    );
    if (!analysed)
      return {
        pending,
        path: file.path,
        blob: gitBlobSha(file.bytes),
        unread: "not-recognised",
        note: "not recognised as a migration file",
      };
    return { pending, path: file.path, report: analysed, blob: gitBlobSha(file.bytes) };
  });
}
