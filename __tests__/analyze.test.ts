import { analyzeFile, frameworkFor, MAX_FILE_BYTES } from "../src/core/analyze.js";
import { analyzeDiff, type GitReader } from "../src/core/analyze-diff.js";
import { DEFAULT_CONFIG, parseConfig, type Config } from "../src/core/config.js";
import type { Parsers } from "../src/core/parsers.js";
import { loadParsers } from "../src/parsers/index.js";

// Content checks run before any reader, so a config glob is enough to make the path a migration.
const SQL_CONFIG: Config = parseConfig("paths:\n  sql: ['db/sql/**/*.sql']\n");
const PATH = "db/sql/0001_init.sql";

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers();
});

function unreadable(content: Uint8Array | string): [string, number][] | undefined {
  const report = analyzeFile({ path: PATH, content, status: "added" }, parsers, SQL_CONFIG);
  return report?.findings.map((f) => [f.rule, f.line]);
}

describe("analyzeFile on content it cannot read", () => {
  it("reports binary content as one unparseable-migration finding", () => {
    expect(unreadable(new Uint8Array([0x44, 0x52, 0x4f, 0x50, 0x00, 0x01, 0x02]))).toEqual([
      ["unparseable-migration", 1],
    ]);
  });

  it("reports invalid UTF-8 as one unparseable-migration finding", () => {
    const bytes = new TextEncoder().encode("DROP TABLE users;\n");
    const invalid = new Uint8Array([...bytes, 0xc3, 0x28, 0x0a]);
    expect(unreadable(invalid)).toEqual([["unparseable-migration", 1]]);
  });

  it("reports a file over the size limit as one unparseable-migration finding, bytes or text", () => {
    const line = "DROP TABLE users;\n";
    const big = line.repeat(Math.ceil((MAX_FILE_BYTES + 1) / line.length));
    expect(unreadable(new TextEncoder().encode(big))).toEqual([["unparseable-migration", 1]]);
    expect(unreadable(big)).toEqual([["unparseable-migration", 1]]);
  });

  it("reports a file whose bytes could not be had as needs-review, never as an empty, safe file", async () => {
    const report = analyzeFile(
      { path: PATH, status: "added", unreadable: "could not be read from git" },
      parsers,
      SQL_CONFIG,
    );
    expect(report?.findings.map((f) => [f.rule, f.category])).toEqual([
      ["unparseable-migration", "needs-review"],
    ]);
    const git: GitReader = {
      changedFiles: async () => [{ path: "db/migrate/20240101000000_gitlink.rb", status: "added" }],
      readFile: async () => undefined,
      listDir: async () => [],
    };
    const reports = await analyzeDiff(git, "base", "head", parsers, DEFAULT_CONFIG);
    expect(reports.map((r) => r.findings.map((f) => f.rule))).toEqual([["unparseable-migration"]]);
  });

  it("says in the finding that the file was not analysed", () => {
    const report = analyzeFile({ path: PATH, content: new Uint8Array([0, 0, 0]) }, parsers, SQL_CONFIG);
    expect(report?.findings[0]?.message).toMatch(/not analysed/i);
    expect(report?.findings[0]?.category).toBe("needs-review");
  });

  it("never throws and never calls a file safe when every parser throws", () => {
    const broken: Parsers = {
      ruby: () => {
        throw new Error("prism is broken");
      },
      postgres: () => {
        throw new Error("libpg_query is broken");
      },
      postgresScan: () => {
        throw new Error("the scanner is broken");
      },
      treeSitter: () => {
        throw new Error("tree-sitter is broken");
      },
    };
    const report = analyzeFile(
      { path: PATH, content: "ALTER TABLE users DROP COLUMN email;\n", status: "added" },
      broken,
      SQL_CONFIG,
    );
    expect(report).toBeDefined();
    expect(report?.findings.some((f) => f.category === "needs-review" || f.rule === "drop-column")).toBe(
      true,
    );
  });
});

describe("analyzeFile excerpts", () => {
  const file = { path: PATH, content: "-- cleanup\n  DROP TABLE carts;\n", status: "added" as const };

  it("gives each finding the flagged lines by default (the PR comment and SARIF show them)", () => {
    const report = analyzeFile(file, parsers, SQL_CONFIG)!;
    expect(report.findings.find((f) => f.rule === "drop-table")?.excerpt).toBe("DROP TABLE carts;");
  });

  it("leaves them out when asked, and changes nothing else", () => {
    const full = analyzeFile(file, parsers, SQL_CONFIG)!;
    const bare = analyzeFile(file, parsers, SQL_CONFIG, { excerpts: false })!;
    expect(bare.findings.some((f) => "excerpt" in f)).toBe(false);
    expect(bare).toEqual({ ...full, findings: full.findings.map(({ excerpt: _, ...f }) => f) });
  });
});

describe("analyzeFile routing", () => {
  it("returns undefined for a path that is no migration", () => {
    expect(analyzeFile({ path: "README.md", content: "# hello\n" }, parsers, DEFAULT_CONFIG)).toBeUndefined();
    expect(
      analyzeFile({ path: "src/app/users.ts", content: "export const x = 1;\n" }, parsers, DEFAULT_CONFIG),
    ).toBeUndefined();
  });

  it("routes a file to the framework named by config paths", () => {
    const config = parseConfig("paths:\n  rails: ['engines/*/db/migrate/*.rb']\n");
    const path = "engines/billing/db/migrate/20240101000000_add_plan.rb";
    expect(frameworkFor(path, "", config)?.id).toBe("rails");
    const report = analyzeFile(
      { path, content: "class AddPlan < ActiveRecord::Migration[7.1]\nend\n" },
      parsers,
      config,
    );
    expect(report?.framework).toBe("rails");
    expect(frameworkFor("engines/billing/db/seeds.rb", "", config)).toBeUndefined();
  });

  it("skips excluded files, even when a path glob names them", () => {
    const config = parseConfig("paths:\n  sql: ['db/sql/**/*.sql']\nexclude: ['db/sql/legacy/**']\n");
    expect(
      analyzeFile({ path: "db/sql/legacy/0001_old.sql", content: "DROP TABLE x;\n" }, parsers, config),
    ).toBe(undefined);
    expect(
      analyzeFile({ path: "db/sql/0002_new.sql", content: new Uint8Array([0]) }, parsers, config),
    ).toBeDefined();
  });

  it("keeps status and previous path, and reports a deleted file without reading it", () => {
    const report = analyzeFile(
      { path: PATH, status: "deleted", previousPath: "db/sql/0001_old.sql" },
      parsers,
      SQL_CONFIG,
    );
    expect(report?.status).toBe("deleted");
    expect(report?.previousPath).toBe("db/sql/0001_old.sql");
    expect(report?.findings.map((f) => [f.rule, f.line])).toEqual([["edited-migration", 1]]);
  });

  it("reports a renamed file once, at line 1", () => {
    const report = analyzeFile(
      { path: PATH, content: "", status: "renamed", previousPath: "db/sql/0001_first.sql" },
      parsers,
      SQL_CONFIG,
    );
    expect(report?.findings.map((f) => [f.rule, f.line])).toEqual([["edited-migration", 1]]);
  });
});
