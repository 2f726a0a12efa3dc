// SARIF 2.1.0 for GitHub code scanning: one rule entry per rule that fired, one result per finding.
import { rules } from "../rules/index.js";
import { docsUrl } from "../docs.js";
import type { FileReport, Severity } from "../types.js";

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
            rules: ruleList.map((id) => {
              const rule = rules.find((r) => r.id === id);
              return {
                id,
                name: id,
                shortDescription: { text: rule?.description ?? id },
                helpUri: docsUrl(id),
                properties: {
                  category: rule?.category ?? "needs-review",
                  tags: [rule?.category ?? "needs-review"],
                },
                defaultConfiguration: { level: LEVEL[rule?.severity ?? "warning"] },
              };
            }),
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
                  region: { startLine: f.line, endLine: f.endLine },
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
