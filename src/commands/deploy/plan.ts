// plan: validated settings and who runs the deploy → the supervisor's parameters. Pure.
import { makeDeployId, supervisorParams } from "../../core/deploy/plan.js";
import { PRESETS } from "../../core/deploy/presets.js";
import { NO_MIGRATIONS_TABLE } from "../../core/deploy/status.js";
import type { DeploySettings } from "../../inputs-deploy.js";

/** What the runner says about this run (GITHUB_* variables), read once by the command. */
export interface RunContext {
  now: Date;
  runId: string;
  nonce: string;
  repository: string;
  actor: string;
  ref: string;
  sha: string;
}

export function runContext(env: NodeJS.ProcessEnv, now: Date, nonce: string): RunContext {
  return {
    now,
    nonce,
    runId: env.GITHUB_RUN_ID ?? "",
    repository: env.GITHUB_REPOSITORY ?? "",
    actor: env.GITHUB_ACTOR ?? "",
    ref: env.GITHUB_REF_NAME ?? "",
    sha: env.GITHUB_SHA ?? "",
  };
}

function origin(run: RunContext): string {
  const repo = run.repository || "local";
  const id = run.runId ? `run ${run.runId}` : "no run id";
  const actor = run.actor ? ` by ${run.actor}` : "";
  return `${repo} ${id}${actor}`.replace(/[^\w ./@:#-]/g, "");
}

export function planDeploy(settings: DeploySettings, run: RunContext): Record<string, string> {
  return supervisorParams({
    deployId: makeDeployId(run.now, run.runId || "local", run.nonce),
    appDir: settings.appDir,
    environment: settings.environment,
    framework: settings.framework,
    database: settings.database,
    runPrefix: settings.runPrefix,
    appEnv: settings.appEnv,
    updateCommand: settings.updateCommand,
    statusCommands: settings.statusCommands,
    migrateCommand: settings.migrateCommand,
    ...(settings.runner ? { runner: settings.runner } : {}),
    timeout: settings.timeout,
    lockTimeoutMs: settings.lockTimeoutMs,
    ...(settings.statementTimeoutMs !== undefined ? { statementTimeoutMs: settings.statementTimeoutMs } : {}),
    lockWait: settings.timeout + 300,
    decisionWait: settings.profile.pause + 300,
    origin: origin(run),
    ref: run.ref,
    sha: run.sha,
    // Custom status/migrate commands still come with the framework's database reader.
    ...(settings.database === "postgresql" && PRESETS[settings.framework].dbconfig
      ? { dbconfigCommand: PRESETS[settings.framework].dbconfig }
      : {}),
    ...(NO_MIGRATIONS_TABLE[settings.framework]
      ? { noMigrationsTableStatus: NO_MIGRATIONS_TABLE[settings.framework] }
      : {}),
    backup: settings.backup,
    onFailure: settings.onFailure,
    preMigrateCommand: settings.preMigrateCommand,
    postMigrateCommand: settings.postMigrateCommand,
    ...(settings.health.upUrl || settings.health.healthUrl ? { healthTimeout: settings.health.timeout } : {}),
  });
}
