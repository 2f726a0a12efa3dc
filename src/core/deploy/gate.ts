// The gate between "what is pending" and "migrate". In an environment whose profile blocks, a pending
// migration stops the deploy unless approved when it is destructive, or when we could not prove it safe:
// a needs-review finding (unparseable, over the size cap, SQL built at run time, a call we cannot follow),
// a file not found or not recognised on the host, an id that maps to no file, or a status output with
// problems. A `warn` profile warns and pauses for the same set. Approval is `allow-destructive: true` (the
// deploy's own, for everything) or a verified PR approval, which covers only the files it approved.
import type { EnvironmentProfile } from "../config.js";
import type { FileReport, Finding } from "../types.js";
import type { PendingMigration } from "./status.js";

/** Why a pending migration has no report: its file was not found, not recognised, or its id maps to no file. */
export type Unread = "not-found" | "not-recognised" | "unmapped";

export interface ClassifiedMigration {
  pending: PendingMigration;
  /** The file read from the host's app dir, when one was found. */
  path?: string;
  report?: FileReport;
  /** git blob id of the file as read on the host: what a PR approval is matched against. */
  blob?: string;
  /** Why there is no report (file not in the app dir, not a migration we can read...). */
  note?: string;
  /** Set with `note` when there is no report: which of the reasons it is. */
  unread?: Unread;
}

export type HoldReason = "destructive" | "needs-review" | Unread | "status";

/** One thing the gate stops on until someone approves it. */
export interface GateHit {
  /** The pending migration's id; empty for a problem of the status output as a whole. */
  migration: string;
  /** The file (below the app dir), or the migration id when there is none. */
  path: string;
  reason: HoldReason;
  /** One sentence: what and why. */
  why: string;
  finding?: Finding;
}

export type GateAction = "up-to-date" | "go" | "blocked" | "dry-run";

export interface GateDecision {
  action: GateAction;
  /** Every hit still unapproved (destructive, needs-review, unread, status problems). */
  destructive: GateHit[];
  /** Seconds to wait (after the warnings) before going on; 0 for none. */
  pauseSeconds: number;
  /** The error or warning to show, naming the migrations and lines and how to approve. */
  message?: string;
}

export interface GateInput {
  environment: string;
  profile: EnvironmentProfile;
  migrations: readonly ClassifiedMigration[];
  /** Problems of the status output (lines it could not read): never "nothing to see". */
  statusProblems?: readonly string[];
  /** `allow-destructive: true`: the deploy's own approval, for every hit. */
  allowDestructive: boolean;
  /** Files (paths as read on the host) a verified PR approval covers for exactly their bytes. */
  approvedPaths?: ReadonlySet<string>;
  dryRun: boolean;
}

/** File-bound hits can be approved in a pull request; status problems and files we never read cannot. */
export function approvableByPull(hit: GateHit): boolean {
  return hit.reason === "destructive" || hit.reason === "needs-review" || hit.reason === "not-recognised";
}

/** Everything that needs an approval before it runs in a blocking environment. */
export function gateHits(
  migrations: readonly ClassifiedMigration[],
  statusProblems: readonly string[] = [],
): GateHit[] {
  const hits: GateHit[] = [];
  for (const problem of statusProblems)
    hits.push({
      migration: "",
      path: "status output",
      reason: "status",
      why: `the status output could not be read in full (${problem})`,
    });
  for (const m of migrations) {
    const path = m.path ?? m.pending.id;
    if (!m.report) {
      const reason = m.unread ?? "not-found";
      hits.push({
        migration: m.pending.id,
        path,
        reason,
        why: `${path}: ${m.note ?? "its file was not read"}, so it was not analysed`,
      });
      continue;
    }
    for (const finding of m.report.findings) {
      // Acknowledged findings still count: an allow comment explains a change, it does not approve a deploy.
      if (finding.category !== "destructive" && finding.category !== "needs-review") continue;
      // An allow comment that suppresses nothing says nothing about what will run.
      if (finding.rule === "unused-allow") continue;
      hits.push({
        migration: m.pending.id,
        path,
        reason: finding.category,
        why: `${path}:${finding.line} (${finding.rule}, ${finding.category})`,
        finding,
      });
    }
  }
  return hits;
}

function describeHits(hits: readonly GateHit[]): string {
  return hits.map((h) => h.why).join("; ");
}

function kinds(hits: readonly GateHit[]): string {
  const names: Record<HoldReason, string> = {
    destructive: "destructive",
    "needs-review": "needs review (could not be proven safe)",
    "not-found": "file not found on the host",
    "not-recognised": "file not recognised as a migration",
    unmapped: "id maps to no file",
    status: "status output not fully readable",
  };
  return [...new Set(hits.map((h) => names[h.reason]))].join(", ");
}

export function decideGate(input: GateInput): GateDecision {
  if (!input.migrations.length) return { action: "up-to-date", destructive: [], pauseSeconds: 0 };
  const approved = input.approvedPaths ?? new Set<string>();
  const open = input.allowDestructive
    ? []
    : gateHits(input.migrations, input.statusProblems).filter(
        (h) => !(approvableByPull(h) && approved.has(h.path)),
      );
  if (open.length && input.profile.destructive === "block") {
    return {
      action: "blocked",
      destructive: open,
      pauseSeconds: 0,
      message:
        `Pending migrations in ${input.environment || "production"} need an approval (${kinds(open)}): ` +
        `${describeHits(open)}. Nothing ran. To deploy them, review them and re-run the deploy with ` +
        "`allow-destructive: true` (for example from a workflow_dispatch input, behind a protected environment), " +
        "or approve their pull request.",
    };
  }
  if (input.dryRun) return { action: "dry-run", destructive: open, pauseSeconds: 0 };
  if (open.length && input.profile.destructive === "warn") {
    return {
      action: "go",
      destructive: open,
      pauseSeconds: input.profile.pause,
      message:
        `Pending migrations not proven safe (${kinds(open)}) will run in ${input.environment}: ` +
        `${describeHits(open)}. ` +
        `Pausing ${input.profile.pause}s before migrating; cancel the workflow now to stop.`,
    };
  }
  return { action: "go", destructive: open, pauseSeconds: 0 };
}
