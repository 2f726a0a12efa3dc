// The deploy summary as markdown: result, phase timeline with durations, pending table, findings.
// Pure: the command writes it with core.summary. Nothing secret is ever passed in.
import type { DestructiveHit, ClassifiedMigration } from "./gate.js";
import type { PhaseRecord } from "./protocol.js";
import type { AheadMigration } from "./status.js";

export interface DeploySummaryInput {
  title: string;
  result: string;
  environment: string;
  target: string;
  appDir: string;
  deployId?: string;
  message?: string;
  phases: readonly PhaseRecord[];
  migrations: readonly ClassifiedMigration[];
  ahead: readonly AheadMigration[];
  destructive: readonly DestructiveHit[];
  applied: readonly string[];
  timeout?: number;
  /** Extra notes (dry run, connection re-established, ...). */
  notes?: readonly string[];
}

const ICON: Record<string, string> = {
  "up-to-date": "✅",
  migrated: "✅",
  "dry-run": "🔎",
  blocked: "⛔",
  failed: "❌",
  "timed-out": "⏱️",
  "rolled-back": "↩️",
};

/** Markdown table cells: no pipes or newlines from data, and backticks cannot close our code spans. */
export function cell(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/[\r\n]+/g, " ")
    .replace(/`/g, "'");
}

function duration(ms: number | undefined): string {
  if (ms === undefined) return "";
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export function renderDeploySummary(input: DeploySummaryInput): string {
  const out: string[] = [];
  out.push(`## ${ICON[input.result] ?? "•"} ${cell(input.title)}: \`${cell(input.result)}\``, "");
  out.push(
    `Environment \`${cell(input.environment || "(none)")}\` on \`${cell(input.target)}\`, app dir \`${cell(input.appDir)}\`` +
      (input.deployId ? `, deploy \`${cell(input.deployId)}\`` : "") +
      (input.timeout ? `, deadline ${input.timeout} s` : "") +
      ".",
    "",
  );
  if (input.message) out.push(`> ${cell(input.message)}`, "");
  for (const note of input.notes ?? []) out.push(`> ${cell(note)}`, "");

  if (input.phases.length) {
    out.push("### Phases", "", "| phase | state | duration | note |", "| --- | --- | ---: | --- |");
    for (const p of input.phases) {
      out.push(`| ${cell(p.phase)} | ${cell(p.state)} | ${duration(p.ms)} | ${cell(p.message ?? "")} |`);
    }
    out.push("");
  }

  if (input.migrations.length) {
    out.push(
      `### Pending migrations (${input.migrations.length})`,
      "",
      "| migration | database | file | findings |",
      "| --- | --- | --- | --- |",
    );
    for (const m of input.migrations) {
      const id = m.pending.name ? `${m.pending.id} ${m.pending.name}` : m.pending.id;
      const findings = m.report
        ? m.report.findings.length
          ? m.report.findings.map((f) => `${f.rule} (${f.category}) line ${f.line}`).join("<br>")
          : "none"
        : (m.note ?? "not analysed");
      const applied = input.applied.includes(m.pending.id) ? " ✓" : "";
      out.push(
        `| ${cell(id)}${applied} | ${cell(m.pending.database ?? "")} | ${cell(m.path ?? "")} | ${cell(findings)} |`,
      );
    }
    out.push("");
  }

  const details = input.migrations.flatMap((m) => (m.report?.findings ?? []).map((f) => ({ m, f })));
  if (details.length) {
    out.push("### Findings", "");
    for (const { m, f } of details) {
      out.push(
        `- **${cell(f.rule)}** (${f.category}, ${f.severity}) \`${cell(m.path ?? m.pending.id)}:${f.line}\`: ${cell(f.message)}` +
          (f.safeAlternative ? ` Safer: ${cell(f.safeAlternative)}` : "") +
          (f.docsUrl ? ` ([docs](${f.docsUrl}))` : ""),
      );
    }
    out.push("");
  }

  if (input.ahead.length) {
    out.push(
      "### Database ahead of the code",
      "",
      "These migrations are recorded in the database but have no file in the deployed code (a rollback of " +
        "the code, or a migration run by hand):",
      "",
      ...input.ahead.map((a) => `- \`${cell(a.id)}\`${a.database ? ` (${cell(a.database)})` : ""}`),
      "",
    );
  }
  return out.join("\n");
}
