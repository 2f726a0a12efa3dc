import { ConfigError, environmentProfile, parseConfig, parseDuration } from "../src/core/config.js";
import { globToRegExp } from "../src/core/glob.js";

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
    expect(globToRegExp("**/db/migrate/*.rb").test("engines/a/db/migrate/1_x.rb")).toBe(true);
    expect(globToRegExp("**/db/migrate/*.rb").test("db/migrate/1_x.rb")).toBe(true);
    expect(globToRegExp("**/db/migrate/*.rb").test("db/migrate/sub/1_x.rb")).toBe(false);
    expect(globToRegExp("db/{a,b}/*.sql").test("db/b/x.sql")).toBe(true);
    expect(globToRegExp("db/?.sql").test("db/ab.sql")).toBe(false);
    expect(globToRegExp("a.b/*.sql").test("aXb/x.sql")).toBe(false);
  });
});
