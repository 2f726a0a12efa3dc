import {
  ConfigError,
  environmentProfile,
  parseConfig,
  parseDuration,
  strictestConfig,
} from "../src/core/config.js";
import { matchesGlob } from "../src/core/glob.js";

describe("config", () => {
  it("gives the defaults for an empty file", () => {
    const c = parseConfig("");
    expect(c.database).toBe("postgresql");
    expect(environmentProfile(c, "staging")).toEqual({ timeout: 300, destructive: "warn", pause: 10 });
    expect(environmentProfile(c, "production")).toEqual({ timeout: 600, destructive: "block", pause: 0 });
    // Any other name behaves like production.
    expect(environmentProfile(c, "eu-prod-2")).toEqual(environmentProfile(c, "production"));
  });

  it("reads every section", () => {
    const c = parseConfig(
      [
        "database: mysql",
        "paths:",
        "  rails: ['engines/*/db/migrate/*.rb']",
        "  sql: db/sql/*.sql",
        "exclude: ['db/migrate/legacy/**']",
        "rules:",
        "  drop-column: warning",
        "  index-not-concurrent: off",
        "environments:",
        "  staging: { timeout: 90s }",
        "  canary: { timeout: 2m, destructive: warn, pause: 5s }",
      ].join("\n"),
      "x.yml",
      ["drop-column", "index-not-concurrent"],
    );
    expect(c.database).toBe("mysql");
    expect(c.paths).toEqual({ rails: ["engines/*/db/migrate/*.rb"], sql: ["db/sql/*.sql"] });
    expect(c.exclude).toEqual(["db/migrate/legacy/**"]);
    expect(c.rules).toEqual({ "drop-column": "warning", "index-not-concurrent": "off" });
    expect(c.environments.staging).toEqual({ timeout: 90, destructive: "warn", pause: 10 });
    expect(c.environments.canary).toEqual({ timeout: 120, destructive: "warn", pause: 5 });
    expect(c.environments.production.timeout).toBe(600);
  });

  it.each([
    ["database: oracle", /database must be one of/],
    ["databse: mysql", /unknown key "databse"/],
    ["rules: { drop-colum: off }", /rules.drop-colum: no such rule/],
    ["rules: { drop-column: loud }", /rules.drop-column must be one of/],
    ["paths: { rials: ['x'] }", /paths.rials: unknown framework/],
    ["paths: { rails: 3 }", /paths.rails must be a glob/],
    ["environments: { production: { timeout: soon } }", /environments.production.timeout must be a duration/],
    ["environments: { production: { destructive: maybe } }", /destructive must be block or warn/],
    ["environments: { production: { timout: 5m } }", /unknown key "timout"/],
    ["- a\n- b", /must be a mapping/],
    ["database: [unclosed", /not valid YAML/],
  ])("rejects %j with a message naming the problem", (text, message) => {
    expect(() => parseConfig(text, "cfg.yml", ["drop-column"])).toThrow(ConfigError);
    expect(() => parseConfig(text, "cfg.yml", ["drop-column"])).toThrow(message);
    expect(() => parseConfig(text, "cfg.yml", ["drop-column"])).toThrow(/^cfg\.yml: /);
  });

  it("parses durations", () => {
    expect(parseDuration("300")).toBe(300);
    expect(parseDuration(45)).toBe(45);
    expect(parseDuration("5m")).toBe(300);
    expect(parseDuration("1h30m")).toBe(5400);
    expect(parseDuration("90s")).toBe(90);
    for (const bad of ["", "0", "-5", "5x", "m", null, {}]) expect(parseDuration(bad)).toBeUndefined();
  });

  it("matches globs", () => {
    expect(matchesGlob("engines/a/db/migrate/1_x.rb", "**/db/migrate/*.rb")).toBe(true);
    expect(matchesGlob("db/migrate/1_x.rb", "**/db/migrate/*.rb")).toBe(true);
    expect(matchesGlob("db/migrate/sub/1_x.rb", "**/db/migrate/*.rb")).toBe(false);
    expect(matchesGlob("db/b/x.sql", "db/{a,b}/*.sql")).toBe(true);
    expect(matchesGlob("db/ab.sql", "db/?.sql")).toBe(false);
    expect(matchesGlob("aXb/x.sql", "a.b/*.sql")).toBe(false);
    expect(matchesGlob("db/sql/x.sql", "db/sql/**/*.sql")).toBe(true);
    expect(matchesGlob("db/.hidden/x.sql", "db/**/*.sql")).toBe(true);
  });

  it("matches character classes: db/sql/[0-9]*.sql names the numbered files", () => {
    const c = parseConfig("paths:\n  sql: ['db/sql/[0-9]*.sql']\n");
    expect(matchesGlob("db/sql/001_drop.sql", c.paths.sql![0])).toBe(true);
    expect(matchesGlob("db/sql/readme.sql", c.paths.sql![0])).toBe(false);
  });

  it("an unbalanced bracket is a config error naming the key, not a crash or a glob that matches nothing", () => {
    for (const [text, key] of [
      ["paths:\n  sql: ['db/ok/*.sql', 'db/{sql/*.sql']\n", "paths.sql[1]"],
      ["exclude: 'db/[old/**'\n", "exclude"],
    ] as const) {
      let error: unknown;
      try {
        parseConfig(text, "cfg.yml");
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toHaveLength(1);
      expect((error as ConfigError).problems[0].startsWith(`${key} is `)).toBe(true);
    }
  });

  it("reports every problem in one pass", () => {
    let error: unknown;
    try {
      parseConfig(
        [
          "database: oracle",
          "paths: { sql: 'db/{x/*.sql', rials: ['x'] }",
          "rules: { drop-colum: off, drop-column: loud }",
          "environments: { production: { timeout: soon, destructive: maybe } }",
        ].join("\n"),
        "cfg.yml",
        ["drop-column"],
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => /^[\w.-]+(\[\d+\])?/.exec(p)?.[0])).toEqual([
      "database",
      "paths.sql",
      "paths.rials",
      "rules.drop-colum",
      "rules.drop-column",
      "environments.production.timeout",
      "environments.production.destructive",
    ]);
    expect((error as ConfigError).message).toMatch(/^cfg\.yml: 7 problems:/);
  });
});

describe("strictestConfig", () => {
  it("keeps every paths entry, only shared excludes, and the stricter setting per rule", () => {
    const before = parseConfig(
      "paths: { rails: ['a/*.rb'] }\nexclude: ['old/**', 'legacy/**']\nrules: { drop-column: error }\n",
    );
    const after = parseConfig(
      "database: mysql\npaths: { sql: ['db/sql/*.sql'] }\nexclude: ['db/**', 'old/**']\n" +
        "rules: { drop-column: off, index-not-concurrent: notice }\n",
    );
    const strict = strictestConfig(before, after, {
      "drop-column": "error",
      "index-not-concurrent": "warning",
    });
    expect(strict.paths).toEqual({ sql: ["db/sql/*.sql"], rails: ["a/*.rb"] });
    expect(strict.exclude).toEqual(["old/**"]);
    expect(strict.rules).toEqual({ "drop-column": "error", "index-not-concurrent": "warning" });
    expect(strict.database).toBe("mysql");
  });
});
