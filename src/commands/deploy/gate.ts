// gate: the classified migrations → the decision the supervisor hears (`go`, `stop blocked`, ...), with the
// pull-request approvals looked up only when they could open it.
import * as core from "@actions/core";
import type { FencedLog } from "../../adapters/fenced-log.js";
import { prApprovalCoverage } from "../../adapters/pr-approval.js";
import {
  approvableByPull,
  decideGate,
  gateHits,
  type ClassifiedMigration,
  type GateDecision,
  type GateHit,
} from "../../core/deploy/gate.js";
import type { PendingFile } from "../../core/deploy/pr-approval.js";
import type { StatusReport } from "../../core/deploy/status.js";
import type { DeploySettings } from "../../inputs-deploy.js";

/**
 * Looks up, only when it matters (a blocking profile, no `allow-destructive`, something held that a pull
 * request can approve), which held files were approved in their merged PR for exactly these bytes.
 * Never throws: a failed lookup leaves the file uncovered, and the gate shut.
 */
async function approvalFromPulls(
  migrations: readonly ClassifiedMigration[],
  hits: readonly GateHit[],
  settings: DeploySettings,
  log: FencedLog,
): Promise<{ paths: Set<string>; why?: string }> {
  const paths = new Set<string>();
  const wanted = new Set(hits.filter(approvableByPull).map((h) => h.path));
  if (
    !wanted.size ||
    settings.profile.destructive !== "block" ||
    settings.allowDestructive ||
    !settings.prApproval
  )
    return { paths };
  const files = new Map<string, PendingFile>();
  for (const m of migrations) {
    if (m.path && m.blob && wanted.has(m.path)) files.set(m.path, { path: m.path, blob: m.blob });
  }
  const found = await prApprovalCoverage([...files.values()], settings.prApproval);
  log.ours(() => {
    for (const note of found.notes) core.info(`PR approval lookup: ${note}`);
    for (const c of found.covered)
      core.notice(
        `${c.file.path} was approved in #${c.pull} by @${c.by} (${c.via}) for exactly this content (blob ${c.file.blob.slice(0, 12)}).`,
        { title: "Migration approved in its pull request" },
      );
  });
  for (const c of found.covered) paths.add(c.file.path);
  const why = found.uncovered.map((u) => `${u.file.path}: ${u.reason}`).join("; ");
  return why
    ? { paths, why: `No pull-request approval covers them (trust-pr-approval): ${why}.` }
    : { paths };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export interface Gated {
  gate: GateDecision;
  /** What the supervisor is told. */
  line: string;
}

export async function gatePending(
  migrations: ClassifiedMigration[],
  before: StatusReport,
  settings: DeploySettings,
  log: FencedLog,
): Promise<Gated> {
  const hits = gateHits(migrations, before.problems);
  const approval = await approvalFromPulls(migrations, hits, settings, log);
  const gate = decideGate({
    environment: settings.environment,
    profile: settings.profile,
    migrations,
    statusProblems: before.problems,
    allowDestructive: settings.allowDestructive,
    approvedPaths: approval.paths,
    dryRun: settings.dryRun,
  });
  if (gate.action === "blocked" && approval.why) gate.message = `${gate.message} ${approval.why}`;
  const annotate = (level: "error" | "warning", title: (h: GateHit) => string): void => {
    for (const h of gate.destructive) {
      if (h.finding)
        core[level](`${h.finding.rule}: ${h.finding.message}`, {
          file: h.path,
          startLine: h.finding.line,
          title: title(h),
        });
      else core[level](h.why, { title: title(h) });
    }
  };
  if (gate.action === "blocked") {
    log.ours(() =>
      annotate("error", (h) => `Blocked ${h.reason === "destructive" ? "destructive " : ""}migration`),
    );
    return { gate, line: "stop blocked" };
  }
  if (gate.action === "dry-run") return { gate, line: "stop dry-run" };
  if (gate.pauseSeconds > 0 && gate.destructive.length) {
    log.ours(() => {
      annotate("warning", (h) =>
        h.reason === "destructive" ? "Destructive migration" : "Migration not proven safe",
      );
      core.warning(gate.message ?? "Destructive migrations will run.");
    });
    await sleep(gate.pauseSeconds * 1000);
  }
  return { gate, line: "go" };
}
