// The published JSON Schema (docs/config.schema.json) and parseConfig must give the same answer on the same
// config: users' editors check against the one, the action runs the other (and the schema as a backstop).
import { readFileSync } from "node:fs";
import { jest } from "@jest/globals";
import AjvModule from "ajv";
import { parse as parseYaml } from "yaml";
import { configSchema, renderConfigReference } from "../src/core/config-schema.js";
import { ConfigError, parseConfig } from "../src/core/config.js";
import { rules } from "../src/core/rules/index.js";

const Ajv = AjvModule as unknown as typeof AjvModule.default;
const ruleIds = rules.map((r) => r.id).sort();
const published = JSON.parse(readFileSync("docs/config.schema.json", "utf8"));
const schemaValid = new Ajv({ allErrors: true, strict: true }).compile(published);

const accepts = (text: string): boolean => {
  try {
    parseConfig(text, "cfg.yml", ruleIds);
    return true;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return false;
  }
};

const GOOD: string[] = [
  "",
  "database: sqlite",
  "paths:\n  rails: engines/*/db/migrate/*.rb",
  "paths:\n  rails: ['a/**/*.rb', 'b/*.rb']\n  'schema/**/versioned/**/*.sql': sql",
  "exclude: db/legacy/**",
  "exclude: ['a/**', 'b/*.sql']",
  "rules:\n  drop-column: warning\n  index-not-concurrent: off\n  rename-column: false",
  "environments:\n  staging: { timeout: 5m, destructive: warn, pause: 10s }",
  "environments:\n  production: { timeout: 600, destructive: block, pause: 0 }",
  "environments:\n  eu-prod: { timeout: 1h30m }",
  "environments:\n  production: { require-applied-in: staging }",
  "environments:\n  production: { require-applied-in: 'staging, qa' }",
  "environments:\n  production: { require-applied-in: [staging, qa-2] }",
  "environments:\n  production: { require-applied-in: [] }",
  "environments:\n  production: { timeout: 2.5 }",
];

const BAD: string[] = [
  "- a list",
  "'just text'",
  "databse: mysql",
  "database: oracle",
  "database: 1",
  "paths: [rails]",
  "paths:\n  rails: ''",
  "paths:\n  rails: []",
  "paths:\n  rails: /abs/*.rb",
  "paths:\n  rails: ./db/*.rb",
  "paths:\n  rails: [1]",
  "paths:\n  'db/*.sql': oracle",
  "paths:\n  railz: ['db/*.rb']",
  "exclude: 3",
  "exclude: [/x]",
  "rules: [drop-column]",
  "rules:\n  drop-colum: off",
  "rules:\n  drop-column: loud",
  "rules:\n  drop-column: true",
  "environments: [production]",
  "environments:\n  production: block",
  "environments:\n  production: { timout: 5m }",
  "environments:\n  production: { timeout: soon }",
  "environments:\n  production: { timeout: 0 }",
  "environments:\n  production: { timeout: -5 }",
  "environments:\n  production: { timeout: '' }",
  "environments:\n  production: { destructive: allow }",
  "environments:\n  staging: { pause: forever }",
  "environments:\n  production: { require-applied-in: 'staging; rm -rf /' }",
  "environments:\n  production: { require-applied-in: [staging, 3] }",
  "environments:\n  production: { require-applied-in: { staging: true } }",
];

// What a schema cannot say: whether a glob compiles, and whether a glob used as a `paths:` key is one.
const ONLY_PARSE_CONFIG: string[] = [
  "exclude: ['db/[unclosed']",
  "paths:\n  rails: 'db/{a,b'",
  "paths:\n  '/abs/*.sql': sql",
];

describe("the config's JSON Schema", () => {
  it("is the committed docs/config.schema.json, a valid draft-07 schema ajv compiles in strict mode", () => {
    expect(published).toEqual(configSchema(ruleIds));
    expect(published.$schema).toBe("http://json-schema.org/draft-07/schema#");
  });

  it.each(GOOD)("accepts what parseConfig accepts: %j", (text) => {
    expect(accepts(text)).toBe(true);
    expect(schemaValid(parseYaml(text) ?? {})).toBe(true);
  });

  it.each(BAD)("rejects what parseConfig rejects: %j", (text) => {
    expect(accepts(text)).toBe(false);
    expect(schemaValid(parseYaml(text))).toBe(false);
  });

  it.each(ONLY_PARSE_CONFIG)("leaves glob syntax to parseConfig: %j", (text) => {
    expect(accepts(text)).toBe(false);
  });

  it("accepts the README's example config", () => {
    const readme = readFileSync("README.md", "utf8");
    const section = readme.slice(readme.indexOf("## Configuration"));
    const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
    expect(block).toContain("environments:");
    expect(accepts(block)).toBe(true);
    expect(schemaValid(parseYaml(block))).toBe(true);
  });

  it("lists every key in the reference page, which is the committed docs/configuration.md", () => {
    const page = renderConfigReference(configSchema(ruleIds));
    expect(readFileSync("docs/configuration.md", "utf8")).toBe(page);
    for (const key of [
      "database",
      "paths.<framework>",
      "exclude",
      "rules",
      "environments.<name>.timeout",
      "environments.<name>.destructive",
      "environments.<name>.pause",
      "environments.<name>.require-applied-in",
    ])
      expect(page).toContain(`| \`${key}\` |`);
  });
});

describe("the schema as parseConfig's backstop", () => {
  beforeEach(() => jest.resetModules());

  it("stops a config the schema rejects even when every hand-written check passed (fails closed)", async () => {
    const validate = Object.assign(() => false, {
      errors: [
        {
          instancePath: "/environments/production",
          message: "must NOT have additional properties",
          params: {},
        },
      ],
    });
    jest.unstable_mockModule("../src/core/config-validator.generated.js", () => ({
      validate,
      default: validate,
    }));
    const { parseConfig: parse } = await import("../src/core/config.js");
    expect(() => parse("database: mysql", "cfg.yml")).toThrow(
      "cfg.yml: environments.production must NOT have additional properties",
    );
  });
});
