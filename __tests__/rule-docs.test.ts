// The "In each framework" examples of docs/rules/<id>.md are run through the analyzer: a page that shows a
// snippet as reported by a rule stays true, and every rule that can be written outside SQL shows it there.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeFile } from "../src/core/analyze.js";
import { DEFAULT_CONFIG } from "../src/core/config.js";
import type { Parsers } from "../src/core/parsers.js";
import { rules } from "../src/core/rules/index.js";
import type { FrameworkId } from "../src/core/types.js";
import { loadParsers } from "../src/parsers/index.js";

const ROOT = process.cwd();

/** The `### heading` of an example → the framework that reads it and a file extension for its path. */
const FAMILIES: Record<string, { framework: FrameworkId; ext: string }> = {
  Rails: { framework: "rails", ext: "rb" },
  Django: { framework: "django", ext: "py" },
  Alembic: { framework: "alembic", ext: "py" },
  Laravel: { framework: "laravel", ext: "php" },
  Knex: { framework: "knex", ext: "js" },
  Ecto: { framework: "ecto", ext: "exs" },
  SQL: { framework: "sql", ext: "sql" },
};

/** Rules whose finding comes from the diff (the file's status on the base branch), not from its content. */
const NOT_FROM_CONTENT = ["edited-migration"];

interface Example {
  rule: string;
  family: string;
  code: string;
}

/** The `## In each framework` section of a rule page, split at its `### Family` headings. */
function examplesOf(rule: string): Example[] {
  const page = readFileSync(join(ROOT, "docs", "rules", `${rule}.md`), "utf8");
  const start = page.search(/^## In each framework$/m);
  if (start < 0) return [];
  const rest = page.slice(start + 3);
  const end = rest.search(/^## /m);
  const section = end < 0 ? rest : rest.slice(0, end);
  return section
    .split(/^### /m)
    .slice(1)
    .map((part) => {
      const family = part.slice(0, part.indexOf("\n")).trim();
      const code = /```[a-z]*\n([\s\S]*?)```/.exec(part)?.[1] ?? "";
      return { rule, family, code };
    });
}

const contentRules = rules.map((r) => r.id).filter((id) => !NOT_FROM_CONTENT.includes(id));
const examples = contentRules.flatMap(examplesOf);

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers();
});

describe("rule pages: an example per framework family", () => {
  it.each(contentRules)("docs/rules/%s.md shows the rule outside SQL", (rule) => {
    const families = examplesOf(rule).map((e) => e.family);
    for (const family of families) expect(Object.keys(FAMILIES)).toContain(family);
    // None of our rules is SQL-only: every one can be written in some framework's own migration DSL.
    expect(families.filter((f) => f !== "SQL").length).toBeGreaterThan(0);
  });

  it.each(examples.map((e) => [e.rule, e.family, e] as const))(
    "docs/rules/%s.md: the %s example is reported by its rule",
    (_rule, _family, example) => {
      const { framework, ext } = FAMILIES[example.family]!;
      expect(example.code.trim().length).toBeGreaterThan(0);
      const report = analyzeFile(
        { path: `docs-example.${ext}`, content: example.code, status: "added" },
        parsers,
        { ...DEFAULT_CONFIG, paths: { [framework]: ["**"] } },
      );
      expect(report?.framework).toBe(framework);
      expect(report?.findings.map((f) => f.rule)).toContain(example.rule);
    },
  );
});
