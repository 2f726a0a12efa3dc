// Linear time in files per folder: a folder is listed and indexed once, and every file of it shares the index.
import { analyzeDiff, type GitReader } from "../src/core/analyze-diff.js";
import { DEFAULT_CONFIG } from "../src/core/config.js";
import { FolderIndex, folderIndexes, folderOf } from "../src/core/folder-index.js";
import { readsSiblings } from "../src/core/frameworks/index.js";
import type { Parsers } from "../src/core/parsers.js";
import type { FileStatus } from "../src/core/types.js";
import { loadParsers } from "../src/parsers/index.js";

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers(["postgres"]);
});

describe("FolderIndex", () => {
  it("answers for names in any letter case, and only for names of that folder", () => {
    const index = new FolderIndex(["0001_a.up.sql", "0001_A.DOWN.SQL", "README.md"]);
    expect(index.has("0001_a.down.sql")).toBe(true);
    expect(index.has("0001_a.up.SQL")).toBe(true);
    expect(index.has("0002_b.down.sql")).toBe(false);
    expect(index.has("db/0001_a.down.sql")).toBe(false);
  });

  it("is made once per folder and the same object is handed to every file of it", () => {
    const listed: string[] = [];
    const indexOf = folderIndexes((folder: string) => {
      listed.push(folder);
      return new FolderIndex([`${folder}-file`]);
    });
    const a1 = indexOf("db/a");
    const b = indexOf("db/b");
    const a2 = indexOf("db/a");
    expect(a1).toBe(a2);
    expect(b).not.toBe(a1);
    expect(listed).toEqual(["db/a", "db/b"]);
  });

  it("takes the folder of a path as the text before its last slash", () => {
    expect(folderOf("db/migrations/1.up.sql")).toBe("db/migrations");
    expect(folderOf("1.up.sql")).toBe("");
  });

  it("is asked for by a golang-migrate up file only (the down file and other SQL never look beside them)", () => {
    expect(readsSiblings("migrations/1_a.up.sql")).toBe(true);
    expect(readsSiblings("migrations/1_A.UP.SQL")).toBe(true);
    expect(readsSiblings("migrations/1_a.down.sql")).toBe(false);
    expect(readsSiblings("db/migration/V1__a.sql")).toBe(false);
    expect(readsSiblings("db/migrate/1_a.rb")).toBe(false);
  });
});

describe("analyzeDiff lists each folder of a changed migration once (pairs and schema history share it)", () => {
  const UP = "DELETE FROM users WHERE id = 1;\n";
  const files: Record<string, string> = {
    "svc/a/migrations/000001_x.up.sql": UP,
    "svc/a/migrations/000001_x.down.sql": "SELECT 1;\n",
    "svc/a/migrations/000002_y.up.sql": UP,
    "svc/a/migrations/000003_z.up.sql": UP,
    "svc/b/migrations/000001_x.up.sql": UP,
    "db/migration/V1__flyway.sql": UP,
    "db/migrate/20240101000000_rails.rb":
      "class A < ActiveRecord::Migration[6.1]\n  def change\n  end\nend\n",
  };
  const tree: Record<string, string[]> = {
    "svc/a/migrations": ["000001_x.up.sql", "000001_x.down.sql", "000002_y.up.sql", "000003_z.up.sql"],
    "svc/b/migrations": ["000001_x.up.sql"],
  };

  it("asks for each folder exactly once, however many files and readers want it", async () => {
    const asked: string[] = [];
    const git: GitReader = {
      changedFiles: async () => Object.keys(files).map((path) => ({ path, status: "added" as FileStatus })),
      readFile: async (_rev, path) => new TextEncoder().encode(files[path]),
      listDir: async (_rev, dir) => {
        asked.push(dir);
        return tree[dir] ?? [];
      },
    };
    const reports = await analyzeDiff(git, "base", "head", parsers, DEFAULT_CONFIG);
    expect(asked.sort()).toEqual(["db/migrate", "db/migration", "svc/a/migrations", "svc/b/migrations"]);
    const irreversible = reports
      .filter((r) => r.findings.some((f) => f.rule === "irreversible-migration"))
      .map((r) => r.path);
    // 000001_x has its down file; the others have none beside them.
    expect(irreversible.filter((p) => p.endsWith(".up.sql")).sort()).toEqual([
      "svc/a/migrations/000002_y.up.sql",
      "svc/a/migrations/000003_z.up.sql",
      "svc/b/migrations/000001_x.up.sql",
    ]);
  });
});

describe("analyzeDiff replays each folder's history once", () => {
  it("parses each migration once when git lists the files in another order than the framework runs them", async () => {
    // git lists paths sorted (10_ before 1_); golang-migrate runs them by number.
    const files: Record<string, string> = {};
    for (let n = 1; n <= 12; n++)
      files[`migrations/${n}_m.up.sql`] =
        n === 1 ? "CREATE TABLE t (id bigint, c1 text);\n" : `ALTER TABLE t ADD COLUMN c${n} text;\n`;
    const names = Object.keys(files).sort();
    expect(names[0]).toBe("migrations/10_m.up.sql");
    const git: GitReader = {
      changedFiles: async () => names.map((path) => ({ path, status: "added" as FileStatus })),
      readFile: async (_rev, path) => new TextEncoder().encode(files[path]),
      listDir: async () => names.map((p) => p.slice("migrations/".length)),
    };
    const real = parsers.postgres;
    let parses = 0;
    const counted: Parsers = {
      ...parsers,
      postgres: (sql) => {
        parses++;
        return real(sql);
      },
    };
    const reports = await analyzeDiff(git, "base", "head", counted, DEFAULT_CONFIG);
    // Reports in path order by code unit, as git orders paths.
    expect(reports.map((r) => r.path)).toEqual([...names].sort());
    expect(parses).toBe(names.length);
  });
});
