// report: the run's outcome → the step's outputs, its summary and its result (the one place it fails).
import * as core from "@actions/core";
import { renderRunbook, runbookState } from "../../core/deploy/backup.js";
import type { ClassifiedMigration, GateDecision } from "../../core/deploy/gate.js";
import type { HealthCheckResult } from "../../core/deploy/health.js";
import { emptyJournal, type Journal } from "../../core/deploy/protocol.js";
import type { StatusReport } from "../../core/deploy/status.js";
import { renderDeploySummary } from "../../core/deploy/summary.js";
import type { DeploySettings } from "../../inputs-deploy.js";
import { recordMigrate } from "../../adapters/deployments.js";
import { migrateRecord } from "../../core/deploy/promotion.js";

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

export interface DeployResult {
  journal: Journal;
  result: string;
  message: string | undefined;
  rolledBack: boolean;
  /** The ids of the migrations the deploy applied (and kept). */
  applied: string[];
}

/** The result of a run, from what the host said and what the runner learnt. Pure. */
export function deployResult(outcome: RunOutcome | undefined, failure: unknown): DeployResult {
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
  return { journal, result, message, rolledBack, applied };
}

/** What the deploy records in GitHub's Deployments API (only after a `go`: otherwise nothing ran). */
export async function recordDeploy(
  settings: DeploySettings,
  outcome: RunOutcome | undefined,
  failure: unknown,
): Promise<string[]> {
  if (!outcome?.migrations.length || outcome.gate?.action !== "go") return [];
  if (!settings.promotion.github.token) {
    // Nothing to record with: said in the log only; a deploy that requires this environment blocks, saying why.
    core.info(`Not recorded as a \`migrate\` deployment of ${settings.environment}: no \`token\` was given.`);
    return [];
  }
  const { result, applied } = deployResult(outcome, failure);
  const record = migrateRecord(settings.environment, settings.promotion.runUrl, outcome.migrations, applied);
  const state = result === "migrated" ? "success" : "failure";
  const why = await recordMigrate(settings.promotion.github, record, state, `Migration Guard: ${result}`);
  if (!why) {
    core.info(
      `Recorded the ${settings.environment} deploy (${applied.length} applied, ${state}) as a \`migrate\` deployment.`,
    );
    return [];
  }
  const text = `This deploy was not recorded as a \`migrate\` deployment of ${settings.environment} (${why}): a deploy that requires these migrations applied in ${settings.environment} first will be blocked.`;
  core.warning(text, { title: "Deploy not recorded" });
  return [text];
}

/**
 * `outcome` is undefined when a phase failed (`failure`): the deploy is then reported as failed with that
 * error, whatever the host said.
 */
export async function reportDeploy(
  settings: DeploySettings,
  outcome: RunOutcome | undefined,
  failure: unknown,
  recordNotes: readonly string[] = [],
): Promise<void> {
  const { journal, result, message, rolledBack, applied } = deployResult(outcome, failure);
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
        ...recordNotes,
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
