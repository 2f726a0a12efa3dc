import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fixtureCases } from "../__fixtures__/rules/harness.js";
import { ruleById, rules } from "../src/core/rules/index.js";

const ROOT = process.cwd();
const RULE_DIR = join(ROOT, "src", "core", "rules");
/** Files in src/core/rules that are not rules. */
const NOT_RULES = ["index.ts", "rule.ts"];
const ids = rules.map((r) => r.id);

function docs(id: string): string {
  return readFileSync(join(ROOT, "docs", "rules", `${id}.md`), "utf8");
}

/** A docs page's metadata table row, e.g. `| Category | destructive |`. */
function row(page: string, name: string): string | undefined {
  return new RegExp(`^\\|\\s*${name}\\s*\\|\\s*\`?([a-z-]+)\`?\\s*\\|`, "m").exec(page)?.[1];
}

/** The text of a `## heading` section, up to the next `## `. */
function section(page: string, heading: string): string {
  const start = page.search(new RegExp(`^## ${heading}\\b`, "m"));
  if (start < 0) return "";
  const rest = page.slice(start + 3);
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

describe("rule registry", () => {
  it("has unique ids, sorted, equal to the rule files", () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    const files = readdirSync(RULE_DIR)
      .filter((f) => f.endsWith(".ts") && !NOT_RULES.includes(f))
      .map((f) => f.slice(0, -".ts".length))
      .sort();
    expect(ids).toEqual(files);
  });

  it("exports each rule from the file named after its id", async () => {
    for (const id of ids) {
      const mod = (await import(`../src/core/rules/${id}.js`)) as Record<string, unknown>;
      expect(Object.values(mod)).toContain(ruleById(id));
    }
  });

  it.each(ids)("%s has metadata, a docs page, a test file and fixtures", (id) => {
    const rule = ruleById(id)!;
    expect(rule.description.length).toBeGreaterThan(10);
    expect(rule.safeAlternative.length).toBeGreaterThan(10);

    expect(existsSync(join(ROOT, "docs", "rules", `${id}.md`))).toBe(true);
    expect(existsSync(join(ROOT, "__tests__", "rules", `${id}.test.ts`))).toBe(true);
    if (id === "unused-allow") {
      // Its findings come from the allow-comment pass, so the suppress test stands in for fixtures.
      expect(readFileSync(join(ROOT, "__tests__", "suppress.test.ts"), "utf8")).toContain('"unused-allow"');
    } else {
      const cases = fixtureCases(id);
      expect(cases.filter((c) => c.kind === "positive").length).toBeGreaterThan(0);
      expect(cases.filter((c) => c.kind === "negative").length).toBeGreaterThan(0);
    }
  });

  it.each(ids)(
    "docs/rules/%s.md names category, severity, an example, the alternative and the allow",
    (id) => {
      const rule = ruleById(id)!;
      const page = docs(id);
      expect(page.startsWith(`# ${id}\n`)).toBe(true);
      expect(row(page, "Category")).toBe(rule.category);
      expect(row(page, "Default severity")).toBe(rule.severity);
      expect(section(page, "Example")).toMatch(/```[a-z]*\n[\s\S]+?```/);
      expect(section(page, "Safe alternative").trim().length).toBeGreaterThan(20);
      // unused-allow's findings are about the comments themselves: its page teaches the comment's form instead.
      const form =
        id === "unused-allow"
          ? "migration-guard:allow <rule-id> -- <reason>"
          : `migration-guard:allow ${id} -- `;
      expect(section(page, "Acknowledging")).toContain(form);
    },
  );

  it("lists every rule in docs/rules/README.md with its category and severity", () => {
    const index = readFileSync(join(ROOT, "docs", "rules", "README.md"), "utf8");
    for (const rule of rules) {
      const line = index.split("\n").find((l) => l.includes(`[${rule.id}](${rule.id}.md)`));
      expect(line).toBeDefined();
      expect(line).toContain(rule.category);
      expect(line).toContain(rule.severity);
    }
    const pages = readdirSync(join(ROOT, "docs", "rules"))
      .filter((f) => f !== "README.md" && f.endsWith(".md"))
      .map((f) => f.slice(0, -".md".length))
      .sort();
    expect(pages).toEqual(ids);
  });
});
