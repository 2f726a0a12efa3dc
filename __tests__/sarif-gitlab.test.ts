// Code scanning and GitLab reports: SARIF valid against the SARIF 2.1.0 schema (vendored, see
// schemas/README.md) with each rule's descriptions, help and tags; GitLab Code Quality issues with stable,
// distinct fingerprints.
import { readFileSync } from "node:fs";
import AjvDraft04 from "ajv-draft-04";
import { toGitLabCodeQuality } from "../src/core/report/gitlab.js";
import { toSarif } from "../src/core/report/sarif.js";
import { rules } from "../src/core/rules/index.js";
import type { FileReport, Finding } from "../src/core/types.js";

const schema = JSON.parse(
  readFileSync(new URL("./schemas/sarif-2.1.0-rtm.5.json", import.meta.url), "utf8"),
) as Record<string, unknown>;
// The schema's language pattern is not valid with the u flag: unicodeRegExp off, as the schema was written.
// A CommonJS package: its class is the export `default` of module.exports.
const Ajv = AjvDraft04.default;
const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);

const finding = (rule: (typeof rules)[number], line: number, extra: Partial<Finding> = {}): Finding => ({
  rule: rule.id,
  category: rule.category,
  severity: rule.severity,
  line,
  endLine: line,
  message: `${rule.id} on line ${line}`,
  safeAlternative: rule.safeAlternative,
  docsUrl: `https://example.test/${rule.id}`,
  ...extra,
});

/** One finding of every rule, one acknowledged, two identical ones in one file. */
const FILES: FileReport[] = [
  {
    path: "db/migrate/1_all.rb",
    framework: "rails",
    status: "added",
    findings: rules.map((r, i) => finding(r, i + 1)),
  },
  {
    path: "migrations/2.up.sql",
    framework: "golang-migrate",
    status: "modified",
    findings: [
      finding(rules[0], 4),
      { ...finding(rules[0], 4), line: 9, endLine: 9 },
      finding(rules[1], 7, { acknowledged: { reason: "backfilled", line: 6 }, excerpt: "DROP TABLE carts;" }),
    ],
  },
];

describe("SARIF", () => {
  const sarif = toSarif(FILES, "1.2.3");

  it("is valid SARIF 2.1.0", () => {
    const ok = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("carries the flagged lines as the region's snippet, when there are any", () => {
    const runs = sarif.runs as { results: { locations: { physicalLocation: { region: object } }[] }[] }[];
    const results = runs[0].results;
    const regions = results.map((r) => r.locations[0].physicalLocation.region);
    expect(regions).toContainEqual({ startLine: 7, endLine: 7, snippet: { text: "DROP TABLE carts;" } });
    expect(regions.filter((r) => "snippet" in r)).toHaveLength(1);
  });

  it("describes every rule for code scanning: full description, help text and markdown, tags", () => {
    const driver = (sarif.runs as { tool: { driver: { rules: Record<string, unknown>[] } } }[])[0].tool
      .driver;
    expect(driver.rules.map((r) => r.id)).toEqual(rules.map((r) => r.id).sort());
    for (const entry of driver.rules) {
      const rule = rules.find((r) => r.id === entry.id)!;
      const help = entry.help as { text: string; markdown: string };
      expect((entry.fullDescription as { text: string }).text).toContain(rule.description);
      expect(help.text).toContain(rule.safeAlternative);
      expect(help.markdown).toContain(`](${entry.helpUri as string})`);
      expect((entry.properties as { tags: string[] }).tags).toContain(rule.category);
    }
  });

  it("an invalid log fails the schema (the validator can fail)", () => {
    expect(validate({ version: "2.1.0", runs: [{ tool: {} }] })).toBe(false);
  });
});

describe("GitLab Code Quality", () => {
  const issues = toGitLabCodeQuality(FILES);

  it("has one issue per finding with GitLab's fields", () => {
    expect(issues).toHaveLength(FILES.flatMap((f) => f.findings).length);
    for (const issue of issues) {
      expect(typeof issue.description).toBe("string");
      expect(issue.check_name).toMatch(/^[a-z-]+$/);
      expect(["info", "minor", "major", "critical", "blocker"]).toContain(issue.severity);
      expect(issue.location.lines.begin).toBeGreaterThan(0);
    }
    expect(
      issues.find((i) => i.location.path === "migrations/2.up.sql" && i.location.lines.begin === 7),
    ).toMatchObject({ severity: "info" });
  });

  it("fingerprints are distinct, and stable when a finding moves to another line", () => {
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    const moved = toGitLabCodeQuality([
      {
        ...FILES[0],
        findings: FILES[0].findings.map((f) => ({ ...f, line: f.line + 5, endLine: f.endLine + 5 })),
      },
    ]);
    expect(moved.map((i) => i.fingerprint)).toEqual(issues.slice(0, moved.length).map((i) => i.fingerprint));
  });
});
