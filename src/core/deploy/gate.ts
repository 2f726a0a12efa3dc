// The gate between "what is pending" and "migrate": destructive migrations stop in an environment whose
// profile blocks them unless the deploy says `allow-destructive: true`; a `warn` profile warns and pauses.
import type { EnvironmentProfile } from "../config.js";
import type { FileReport, Finding } from "../types.js";
import type { PendingMigration } from "./status.js";

export interface ClassifiedMigration {
  pending: PendingMigration;
  /** The file read from the host's app dir, when one was found. */
  path?: string;
  report?: FileReport;
  /** git blob id of the file as read on the host: what a PR approval is matched against. */
  blob?: string;
  /** Why there is no report (file not in the app dir, not a migration we can read...). */
  note?: string;
}

export interface DestructiveHit {
  migration: string;
  path: string;
  finding: Finding;
}

export type GateAction = "up-to-date" | "go" | "blocked" | "dry-run";

export interface GateDecision {
  action: GateAction;
  destructive: DestructiveHit[];
  /** Seconds to wait (after the warnings) before going on; 0 for none. */
  pauseSeconds: number;
  /** The error or warning to show, naming the migrations and lines and how to approve. */
  message?: string;
}

export interface GateInput {
  environment: string;
  profile: EnvironmentProfile;
  migrations: readonly ClassifiedMigration[];
  allowDestructive: boolean;
  dryRun: boolean;
}

export function destructiveHits(migrations: readonly ClassifiedMigration[]): DestructiveHit[] {
  const hits: DestructiveHit[] = [];
  for (const m of migrations) {
    for (const finding of m.report?.findings ?? []) {
      // Acknowledged findings still count: an allow comment explains a change, it does not approve a deploy.
      if (finding.category === "destructive")
        hits.push({ migration: m.pending.id, path: m.path ?? m.pending.id, finding });
    }
  }
  return hits;
}

function describeHits(hits: readonly DestructiveHit[]): string {
  return hits.map((h) => `${h.path}:${h.finding.line} (${h.finding.rule})`).join(", ");
}

export function decideGate(input: GateInput): GateDecision {
  if (!input.migrations.length) return { action: "up-to-date", destructive: [], pauseSeconds: 0 };
  const destructive = destructiveHits(input.migrations);
  if (destructive.length && input.profile.destructive === "block" && !input.allowDestructive) {
    return {
      action: "blocked",
      destructive,
      pauseSeconds: 0,
      message:
        `Destructive migrations are pending in ${input.environment || "production"} and were not approved: ` +
        `${describeHits(destructive)}. Nothing ran. To deploy them, review the findings and re-run the deploy ` +
        "with `allow-destructive: true` (for example from a workflow_dispatch input, behind a protected environment).",
    };
  }
  if (input.dryRun) return { action: "dry-run", destructive, pauseSeconds: 0 };
  if (destructive.length && input.profile.destructive === "warn") {
    return {
      action: "go",
      destructive,
      pauseSeconds: input.profile.pause,
      message:
        `Destructive migrations will run in ${input.environment}: ${describeHits(destructive)}. ` +
        `Pausing ${input.profile.pause}s before migrating; cancel the workflow now to stop.`,
    };
  }
  return { action: "go", destructive, pauseSeconds: 0 };
}
