// The bundled CLI, run as a user runs it: a process, real files, real git repositories.
import { execFile, spawn } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { bundle } from "./helpers/run-action.js";
import { makeRepo } from "./helpers/git-repo.js";
import { DROP, SAFE, tree } from "./helpers/cli-files.js";

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd: string, script = join(bundle(), "cli.js")): Promise<Result> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [script, ...args],
      { cwd, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === "number" ? error.code : 99) : 0, stdout, stderr });
      },
    );
  });
}

const INDEX = `class IndexEmail < ActiveRecord::Migration[6.1]
  def change
    add_index :users, :email
  end
end
`;

const DJANGO = (i: number) => `from django.db import migrations


class Migration(migrations.Migration):
    operations = [
        migrations.RemoveField(model_name="order", name="legacy_${i}"),
    ]
`;

// A table an earlier Prisma migration created, then one nothing created: only the first drop loses rows.
const PRISMA_DROPS = 'DROP TABLE IF EXISTS "Legacy";\nDROP TABLE IF EXISTS "Ghost";\n';

// A squashed Rails app: the dump has `legacy`, no migration before 2024_01_15 is left.
const SCHEMA_RB = `ActiveRecord::Schema[6.1].define(version: 2024_01_15_000000) do
  create_table "legacy", force: :cascade do |t|
    t.string "name"
  end
  create_table "users", force: :cascade do |t|
    t.string "email"
  end
end
`;
// The same app with `schema_format = :sql`: pg_dump's layout, then the versions Rails appends.
const STRUCTURE_SQL = `\\restrict K1
SET statement_timeout = 0;
-- CREATE TABLE public.ghost (id bigint);
CREATE TABLE public.legacy (
    id bigint NOT NULL,
    name character varying
);
CREATE TABLE public.users (
    id bigint NOT NULL,
    email character varying
);
\\unrestrict K1

SET search_path TO "$user", public;

INSERT INTO "schema_migrations" (version) VALUES
('20231201000000'),
('20240115000000');
`;
const folderOfPath = (path: string) => path.slice(0, path.lastIndexOf("/"));
const dropIfExists = (name: string, table: string) =>
  `class ${name} < ActiveRecord::Migration[6.1]\n  def up\n    drop_table :${table}, if_exists: true\n  end\nend\n`;

type JsonReport = {
  version: number;
  files: {
    path: string;
    framework: string;
    status: string;
    findings: { rule: string; category: string; line: number; endLine: number }[];
  }[];
};

describe("migration-guard CLI (bundled)", () => {
  it("analyze: exit 1 on a destructive migration, JSON paths joined to the argument as given", async () => {
    const dir = tree({
      "db/migrate/20240101000000_remove_legacy_email.rb": DROP,
      "db/migrate/20240102000000_create_widgets.rb": SAFE,
    });
    const r = await cli(["analyze", "--format", "json", "db"], dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.version).toBe(1);
    expect(report.files.map((f) => f.path)).toEqual([
      "db/migrate/20240101000000_remove_legacy_email.rb",
      "db/migrate/20240102000000_create_widgets.rb",
    ]);
    expect(report.files[0]).toMatchObject({ framework: "rails", status: "unchanged" });
    expect(report.files[0].findings).toEqual([
      expect.objectContaining({ rule: "drop-column", category: "destructive", line: 3, endLine: 3 }),
    ]);
    expect(report.files[1].findings).toEqual([]);
  });

  it("analyze: exit 0 when nothing is destructive; text output names file and rule", async () => {
    const dir = tree({ "db/migrate/20240102000000_create_widgets.rb": SAFE });
    const r = await cli(["analyze", "db/migrate/20240102000000_create_widgets.rb"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("db/migrate/20240102000000_create_widgets.rb");
  });

  it("the bundle alone (no node_modules) reads every tree-sitter language with the grammars it ships", async () => {
    const fixtures = resolve("__fixtures__");
    const dirs = ["django", "laravel", "knex", "typeorm", "ecto", "ef-core"];
    const r = await cli(["analyze", "--format", "json", ...dirs], fixtures);
    expect(r.stderr).not.toMatch(/ENOENT|wasm/);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect([...new Set(report.files.map((f) => f.framework))].sort()).toEqual(
      ["django", "ecto", "ef-core", "knex", "laravel", "typeorm"].sort(),
    );
    for (const framework of dirs) {
      const destructive = report.files
        .filter((f) => f.framework === framework)
        .flatMap((f) => f.findings.filter((x) => x.category === "destructive"));
      expect({ framework, destructive: destructive.length > 0 }).toEqual({ framework, destructive: true });
    }
  });

  it("analyze: an unparseable migration is needs-review, never silently safe", async () => {
    const dir = tree({
      "db/migrate/20240101000000_broken.rb":
        "class Broken < ActiveRecord::Migration[6.1]\n  def change\n    remove_column :users,\n",
    });
    const r = await cli(["analyze", "--format", "json", "."], dir);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.files[0].findings.map((f) => f.category)).toContain("needs-review");
  });

  it("analyze: SARIF 2.1.0 with a result per finding", async () => {
    const dir = tree({ "db/migrate/20240101000000_remove_legacy_email.rb": DROP });
    const r = await cli(["analyze", "--format", "sarif", "db"], dir);
    const sarif = JSON.parse(r.stdout) as {
      version: string;
      runs: {
        results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[];
      }[];
    };
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].results).toEqual([
      expect.objectContaining({
        ruleId: "drop-column",
        locations: [
          expect.objectContaining({
            physicalLocation: expect.objectContaining({ region: expect.objectContaining({ startLine: 3 }) }),
          }),
        ],
      }),
    ]);
  });

  it("analyze on several threads prints exactly what one thread prints, with the same exit status", async () => {
    // Enough files for several batches, of every kind the engine treats differently: readers of each parser,
    // up files with and without their down file, a named file that is no migration, an unreadable one.
    const files: Record<string, string> = { "notes.txt": "not a migration\n" };
    for (let i = 1; i <= 700; i++) {
      const n = String(i).padStart(6, "0");
      if (i % 4 === 0) files[`db/migrate/${20240101000000 + i}_m${i}.rb`] = i % 8 === 0 ? DROP : SAFE;
      else if (i % 4 === 1) files[`migrations/${n}_m.up.sql`] = `ALTER TABLE t${i} DROP COLUMN c;\n`;
      else if (i % 4 === 2) files[`migrations/${n}_m.down.sql`] = "SELECT 1;\n";
      else files[`app/migrations/${n}_m${i}.py`] = DJANGO(i);
    }
    const dir = tree(files);
    symlinkSync(join(dir, "nowhere.rb"), join(dir, "db/migrate/20240101999999_gone.rb"));
    const args = ["db", "migrations", "app", "notes.txt"];
    for (const format of ["json", "text", "sarif"]) {
      const one = await cli(["analyze", "--jobs", "1", "--format", format, ...args], dir);
      const three = await cli(["analyze", "--jobs", "3", "--format", format, ...args], dir);
      // notes.txt is a named path that holds no migration: exit 2 (it fails closed), on any number of threads.
      expect(one.code).toBe(2);
      expect(one.stderr).toContain("notes.txt");
      expect(three).toEqual(one);
      if (format === "sarif") {
        // SARIF shows the flagged lines, on the workers' files too (other formats leave excerpts out).
        const regions = (
          JSON.parse(three.stdout) as {
            runs: {
              results: {
                ruleId: string;
                locations: { physicalLocation: { region: { snippet?: { text: string } } } }[];
              }[];
            }[];
          }
        ).runs[0]!.results.filter((r) => r.ruleId === "drop-column").map(
          (r) => r.locations[0]!.physicalLocation.region,
        );
        expect(regions.length).toBeGreaterThan(200);
        expect(
          regions.every((r) => /DROP COLUMN|remove_column|RemoveField/.test(r.snippet?.text ?? "")),
        ).toBe(true);
      }
    }
    const safe = tree(
      Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`db/migrate/${i}_s.rb`, SAFE])),
    );
    const one = await cli(["analyze", "--jobs", "1", "--format", "json", "db"], safe);
    const two = await cli(["analyze", "--jobs", "2", "--format", "json", "db"], safe);
    expect(one.code).toBe(0);
    expect(two).toEqual(one);
    expect((JSON.parse(one.stdout) as JsonReport).files).toHaveLength(600);
  }, 300_000);

  it.each([
    [[] as string[], "No command"],
    [["analyze"], "at least one"],
    [["analyze", "--format", "xml", "."], "--format"],
    [["analyze", "missing-dir"], "does not exist"],
    [["diff"], "--base"],
    [["frobnicate"], "Unknown command"],
    [["analyze", "--bogus", "."], "bogus"],
    [["analyze", "--jobs", "0", "."], "--jobs"],
    [["analyze", "--jobs", "two", "."], "--jobs"],
  ])("usage error %j → exit 2 with a clear message", async (args, text) => {
    const r = await cli(args, tmpdir());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(text);
    expect(r.stdout).toBe("");
  });

  it("one large SQL folder read on two threads prints exactly what one thread prints, with the same exit status", async () => {
    // 1,500 golang-migrate files in one folder (24 read chunks of 64, shared between the threads) whose verdicts
    // depend on the history replayed in order (a column dropped from a table an earlier file created, a column
    // added twice), with down files beside them, a file the parser refuses, one that is not UTF-8, one that
    // cannot be read.
    const files: Record<string, string | Buffer> = {};
    for (let i = 1; i <= 1500; i++) {
      const n = String(i).padStart(6, "0");
      files[`migrations/${n}_m.up.sql`] =
        i % 3 === 1
          ? `CREATE TABLE t${i} (id bigint, c text);\n`
          : i % 3 === 2
            ? `ALTER TABLE t${i - 1} DROP COLUMN c;\nALTER TABLE t1 ADD COLUMN c${i % 7} text;\n`
            : `CREATE INDEX i${i} ON t${i - 2} (id);\n`;
      if (i % 5 === 0) files[`migrations/${n}_m.down.sql`] = "SELECT 1;\n";
    }
    files["migrations/000700_m.up.sql"] = "ALTER TABLE WHERE;\n";
    files["migrations/000900_m.up.sql"] = Buffer.from([0x41, 0xff, 0xfe, 0x0a]);
    const dir = tree(files);
    symlinkSync(join(dir, "nowhere.sql"), join(dir, "migrations/001100_gone.up.sql"));
    for (const format of ["json", "text"]) {
      const one = await cli(["analyze", "--jobs", "1", "--format", format, "migrations"], dir);
      const two = await cli(["analyze", "--jobs", "2", "--format", format, "migrations"], dir);
      expect(one.code).toBe(1);
      expect(two).toEqual(one);
    }
  }, 300_000);

  it("threads started during the walk of a large tree: the same report as one thread; a usage error after them still exits 2 at once", async () => {
    // 4,000 files: enough for the CLI to start its analysis threads while it is still walking (THREAD_THRESHOLD).
    const files: Record<string, string> = {};
    for (const folder of ["a", "b"])
      for (let i = 1; i <= 2000; i++)
        files[`${folder}/migrations/${String(i).padStart(6, "0")}_m.up.sql`] =
          i % 4 === 0 ? `ALTER TABLE t DROP COLUMN c${i};\n` : `ALTER TABLE t ADD COLUMN c${i} text;\n`;
    const dir = tree(files);
    const one = await cli(["analyze", "--jobs", "1", "--format", "json", "a", "b"], dir);
    const threads = await cli(["analyze", "--format", "json", "a", "b"], dir);
    expect(one.code).toBe(1);
    expect(threads).toEqual(one);
    // The threads do not hold the process open: the missing path is a usage error, reported and exited on.
    const missing = await cli(["analyze", "a", "b", "nowhere"], dir);
    expect(missing).toEqual({
      code: 2,
      stdout: "",
      stderr: expect.stringContaining("nowhere does not exist"),
    });
  }, 300_000);

  it("a migration that is listed but cannot be read (a dangling link) is needs-review, not skipped", async () => {
    const dir = tree({ "db/migrate/20240101000000_remove_legacy_email.rb": DROP });
    symlinkSync(join(dir, "nowhere.rb"), join(dir, "db/migrate/20240102000000_gone.rb"));
    const r = await cli(["analyze", "--format", "json", "db"], dir);
    const files = (JSON.parse(r.stdout) as { files: { path: string; findings: { rule: string }[] }[] }).files;
    expect(files.map((f) => [f.path, f.findings.map((x) => x.rule)])).toEqual([
      ["db/migrate/20240101000000_remove_legacy_email.rb", ["drop-column"]],
      ["db/migrate/20240102000000_gone.rb", ["unparseable-migration"]],
    ]);
    expect(r.code).toBe(1);
  });

  it("a malformed config is an error naming the file and the key", async () => {
    const dir = tree({ ".github/migration-guard.yml": "database: oracle\n", "db/migrate/1_x.rb": SAFE });
    const r = await cli(["analyze", "db"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("migration-guard.yml");
    expect(r.stderr).toContain("database");
  });

  it("diff: added, edited, renamed and deleted migrations between two real commits", async () => {
    const repo = makeRepo();
    try {
      repo.write("db/migrate/20240101000000_create_widgets.rb", SAFE);
      repo.write(
        "db/migrate/20240102000000_create_gadgets.rb",
        SAFE.replace(/widgets/g, "gadgets").replace("CreateWidgets", "CreateGadgets"),
      );
      repo.write("README.md", "hello\n");
      const base = repo.commit("base");
      repo.write(
        "db/migrate/20240101000000_create_widgets.rb",
        SAFE.replace("t.string :name", "t.string :title"),
      );
      repo.remove("db/migrate/20240102000000_create_gadgets.rb");
      repo.write("db/migrate/20240103000000_remove_legacy_email.rb", DROP);
      repo.write("README.md", "changed\n");
      repo.commit("head");
      const r = await cli(["diff", "--base", base, "--repo", repo.dir, "--format", "json"], tmpdir());
      expect(r.code).toBe(1);
      const report = JSON.parse(r.stdout) as JsonReport;
      const byPath = Object.fromEntries(report.files.map((f) => [f.path, f]));
      expect(Object.keys(byPath).sort()).toEqual([
        "db/migrate/20240101000000_create_widgets.rb",
        "db/migrate/20240102000000_create_gadgets.rb",
        "db/migrate/20240103000000_remove_legacy_email.rb",
      ]);
      expect(byPath["db/migrate/20240101000000_create_widgets.rb"].status).toBe("modified");
      expect(byPath["db/migrate/20240101000000_create_widgets.rb"].findings.map((f) => f.rule)).toContain(
        "edited-migration",
      );
      expect(byPath["db/migrate/20240102000000_create_gadgets.rb"].status).toBe("deleted");
      expect(byPath["db/migrate/20240102000000_create_gadgets.rb"].findings.map((f) => f.rule)).toContain(
        "edited-migration",
      );
      expect(byPath["db/migrate/20240103000000_remove_legacy_email.rb"].findings.map((f) => f.rule)).toEqual([
        "drop-column",
      ]);
    } finally {
      repo.cleanup();
    }
  });

  it("diff: an unknown revision is a usage error", async () => {
    const repo = makeRepo();
    try {
      repo.write("a.txt", "a");
      repo.commit("a");
      const r = await cli(["diff", "--base", "no-such-rev", "--repo", repo.dir], tmpdir());
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("no-such-rev");
    } finally {
      repo.cleanup();
    }
  });

  it("demo (npm start): reviews the bundled example pull request with safe, risky and destructive migrations", async () => {
    const root = resolve(process.env.MG_DIST_DIR ?? "dist", "..");
    const r = await cli(["demo", "--format", "json"], root, join(root, "dist/cli.js"));
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    const rules = report.files.flatMap((f) => f.findings.map((x) => x.rule));
    expect(report.files).toHaveLength(4);
    expect(rules).toEqual(expect.arrayContaining(["drop-column", "delete-rows", "index-not-concurrent"]));
    const invoices = report.files.find((f) => f.path.endsWith("create_invoices.rb"))!;
    expect(invoices.findings).toEqual([]);
  });

  it("a config severity override counts: index-not-concurrent at error fails, as does --fail-on locking", async () => {
    const dir = tree({ "db/migrate/20240101000000_index_email.rb": INDEX });
    expect((await cli(["analyze", "db"], dir)).code).toBe(0);
    expect((await cli(["analyze", "--fail-on", "locking", "db"], dir)).code).toBe(1);
    writeFileSync(join(dir, "mg.yml"), "rules:\n  index-not-concurrent: error\n");
    expect((await cli(["analyze", "--config", "mg.yml", "db"], dir)).code).toBe(1);
  });

  it("--fail-on defaults to destructive,needs-review: an unparseable migration fails, unless narrowed", async () => {
    const dir = tree({
      "db/migrate/20240101000000_broken.rb":
        "class Broken < ActiveRecord::Migration[6.1]\n  def change\n    remove_column :users,\n",
    });
    expect((await cli(["analyze", "db"], dir)).code).toBe(1);
    expect((await cli(["analyze", "--fail-on", "destructive", "db"], dir)).code).toBe(0);
    const bad = await cli(["analyze", "--fail-on", "scary", "db"], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"scary"');
  });

  it("an allow comment acknowledges a finding for the CLI: it no longer fails", async () => {
    const dir = tree({
      "db/migrate/20240101000000_remove_legacy_email.rb": DROP.replace(
        "    remove_column",
        "    # migration-guard:allow drop-column -- copied to contacts\n    remove_column",
      ),
    });
    expect((await cli(["analyze", "db"], dir)).code).toBe(0);
  });

  it("a named .sql file outside a migrations directory is read as plain SQL of the configured database", async () => {
    const dir = tree({
      "schema/drop_email.sql": "ALTER TABLE users DROP COLUMN email;\n",
      "schema/truncate.sql": "TRUNCATE audit;\n",
    });
    const r = await cli(["analyze", "--format", "json", "schema/drop_email.sql"], dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.files.map((f) => [f.path, f.framework, f.findings.map((x) => x.rule)])).toEqual([
      ["schema/drop_email.sql", "sql", ["drop-column"]],
    ]);
    // A directory named for it too, when nothing in it is a migration of a known framework: every .sql in it.
    const all = await cli(["analyze", "--format", "json", "schema"], dir);
    expect(all.code).toBe(1);
    expect((JSON.parse(all.stdout) as JsonReport).files.map((f) => f.findings.map((x) => x.rule))).toEqual([
      ["drop-column"],
      ["truncate-table"],
    ]);
  });

  it("config paths: may route any file name to a reader; that reader and its parser are loaded for it", async () => {
    const dir = tree({
      ".github/migration-guard.yml":
        'paths:\n  sql: ["schema/**/*.ddl"]\n  rails: ["legacy/changes/*.migration"]\n',
      "schema/v2/drop_email.ddl": "ALTER TABLE users DROP COLUMN email;\n",
      "legacy/changes/20240101000000_remove_legacy_email.migration": DROP,
    });
    const r = await cli(["analyze", "--format", "json", "schema", "legacy"], dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    // Read, not "the reader failed on this file": each file's own finding, and nothing for review.
    expect(report.files.map((f) => [f.path, f.framework, f.findings.map((x) => x.rule)])).toEqual([
      ["schema/v2/drop_email.ddl", "sql", ["drop-column"]],
      ["legacy/changes/20240101000000_remove_legacy_email.migration", "rails", ["drop-column"]],
    ]);
  });

  it("a named path that holds no migration exits 2, naming it; so does a run that analysed nothing", async () => {
    const dir = tree({
      "notes.txt": "DROP TABLE users;\n",
      "docs/readme.md": "# hi\n",
      "db/migrate/20240102000000_create_widgets.rb": SAFE,
    });
    mkdirSync(join(dir, "empty"));
    for (const args of [["notes.txt"], ["docs"], ["empty"], ["db", "notes.txt"]]) {
      const r = await cli(["analyze", ...args], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(args[args.length - 1]);
      expect(r.stderr).toContain("paths:");
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    }
  });

  it("Prisma: a migration's history is the migration.sql of the sibling folders, in folder-name order", async () => {
    // Listed out of order on purpose; migration_lock.toml is a file beside the folders, not a migration.
    const dir = tree({
      "prisma/migrations/20240103000000_drop/migration.sql": PRISMA_DROPS,
      "prisma/migrations/20240101000000_init/migration.sql": 'CREATE TABLE "Legacy" (id integer);\n',
      "prisma/migrations/migration_lock.toml": 'provider = "postgresql"\n',
    });
    const drops = "prisma/migrations/20240103000000_drop/migration.sql";
    for (const args of [["prisma"], [drops]]) {
      const r = await cli(["analyze", "--format", "json", ...args], dir);
      expect(r.code).toBe(1);
      const report = JSON.parse(r.stdout) as JsonReport;
      const file = report.files.find((f) => f.path === drops)!;
      // The table an earlier migration created is dropped (line 1); the one nothing created is not (line 2).
      expect(file.findings.map((f) => [f.rule, f.line])).toEqual([["drop-table", 1]]);
    }
  });

  it("Prisma schema folder on disk: prisma/schema/migrations is Prisma's, and a schema file that does not parse proves no absence", async () => {
    const drops = "prisma/schema/migrations/20240103000000_drop/migration.sql";
    const files = {
      [drops]: PRISMA_DROPS,
      "prisma/schema/migrations/20240101000000_init/migration.sql": 'CREATE TABLE "Legacy" (id integer);\n',
      "prisma/schema/migrations/migration_lock.toml": 'provider = "postgresql"\n',
      "prisma/schema/main.prisma":
        'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\n',
      "prisma/schema/models/legacy.prisma": "model Legacy {\n  id Int @id\n}\n",
    };
    const rulesOf = async (dir: string) => {
      const r = await cli(["analyze", "--format", "json", "prisma"], dir);
      const report = JSON.parse(r.stdout) as JsonReport;
      return report.files.find((f) => f.path === drops)!.findings.map((f) => [f.rule, f.line]);
    };
    // The sibling folder's migration is its history: the table it created is dropped (line 1), Ghost is not.
    expect(await rulesOf(tree(files))).toEqual([["drop-table", 1]]);
    // A schema file that does not parse: the migrations may not start at the beginning, so nothing is absent.
    const broken = tree({ ...files, "prisma/schema/models/legacy.prisma": "model Legacy {\n" });
    expect(await rulesOf(broken)).toEqual([
      ["drop-table", 1],
      ["drop-table", 2],
    ]);
  });

  it("Prisma diff: the history of an added migration is the sibling folders at head, read from git", async () => {
    const repo = makeRepo();
    try {
      repo.write(
        "prisma/migrations/20240101000000_init/migration.sql",
        'CREATE TABLE "Legacy" (id integer);\n',
      );
      repo.write("prisma/migrations/migration_lock.toml", 'provider = "postgresql"\n');
      const base = repo.commit("base");
      repo.write("prisma/migrations/20240103000000_drop/migration.sql", PRISMA_DROPS);
      repo.commit("head");
      const r = await cli(["diff", "--base", base, "--repo", repo.dir, "--format", "json"], tmpdir());
      expect(r.code).toBe(1);
      const report = JSON.parse(r.stdout) as JsonReport;
      expect(report.files.map((f) => [f.path, f.findings.map((x) => [x.rule, x.line])])).toEqual([
        ["prisma/migrations/20240103000000_drop/migration.sql", [["drop-table", 1]]],
      ]);
    } finally {
      repo.cleanup();
    }
  });

  it("Prisma squashed diff: schema.prisma at the base seeds the migrations the change adds", async () => {
    const schema = (models: string) =>
      `datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\n\n// model Ghost {\n//   id Int @id\n// }\n${models}`;
    const LEGACY = "model Legacy {\n  id Int @id\n}\n";
    const USER = "model User {\n  id Int @id\n  nick String?\n}\n";
    const repo = makeRepo();
    try {
      // Squashed: the one migration left alters a table none of them created.
      repo.write(
        "prisma/migrations/20240101000000_nick/migration.sql",
        'ALTER TABLE "User" ADD COLUMN "nick" TEXT;\n',
      );
      repo.write("prisma/migrations/migration_lock.toml", 'provider = "postgresql"\n');
      repo.write("prisma/schema.prisma", schema(LEGACY + USER));
      const base = repo.commit("base");
      // The change drops Legacy and removes its model, as `prisma migrate dev` leaves it.
      repo.write("prisma/migrations/20240201000000_drop/migration.sql", PRISMA_DROPS);
      repo.write("prisma/schema.prisma", schema(USER));
      repo.commit("head");
      const r = await cli(["diff", "--base", base, "--repo", repo.dir, "--format", "json"], tmpdir());
      expect(r.code).toBe(1);
      const report = JSON.parse(r.stdout) as JsonReport;
      // The table the base's schema has is dropped (line 1); the one only in its comment is not (line 2).
      expect(report.files.map((f) => [f.path, f.findings.map((x) => [x.rule, x.line])])).toEqual([
        ["prisma/migrations/20240201000000_drop/migration.sql", [["drop-table", 1]]],
      ]);
    } finally {
      repo.cleanup();
    }
  });

  it("Prisma multi-file schema diff: every .prisma file of the schema folder at the base seeds the change", async () => {
    const DATASOURCE = 'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\n';
    // Legacy's column is typed by an enum another file (user.prisma) declares.
    const LEGACY = "model Legacy {\n  id Int @id\n  kind Kind\n}\n";
    const KIND = "enum Kind {\n  A\n}\n";
    const USER = "model User {\n  id Int @id\n  nick String?\n}\n";
    for (const [schema, migrations] of [
      // Prisma 6.7's layout: the main file beside migrations/, the models below it.
      [{ "prisma/schema.prisma": DATASOURCE, "prisma/models/legacy.prisma": LEGACY }, "prisma/migrations"],
      // The prismaSchemaFolder preview's: every file and the migrations in prisma/schema/.
      [
        { "prisma/schema/main.prisma": DATASOURCE, "prisma/schema/legacy.prisma": LEGACY },
        "prisma/schema/migrations",
      ],
    ] as const) {
      const repo = makeRepo();
      try {
        repo.write(
          `${migrations}/20240101000000_nick/migration.sql`,
          'ALTER TABLE "User" ADD COLUMN "nick" TEXT;\n',
        );
        repo.write(`${migrations}/migration_lock.toml`, 'provider = "postgresql"\n');
        for (const [path, text] of Object.entries(schema)) repo.write(path, text);
        repo.write(`${folderOfPath(migrations)}/user.prisma`, USER + KIND);
        const base = repo.commit("base");
        // The change drops Legacy and removes its model file, as `prisma migrate dev` leaves it.
        repo.write(`${migrations}/20240201000000_drop/migration.sql`, PRISMA_DROPS);
        repo.remove(Object.keys(schema)[1]!);
        repo.commit("head");
        const r = await cli(["diff", "--base", base, "--repo", repo.dir, "--format", "json"], tmpdir());
        expect(r.code).toBe(1);
        const report = JSON.parse(r.stdout) as JsonReport;
        // The table a model file of the base's schema has is dropped (line 1); Ghost, in no file, is not (line 2).
        expect(report.files.map((f) => [f.path, f.findings.map((x) => [x.rule, x.line])])).toEqual([
          [`${migrations}/20240201000000_drop/migration.sql`, [["drop-table", 1]]],
        ]);
      } finally {
        repo.cleanup();
      }
    }
  });

  it("Rails squashed: db/schema.rb seeds the history of the migrations newer than its version", async () => {
    const files = {
      "db/schema.rb": SCHEMA_RB,
      "db/migrate/20240202000000_drop_ghost.rb": dropIfExists("DropGhost", "ghost"),
      "db/migrate/20240209000000_drop_legacy.rb": dropIfExists("DropLegacy", "legacy"),
    };
    const rulesOf = async (dir: string) => {
      const r = await cli(["analyze", "--format", "json", "db/migrate"], dir);
      expect(r.stderr).toBe("");
      return (JSON.parse(r.stdout) as JsonReport).files.map((f) => [
        f.path,
        f.findings.filter((x) => x.rule !== "irreversible-migration").map((x) => x.rule),
      ]);
    };
    // The table the dump has is dropped; the one in neither dump nor migration is not.
    expect(await rulesOf(tree(files))).toEqual([
      ["db/migrate/20240202000000_drop_ghost.rb", []],
      ["db/migrate/20240209000000_drop_legacy.rb", ["drop-table"]],
    ]);
    // A dump that cannot be read seeds nothing: both drops are held, and nothing crashes.
    expect(await rulesOf(tree({ ...files, "db/schema.rb": SCHEMA_RB.replace(/\nend\n$/, "\n") }))).toEqual([
      ["db/migrate/20240202000000_drop_ghost.rb", ["drop-table"]],
      ["db/migrate/20240209000000_drop_legacy.rb", ["drop-table"]],
    ]);
  });

  it("Rails squashed diff: the dump is read at the base, as production has it, not as the change rewrites it", async () => {
    const repo = makeRepo();
    try {
      repo.write("db/schema.rb", SCHEMA_RB);
      const base = repo.commit("base");
      // The change drops `legacy` and regenerates the dump without it, as `rails db:migrate` does.
      repo.write("db/migrate/20240209000000_drop_legacy.rb", dropIfExists("DropLegacy", "legacy"));
      repo.write("db/migrate/20240202000000_drop_ghost.rb", dropIfExists("DropGhost", "ghost"));
      repo.write("db/schema.rb", SCHEMA_RB.replace(/ {2}create_table "legacy"[\s\S]*? {2}end\n/, ""));
      repo.commit("head");
      const r = await cli(["diff", "--base", base, "--repo", repo.dir, "--format", "json"], tmpdir());
      expect(r.code).toBe(1);
      const report = JSON.parse(r.stdout) as JsonReport;
      expect(
        report.files.map((f) => [
          f.path,
          f.findings.filter((x) => x.rule !== "irreversible-migration").map((x) => x.rule),
        ]),
      ).toEqual([
        ["db/migrate/20240202000000_drop_ghost.rb", []],
        ["db/migrate/20240209000000_drop_legacy.rb", ["drop-table"]],
      ]);
    } finally {
      repo.cleanup();
    }
  });

  it("Rails structure.sql: seeds the migrations newer than its versions, read at the base in a diff", async () => {
    const drops = {
      "db/migrate/20240202000000_drop_ghost.rb": dropIfExists("DropGhost", "ghost"),
      "db/migrate/20240209000000_drop_legacy.rb": dropIfExists("DropLegacy", "legacy"),
    };
    const rulesOf = (stdout: string) =>
      (JSON.parse(stdout) as JsonReport).files.map((f) => [
        f.path,
        f.findings.filter((x) => x.rule !== "irreversible-migration").map((x) => x.rule),
      ]);
    const seeded = [
      ["db/migrate/20240202000000_drop_ghost.rb", []],
      ["db/migrate/20240209000000_drop_legacy.rb", ["drop-table"]],
    ];
    // On disk: the table the dump has is dropped; the one only in its comment is not.
    const r = await cli(
      ["analyze", "--format", "json", "db/migrate"],
      tree({ "db/structure.sql": STRUCTURE_SQL, ...drops }),
    );
    expect(r.stderr).toBe("");
    expect(rulesOf(r.stdout)).toEqual(seeded);
    const repo = makeRepo();
    try {
      repo.write("db/structure.sql", STRUCTURE_SQL);
      const base = repo.commit("base");
      // The change drops `legacy` and regenerates the dump without it: the base's dump is the one that counts.
      for (const [path, text] of Object.entries(drops)) repo.write(path, text);
      repo.write("db/structure.sql", STRUCTURE_SQL.replace(/CREATE TABLE public\.legacy[^;]*;\n/, ""));
      repo.commit("head");
      const diff = await cli(["diff", "--base", base, "--repo", repo.dir, "--format", "json"], tmpdir());
      expect(diff.code).toBe(1);
      expect(rulesOf(diff.stdout)).toEqual(seeded);
    } finally {
      repo.cleanup();
    }
  });

  it("writing to a closed pipe (analyze | head) ends quietly with the exit status", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++)
      files[`db/migrate/2024010100${String(i).padStart(4, "0")}_drop_${i}.rb`] = DROP;
    const dir = tree(files);
    const result = await new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = spawn(process.execPath, [join(bundle(), "cli.js"), "analyze", "--format", "json", "db"], {
        cwd: dir,
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      // Like `head -c 1`: read the first chunk, then close the pipe.
      child.stdout.once("data", () => child.stdout.destroy());
      child.on("close", (code) => done({ code, stderr }));
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
  });
});
