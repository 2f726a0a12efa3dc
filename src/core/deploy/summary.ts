// The deploy summary as markdown: result, phase timeline with durations, pending table, findings.
// Pure: the command writes it with core.summary. Nothing secret is ever passed in.
import { formatBytes, restoreEstimate } from "./backup.js";
import type { ClassifiedMigration, GateHit } from "./gate.js";
import type { HealthCheckResult } from "./health.js";
import type { BackupRecord, PhaseRecord } from "./protocol.js";
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
  /** What the gate held (destructive, needs review, unread, status problems). */
  destructive: readonly GateHit[];
  applied: readonly string[];
  timeout?: number;
  /** Extra notes (dry run, connection re-established, ...). */
  notes?: readonly string[];
  backup?: BackupRecord;
  /** Every backup, one per database of a multi-database app (when more than one, a row each). */
  backups?: readonly BackupRecord[];
  backupCheck?: { databaseBytes: number; freeBytes: number; dir: string };
  health?: readonly HealthCheckResult[];
  /** Markdown (renderRunbook), shown on any failure. */
  runbook?: string;
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

  if (input.destructive.length) {
    // What the gate held (blocked) or warned about (staging): each with why.
    out.push(
      `### Not proven safe (${input.destructive.length})`,
      "",
      ...input.destructive.map((h) => `- ${cell(h.reason)}: ${cell(h.why)}`),
      "",
    );
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

  if (input.backup || input.backupCheck) {
    out.push("### Backup", "");
    const b = input.backup;
    const all = input.backups ?? [];
    const databaseBytes =
      (all.length > 1 ? all.reduce((sum, x) => sum + x.databaseBytes, 0) : b?.databaseBytes) ||
      input.backupCheck?.databaseBytes ||
      0;
    if (all.length > 1) {
      out.push(
        "| database | file | size | sha256 | verified |",
        "| --- | --- | ---: | --- | --- |",
        ...all.map(
          (x) =>
            `| ${cell(x.database)} | \`${cell(x.path)}\` | ${formatBytes(x.bytes)} | \`${cell(x.sha256)}\` | ${cell(x.verified === "pg_restore-list" ? `pg_restore --list: ${x.entries} entries` : x.verified)} |`,
        ),
        "",
      );
      if (all[0].pruned) out.push(`Older backups removed: ${all[0].pruned} files.`, "");
    } else if (b) {
      out.push(
        "| | |",
        "| --- | --- |",
        `| file | \`${cell(b.path)}\` |`,
        `| size | ${formatBytes(b.bytes)} (${b.bytes} bytes) |`,
        `| sha256 | \`${cell(b.sha256)}\` |`,
        `| verified | ${cell(b.verified === "pg_restore-list" ? `pg_restore --list: ${b.entries} entries` : b.verified)} |`,
        `| time | dump ${duration(b.dumpMs)}, verify ${duration(b.verifyMs)} |`,
      );
      if (databaseBytes) out.push(`| database | ${formatBytes(databaseBytes)} |`);
      if (b.freeBytes) out.push(`| free before the backup | ${formatBytes(b.freeBytes)} |`);
      if (b.pruned) out.push(`| older backups removed | ${b.pruned} |`);
      out.push("");
    } else if (input.backupCheck) {
      out.push(
        `Database ${formatBytes(input.backupCheck.databaseBytes)}, ${formatBytes(input.backupCheck.freeBytes)} free in \`${cell(input.backupCheck.dir)}\`.`,
        "",
      );
    }
    if (databaseBytes) out.push(`Restore estimate: ${cell(restoreEstimate(databaseBytes).text)}`, "");
  }

  if (input.health?.length) {
    out.push(
      "### Health",
      "",
      "| check | url | result | attempts | time |",
      "| --- | --- | --- | ---: | ---: |",
    );
    for (const h of input.health) {
      out.push(
        `| ${h.kind} | \`${cell(h.url)}\` | ${h.healthy ? "✅" : "❌"} ${cell(h.reason)} | ${h.attempts} | ${duration(h.ms)} |`,
      );
    }
    out.push("");
    const bad = input.health.find((h) => !h.healthy);
    if (bad?.last) {
      // The body is the app's text: fenced, and it cannot close the fence.
      out.push(
        "Last response:",
        "",
        "```text",
        `HTTP ${bad.last.status || "(none)"}${bad.last.error ? ` ${bad.last.error}` : ""}`,
        bad.last.body.replace(/`{3,}/g, "'''").slice(0, 2048),
        "```",
        "",
      );
    }
  }

  if (input.runbook) out.push(input.runbook);

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
