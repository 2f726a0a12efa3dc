import { frameworkFor } from "../src/core/analyze.js";
import { DEFAULT_CONFIG, parseConfig } from "../src/core/config.js";

describe("paths: a glob mapped to a framework", () => {
  it("assigns a custom layout to a framework, beside the framework-to-globs spelling", () => {
    const c = parseConfig(
      'paths:\n  "schema/postgresql/**/versioned/**/*.sql": sql\n  rails: ["engines/*/db/migrate/*.rb"]\n  "ops/liquibase/**/*.xml": liquibase\n',
    );
    expect(c.paths).toEqual({
      sql: ["schema/postgresql/**/versioned/**/*.sql"],
      rails: ["engines/*/db/migrate/*.rb"],
      liquibase: ["ops/liquibase/**/*.xml"],
    });
    // Without the entry this file is skipped: no migration folder names it.
    const path = "schema/postgresql/billing/versioned/2024/001_drop.sql";
    expect(frameworkFor(path, "DROP TABLE a;", DEFAULT_CONFIG)).toBeUndefined();
    expect(frameworkFor(path, "DROP TABLE a;", c)?.id).toBe("sql");
  });

  it("names both spellings when the key is neither", () => {
    expect(() => parseConfig("paths:\n  'db/**/*.sql': hibernate\n")).toThrow(
      /unknown framework.*glob mapped/,
    );
    expect(() => parseConfig("paths:\n  'db/{x/*.sql': sql\n")).toThrow(/paths\["db\/\{x\/\*\.sql"\]/);
  });
});
