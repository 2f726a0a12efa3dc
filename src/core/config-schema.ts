// The config file's JSON Schema (published as docs/config.schema.json for editor completion) and the
// reference page generated from it (docs/configuration.md). Pure data. parseConfig (config.ts) stays the
// validator the action runs: it says what is wrong in the config's own terms ("environments.prod.timeout must
// be a duration like 300, "90s""), which a schema validator's paths and keywords do not; the tests hold the
// two to the same answers on a corpus of good and bad configs, so neither can drift from the other.
import { DEFAULT_ENVIRONMENTS } from "./config-defaults.js";
import { FRAMEWORK_IDS } from "./types.js";

export const SCHEMA_ID =
  "https://raw.githubusercontent.com/migration-guard/migration-guard/main/docs/config.schema.json";

const DURATION = {
  description: 'Seconds (`300`), or a duration: `"90s"`, `"5m"`, `"1h30m"`.',
  anyOf: [
    { type: "number", exclusiveMinimum: 0 },
    { type: "string", pattern: "^\\s*(\\d+(\\.\\d+)?|(?=\\d)(\\d+h)?(\\d+m)?(\\d+s)?)\\s*$" },
  ],
};

const GLOBS = {
  description: "A glob, or a list of globs, relative to the repository root (no leading `/` or `./`).",
  anyOf: [
    { $ref: "#/definitions/glob" },
    { type: "array", items: { $ref: "#/definitions/glob" }, minItems: 1 },
  ],
};

export function configSchema(ruleIds: readonly string[]): Record<string, unknown> {
  const frameworks = [...FRAMEWORK_IDS];
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: SCHEMA_ID,
    title: "Migration Guard configuration (.github/migration-guard.yml)",
    type: "object",
    additionalProperties: false,
    definitions: {
      // Not empty, and relative to the repository root (no leading "/" or "./").
      glob: { type: "string", pattern: "^(?![.]?/)[\\s\\S]" },
      globs: GLOBS,
    },
    properties: {
      database: {
        description:
          "The database the SQL in migrations is read as: it decides which operations lock and how.",
        enum: ["postgresql", "mysql", "sqlite"],
        default: "postgresql",
      },
      paths: {
        description:
          "Where migrations live when not in a framework's conventional place: a framework id mapped to globs " +
          '(`rails: ["engines/*/db/migrate/*.rb"]`), or a glob mapped to a framework id ' +
          '(`"schema/postgresql/**/versioned/**/*.sql": sql`). Files matched are read by that framework.',
        type: "object",
        properties: Object.fromEntries(frameworks.map((id) => [id, { $ref: "#/definitions/globs" }])),
        additionalProperties: { enum: frameworks },
      },
      exclude: { ...GLOBS, description: "Files never analysed. " + GLOBS.description },
      rules: {
        description:
          "A rule's severity: `error`, `warning`, `notice`, or `off` (`false`). See docs/rules/ for each rule.",
        type: "object",
        propertyNames: { enum: [...ruleIds] },
        additionalProperties: { enum: ["error", "warning", "notice", "off", false] },
      },
      environments: {
        description:
          "Deploy profiles by environment name. Built in: " +
          Object.entries(DEFAULT_ENVIRONMENTS)
            .map(([name, p]) => `\`${name}\` (timeout ${p.timeout}s, destructive ${p.destructive})`)
            .join(", ") +
          "; any other name starts from production's.",
        type: "object",
        additionalProperties: {
          type: "object",
          additionalProperties: false,
          properties: {
            timeout: { ...DURATION, description: "The migration deadline. " + DURATION.description },
            destructive: {
              description:
                "`block`: a destructive or unproven migration stops the deploy unless approved. `warn`: it is " +
                "announced, the deploy pauses (`pause`), then goes on.",
              enum: ["block", "warn"],
            },
            pause: {
              description: "With `destructive: warn`, how long to wait after the warning. `0`: no pause.",
              anyOf: [{ enum: [0] }, DURATION],
            },
            "require-applied-in": {
              description:
                "Environments where each pending migration's exact bytes (git blob) must have been applied by a " +
                "successful deploy first, e.g. `staging`. A name, a comma-separated list, or a YAML list. Only " +
                "`skip-promotion-check: true` on the deploy waives it; approvals do not.",
              anyOf: [
                { type: "string", pattern: "^[\\s,]*([A-Za-z0-9_.-]+([\\s,]+[A-Za-z0-9_.-]+)*)?[\\s,]*$" },
                { type: "array", items: { type: "string", pattern: "^[A-Za-z0-9_.-]+$" } },
              ],
            },
          },
        },
      },
    },
  };
}

interface Node {
  description?: string;
  enum?: unknown[];
  default?: unknown;
  properties?: Record<string, Node>;
  additionalProperties?: Node | boolean;
  type?: string;
  anyOf?: Node[];
  $ref?: string;
}

/** docs/configuration.md: one row per key, from the schema's descriptions. */
export function renderConfigReference(schema: Record<string, unknown>): string {
  const rows: string[] = [];
  const values = (n: Node): string =>
    n.enum
      ? n.enum.map((v) => `\`${String(v)}\``).join(", ")
      : n.anyOf
        ? n.anyOf.some((a) => a.$ref)
          ? "globs"
          : n.anyOf.some((a) => a.type === "number" || a.anyOf)
            ? "duration"
            : "names"
        : (n.type ?? "");
  const walk = (key: string, node: Node) => {
    rows.push(
      `| \`${key}\` | ${values(node)} | ${node.default !== undefined ? `\`${String(node.default)}\`` : ""} | ` +
        `${(node.description ?? "").replace(/\|/g, "\\|")} |`,
    );
    // `paths` has one key per framework with the same meaning: the table says so once.
    if (key === "paths") {
      rows.push(`| \`paths.<framework>\` | globs | | ${GLOBS.description} |`);
      return;
    }
    for (const [name, child] of Object.entries(node.properties ?? {})) walk(`${key}.${name}`, child);
    const extra = node.additionalProperties;
    if (extra && typeof extra === "object" && extra.properties) {
      for (const [name, child] of Object.entries(extra.properties)) walk(`${key}.<name>.${name}`, child);
    }
  };
  const root = schema as Node;
  for (const [name, node] of Object.entries(root.properties ?? {})) walk(name, node);
  return [
    "# Configuration reference",
    "",
    "<!-- Generated from src/core/config-schema.ts by scripts/config-docs.mjs: edit that file, then `npm run build`. -->",
    "",
    "The config file is `.github/migration-guard.yml` (the `config` input, or `--config` for the CLI). Every key is",
    "optional. Editors that read JSON Schema complete and check it with this first line:",
    "",
    "```yaml",
    `# yaml-language-server: $schema=${SCHEMA_ID}`,
    "```",
    "",
    "A config with a problem stops the run with every problem listed at once. In a pull request that edits the",
    "config, the stricter of the base's and the head's config is used, so a change cannot quiet its own findings.",
    "",
    "| key | values | default | what it does |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");
}
