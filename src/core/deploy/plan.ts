// The parameters the host-side supervisor receives, built from validated settings. They travel as
// NUL-terminated `MG_NAME=value` records on stdin, never as a command string.
import type { DeployFramework, OneBootRunner } from "./presets.js";

export interface SupervisorPlan {
  deployId: string;
  appDir: string;
  environment: string;
  framework: DeployFramework;
  database: string;
  runPrefix: readonly string[];
  /** `NAME=value` records the supervisor exports for the app's commands (the `env` input). */
  appEnv?: readonly string[];
  updateCommand: string;
  statusCommands: readonly (readonly string[])[];
  migrateCommand: readonly string[];
  /** Seconds. */
  timeout: number;
  /** Milliseconds. */
  lockTimeoutMs: number;
  /** Milliseconds; undefined: the deadline. */
  statementTimeoutMs?: number;
  /** Seconds a second deploy waits for the lock before failing. */
  lockWait: number;
  /** Seconds the supervisor waits for the gate decision before stopping. */
  decisionWait: number;
  /** Describes who runs the deploy, for the lock holder message (repository, run, actor). */
  origin: string;
  ref: string;
  sha: string;
  /** Prints the app's database connection (presets.ts); empty: the host's libpq defaults. */
  dbconfigCommand?: readonly string[];
  /** One app boot for settings, status and migrate (built-in Rails/Django presets); the commands stay the fallback. */
  runner?: OneBootRunner;
  /** The framework's exact "no migrations table yet" line: the one failed status the worker may go on after. */
  noMigrationsTableStatus?: string;
  backup?: {
    mode: "always" | "never";
    dir: string;
    keep: number;
    command: string;
    restoreCommand: string;
  };
  onFailure?: "restore" | "none";
  preMigrateCommand?: string;
  postMigrateCommand?: string;
  /** Seconds the action may take to judge health after migrating; undefined: no health check. */
  healthTimeout?: number;
}

function words(argv: readonly string[]): string {
  for (const w of argv) {
    if (w.includes("\n") || w.includes("\0"))
      throw new Error(`argv word ${JSON.stringify(w)} holds a newline or NUL`);
  }
  return argv.join("\n");
}

export function supervisorParams(plan: SupervisorPlan): Record<string, string> {
  const params: Record<string, string> = {
    MG_MODE: "deploy",
    MG_DEPLOY_ID: plan.deployId,
    MG_APP_DIR: plan.appDir,
    MG_ENVIRONMENT: plan.environment,
    MG_DATABASE: plan.database,
    MG_RUN_PREFIX: words(plan.runPrefix),
    MG_UPDATE_COMMAND: plan.updateCommand,
    MG_MIGRATE: words(plan.migrateCommand),
    MG_TIMEOUT: String(Math.ceil(plan.timeout)),
    MG_LOCK_TIMEOUT: String(Math.round(plan.lockTimeoutMs)),
    MG_LOCK_WAIT: String(Math.ceil(plan.lockWait)),
    MG_DECISION_WAIT: String(Math.ceil(plan.decisionWait)),
    MG_ORIGIN: plan.origin,
    MG_REF: plan.ref,
    MG_SHA: plan.sha,
  };
  if (plan.appEnv?.length) params.MG_APP_ENV = words(plan.appEnv);
  if (plan.dbconfigCommand?.length) params.MG_DBCONFIG = words(plan.dbconfigCommand);
  if (plan.runner) {
    params.MG_RUNNER = words(plan.runner.argv);
    params.MG_RUNNER_KIND = plan.runner.kind;
  }
  if (plan.noMigrationsTableStatus) params.MG_STATUS_NO_TABLE = plan.noMigrationsTableStatus;
  if (plan.backup) {
    params.MG_BACKUP = plan.backup.mode;
    params.MG_BACKUP_KEEP = String(plan.backup.keep);
    if (plan.backup.dir) params.MG_BACKUP_DIR = plan.backup.dir;
    if (plan.backup.command) params.MG_BACKUP_COMMAND = plan.backup.command;
    if (plan.backup.restoreCommand) params.MG_RESTORE_COMMAND = plan.backup.restoreCommand;
  }
  if (plan.onFailure) params.MG_ON_FAILURE = plan.onFailure;
  if (plan.preMigrateCommand) params.MG_PRE_MIGRATE_COMMAND = plan.preMigrateCommand;
  if (plan.postMigrateCommand) params.MG_POST_MIGRATE_COMMAND = plan.postMigrateCommand;
  if (plan.healthTimeout !== undefined) {
    params.MG_HEALTH = "true";
    params.MG_HEALTH_TIMEOUT = String(Math.ceil(plan.healthTimeout));
  }
  if (plan.statementTimeoutMs !== undefined)
    params.MG_STATEMENT_TIMEOUT = String(Math.round(plan.statementTimeoutMs));
  plan.statusCommands.slice(0, 3).forEach((argv, i) => (params[`MG_STATUS_${i + 1}`] = words(argv)));
  return params;
}

/** NUL-terminated records, closed by an empty record. Values with NUL cannot be sent and are refused. */
export function encodeParams(params: Readonly<Record<string, string>>): string {
  let out = "";
  for (const [name, value] of Object.entries(params)) {
    if (!/^MG_[A-Z0-9_]+$/.test(name)) throw new Error(`bad parameter name ${name}`);
    if (value.includes("\0")) throw new Error(`parameter ${name} holds a NUL byte`);
    out += `${name}=${value}\0`;
  }
  return out + "\0";
}

/** A deploy id the supervisor accepts: time, run and a random part, `[A-Za-z0-9._-]`. */
export function makeDeployId(now: Date, runId: string, random: string): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  const run = runId.replace(/[^A-Za-z0-9]/g, "").slice(0, 20) || "local";
  return `${stamp}-${run}-${random.replace(/[^A-Za-z0-9]/g, "").slice(0, 12)}`;
}
