// report: the run's outcome → the step's outputs, its summary and its result (the one place it fails).
import * as core from "@actions/core";
import { renderRunbook, runbookState } from "../../core/deploy/backup.js";
import type { ClassifiedMigration, GateDecision } from "../../core/deploy/gate.js";
import type { HealthCheckResult } from "../../core/deploy/health.js";
import { emptyJournal, type Journal } from "../../core/deploy/protocol.js";
import type { StatusReport } from "../../core/deploy/status.js";
import { renderDeploySummary } from "../../core/deploy/summary.js";
import type { DeploySettings } from "../../inputs-deploy.js";

/** What one deploy learnt, phase by phase: plain data, read by the report. */
export interface RunOutcome {
  journal: Journal;
  before?: StatusReport;
  after?: StatusReport;
  health?: HealthCheckResult[];
  migrations: ClassifiedMigration[];
  gate?: GateDecision;
  notes: string[];
}

function appliedIds(outcome: RunOutcome, result: string): string[] {
  const pending = outcome.before?.pending.map((p) => p.id) ?? [];
  if (result === "migrated") return pending;
  if (!outcome.after) return [];
  const stillPending = new Set(outcome.after.pending.map((p) => p.id));
  return pending.filter((id) => !stillPending.has(id));
}

/**
 * `outcome` is undefined when a phase failed (`failure`): the deploy is then reported as failed with that
 * error, whatever the host said.
 */
export async function reportDeploy(
  settings: DeploySettings,
  outcome: RunOutcome | undefined,
  failure: unknown,
): Promise<void> {
  const journal = outcome?.journal ?? emptyJournal();
  let result = journal.result ?? "failed";
  if (!journal.ended && outcome) result = "failed";
  const message =
    failure instanceof Error
      ? failure.message
      : result === "blocked"
        ? outcome?.gate?.message
        : journal.message ||
          (!journal.ended && outcome
            ? "Lost the connection to the host before the deploy finished; see the journal on the host."
            : undefined);
  const rolledBack = result === "rolled-back";
  const applied = outcome && !rolledBack ? appliedIds(outcome, result) : [];
  const noBackupInProduction =
    settings.backup.mode === "never" && settings.profile.destructive === "block" && !settings.dryRun;
  if (noBackupInProduction && outcome?.before?.pending.length) {
    core.warning(
      `backup: never in ${settings.environment}: no backup was taken, so a failed migration cannot be restored by the action.`,
    );
  }

  core.setOutput("result", result);
  core.setOutput("pending-count", String(outcome?.before?.pending.length ?? 0));
  core.setOutput("applied", JSON.stringify(applied));
  core.setOutput("backup-path", journal.backup?.path ?? "");
  core.setOutput("backup-paths", JSON.stringify(journal.backups.map((b) => b.path)));
  core.setOutput("rolled-back", String(rolledBack));

  if (process.env.GITHUB_STEP_SUMMARY) {
    const markdown = renderDeploySummary({
      title: "Migration Guard deploy",
      result,
      environment: settings.environment,
      target: `${settings.user}@${settings.host}:${settings.port}`,
      appDir: settings.appDir,
      ...(journal.deployId ? { deployId: journal.deployId } : {}),
      ...(message ? { message } : {}),
      phases: journal.phases,
      migrations: outcome?.migrations ?? [],
      ahead: outcome?.before?.ahead ?? [],
      destructive: outcome?.gate?.destructive ?? [],
      applied,
      timeout: settings.timeout,
      ...(journal.backup ? { backup: journal.backup, backups: journal.backups } : {}),
      ...(journal.backupCheck ? { backupCheck: journal.backupCheck } : {}),
      ...(outcome?.health ? { health: outcome.health } : {}),
      ...(["failed", "timed-out", "rolled-back"].includes(result) && journal.deployId
        ? {
            runbook: renderRunbook({
              result,
              target: { user: settings.user, host: settings.host, port: settings.port },
              appDir: settings.appDir,
              runPrefix: settings.runPrefix,
              statusCommands: settings.statusCommands,
              backups: journal.backups.map((b) => ({
                path: b.path,
                sha256: b.sha256,
                connection: b.connection,
                database: b.database,
              })),
              ...(settings.backup.restoreCommand ? { restoreCommand: settings.backup.restoreCommand } : {}),
              ...(journal.journalPath ? { journal: journal.journalPath } : {}),
              ...runbookState(journal),
              rolledBack,
            }),
          }
        : {}),
      notes: [
        ...(outcome?.notes ?? []),
        ...journal.notes,
        ...(noBackupInProduction
          ? [
              `No backup: \`backup: never\` was set for ${settings.environment}; a failed migration cannot be restored.`,
            ]
          : []),
        ...(journal.terminated
          ? [`${journal.terminated} database session(s) of the migration were ended at the deadline.`]
          : []),
        ...(settings.dryRun
          ? ["Dry run: pending migrations were detected and gated, nothing was migrated."]
          : []),
      ],
    });
    await core.summary.addRaw(markdown).write();
  }

  if (failure) throw failure;
  if (rolledBack) throw new Error(`Rolled back: ${message ?? "the database was restored from the backup."}`);
  if (result === "timed-out") {
    // The supervisor's message already says so, with what became of the database; do not say it twice.
    throw new Error(
      journal.message ||
        `The migration passed its ${settings.timeout}s deadline; the supervisor stopped its processes.`,
    );
  }
  // Success by inclusion: only the known good results pass; anything else (blocked, failed, a result this
  // version does not know) fails the step.
  const passing = settings.dryRun ? ["up-to-date", "migrated", "dry-run"] : ["up-to-date", "migrated"];
  if (!passing.includes(result)) throw new Error(message ?? `The deploy ended with result ${result}.`);
  core.info(`Deploy result: ${result}`);
}
