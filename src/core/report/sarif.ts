// SARIF 2.1.0 for GitHub code scanning: one rule entry per rule that fired, one result per finding.
import { rules } from "../rules/index.js";
import { docsUrl } from "../docs.js";
import type { Rule } from "../rules/rule.js";
import type { Category, FileReport, Severity } from "../types.js";

const PROBLEM_SEVERITY: Record<Severity, string> = {
  error: "error",
  warning: "warning",
  notice: "recommendation",
};

/** What each category means to a reviewer: the second sentence of a rule's full description. */
const CATEGORY_MEANING: Record<Category, string> = {
  destructive: "Destructive: data is lost and cannot be recovered without a backup.",
  "backward-incompatible":
    "Backward-incompatible: code of the release still running during the deploy breaks against the new schema.",
  locking: "Locking: the table is locked while the migration runs, so writes (or reads) wait.",
  irreversible: "Irreversible: the migration cannot be rolled back.",
  "needs-review": "Needs review: the check could not prove the migration safe, so a person has to look.",
};

/** The rule's entry for code scanning: its descriptions, the help GitHub shows beside an alert, and tags. */
function ruleDescriptor(id: string, rule: Rule | undefined) {
  const category = rule?.category ?? "needs-review";
  const description = rule?.description ?? id;
  const instead = rule?.safeAlternative ?? "";
  const url = docsUrl(id);
  return {
    id,
    name: id,
    shortDescription: { text: description },
    fullDescription: { text: `${description} ${CATEGORY_MEANING[category]}` },
    helpUri: url,
    help: {
      text: `${description}\n\nInstead: ${instead}\n\nRule page: ${url}`,
      markdown:
        `**${id}** (${category}): ${description}\n\n**Instead:** ${instead}\n\n` +
        `See [the rule page](${url}) for examples per framework and how to acknowledge a finding.`,
    },
    properties: {
      category,
      tags: ["migrations", category],
      precision: "high",
      // GitHub's code scanning sorts non-security alerts by this.
      "problem.severity": PROBLEM_SEVERITY[rule?.severity ?? "warning"],
    },
    defaultConfiguration: { level: LEVEL[rule?.severity ?? "warning"] },
  };
}

const LEVEL: Record<Severity, "error" | "warning" | "note"> = {
  error: "error",
  warning: "warning",
  notice: "note",
};

export function toSarif(files: readonly FileReport[], toolVersion: string): Record<string, unknown> {
  const fired = new Set(files.flatMap((f) => f.findings.map((x) => x.rule)));
  const ruleList = [...fired].sort();
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "Migration Guard",
            version: toolVersion,
            informationUri: "https://github.com/migration-guard/migration-guard",
            rules: ruleList.map((id) =>
              ruleDescriptor(
                id,
                rules.find((r) => r.id === id),
              ),
            ),
          },
        },
        results: files.flatMap((file) =>
          file.findings.map((f) => ({
            ruleId: f.rule,
            ruleIndex: ruleList.indexOf(f.rule),
            level: LEVEL[f.severity],
            message: { text: `${f.message} Instead: ${f.safeAlternative}` },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: file.path },
                  region: {
                    startLine: f.line,
                    endLine: f.endLine,
                    ...(f.excerpt ? { snippet: { text: f.excerpt } } : {}),
                  },
                },
              },
            ],
            ...(f.acknowledged
              ? { suppressions: [{ kind: "inSource", justification: f.acknowledged.reason }] }
              : {}),
          })),
        ),
      },
    ],
  };
}
