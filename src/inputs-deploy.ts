// Every input of `command: deploy` and `command: status`, read and validated here into one immutable
// DeploySettings. Errors name the input, the value and the fix. The key is masked before anything else.
import * as core from "@actions/core";
import {
  environmentNames,
  environmentProfile,
  parseDuration,
  type EnvironmentProfile,
} from "./core/config.js";
import { ArgvError, splitArgv } from "./core/deploy/argv.js";
import {
  DEPLOY_FRAMEWORKS,
  PRESETS,
  type DeployFramework,
  type OneBootRunner,
} from "./core/deploy/presets.js";
import type { Database } from "./core/types.js";
import {
  approvalKeyInput,
  booleanInput,
  githubRepository,
  input,
  InputError,
  InputProblems,
  oneOf,
  requiredInput,
  type CommonSettings,
} from "./inputs.js";
import type { ApprovalLookup } from "./core/deploy/pr-approval.js";
import { hostInput, jumpHostInput, knownHostsInput, port, privateKeyInput, userInput } from "./inputs-ssh.js";

export interface BackupSettings {
  readonly mode: "always" | "never";
  readonly dir: string;
  readonly keep: number;
  readonly command: string;
  readonly restoreCommand: string;
}

export interface HealthSettings {
  readonly upUrl: string;
  readonly healthUrl: string;
  readonly from: "runner" | "host";
  /** Seconds. */
  readonly timeout: number;
}

export interface PromotionSettings {
  readonly requireAppliedIn: readonly string[];
  /** `skip-promotion-check: true`: the check is waived for this deploy, and the summary says so. */
  readonly skip: boolean;
  /** Where the record lives (GitHub's Deployments API); the token may be "" (then nothing is recorded). */
  readonly github: { token: string; apiUrl: string; owner: string; repo: string; ref: string };
  /** This run's page, recorded with what it applied. */
  readonly runUrl: string;
}

export interface DeploySettings {
  readonly command: "deploy" | "status";
  readonly environment: string;
  readonly profile: EnvironmentProfile;
  readonly database: Database;
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly privateKey: string;
  readonly knownHosts: string;
  readonly jumpHost?: string;
  readonly appDir: string;
  readonly framework: DeployFramework;
  readonly runPrefix: readonly string[];
  readonly updateCommand: string;
  readonly statusCommands: readonly (readonly string[])[];
  readonly migrateCommand: readonly string[];
  /** The preset's one-boot runner, when neither status-command nor migrate-command replaces the preset's. */
  readonly runner?: OneBootRunner;
  /** Seconds: the migration deadline (input, else the environment profile). */
  readonly timeout: number;
  readonly lockTimeoutMs: number;
  readonly statementTimeoutMs?: number;
  readonly allowDestructive: boolean;
  /**
   * Destructive migrations may run in a blocking environment when the merged PR that brought each one was
   * approved through the PR check for exactly the bytes on the host.
   */
  readonly prApproval: ApprovalLookup | undefined;
  readonly dryRun: boolean;
  /** Staging first: where each pending migration's bytes must have been applied (input, else the profile). */
  readonly promotion: PromotionSettings;
  readonly backup: BackupSettings;
  readonly onFailure: "restore" | "none";
  readonly preMigrateCommand: string;
  readonly postMigrateCommand: string;
  readonly health: HealthSettings;
  readonly failOnPending: boolean;
  readonly metricsFile: string;
  /** `status`: a folder on the host (node_exporter's textfile collector) that gets the metric file too. */
  readonly metricsDirOnHost: string;
  /** `env`: `NAME=value` for each variable the step passes through to the app's commands on the host. */
  readonly appEnv: readonly string[];
}

function argvInput(name: string): string[] | undefined {
  const text = input(name);
  if (!text) return undefined;
  try {
    return splitArgv(text);
  } catch (error) {
    throw new InputError(
      `Input \`${name}\` ${(error as ArgvError).message}; it is split into words like a shell would (quotes group words, nothing is expanded).`,
    );
  }
}

function durationInput(name: string, fallback: string): number | undefined {
  const text = input(name) || fallback;
  if (!text) return undefined;
  const seconds = parseDuration(text);
  if (seconds === undefined) {
    throw new InputError(
      `Input \`${name}\` must be a duration like \`300\`, \`90s\`, \`5m\` or \`1h\`; got ${JSON.stringify(text)}.`,
    );
  }
  return seconds;
}

/** PostgreSQL's limit for lock_timeout and statement_timeout (an int of milliseconds). */
export const PG_MAX_TIMEOUT_MS = 2147483647;

/**
 * A duration that becomes a deadline on the host or a PostgreSQL timeout: checked against the real limits
 * here, before anything connects (PostgreSQL refuses the connection for an out-of-range statement_timeout,
 * and bash arithmetic cannot take `1e+21`). `ms`: the value is sent in milliseconds, whole ones.
 */
function boundedDuration(name: string, seconds: number, unit: "s" | "ms"): number {
  const max = unit === "ms" ? PG_MAX_TIMEOUT_MS / 1000 : Math.floor(PG_MAX_TIMEOUT_MS / 1000);
  const whole = unit === "ms" ? Number.isInteger(Math.round(seconds * 1e6) / 1e3) : Number.isInteger(seconds);
  if (!whole || seconds < (unit === "ms" ? 0.001 : 1) || seconds > max) {
    throw new InputError(
      `Input \`${name}\` must be ${unit === "ms" ? "whole milliseconds from 0.001 s" : "whole seconds from 1 s"} up to ${max} s (PostgreSQL's limit is ${PG_MAX_TIMEOUT_MS} ms, about 24.8 days); got ${seconds} s. Use a value like \`300\`, \`90s\`, \`5m\` or \`1h\`.`,
    );
  }
  return seconds;
}

function urlInput(name: string): string {
  const text = input(name);
  if (!text) return "";
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
    throw new InputError(
      `Input \`${name}\` must be an http:// or https:// URL, e.g. \`https://app.example.com/up\`; got ${JSON.stringify(text)}.`,
    );
  }
  return text;
}

function environmentInput(command: "deploy" | "status"): string {
  const environment =
    command === "deploy"
      ? requiredInput("environment", "for `deploy`: it selects the profile (timeout, destructive policy)")
      : input("environment") || "production";
  if (!/^[A-Za-z0-9_.-]+$/.test(environment)) {
    throw new InputError(
      `Input \`environment\` must be a name of letters, digits, \`.\`, \`_\` or \`-\`; got ${JSON.stringify(environment)}.`,
    );
  }
  return environment;
}

/** A folder on the host: `~/` and relative paths are under the home directory, where the supervisor runs. */
function hostPathInput(name: string, required: string | undefined): string {
  const path = required === undefined ? input(name) : requiredInput(name, required);
  if (required !== undefined && !path.startsWith("/") && !path.startsWith("~/")) {
    throw new InputError(
      `Input \`${name}\` must be an absolute path on the host (or start with \`~/\`); got ${JSON.stringify(path)}.`,
    );
  }
  if (/[\0\r\n]/.test(path))
    throw new InputError(`Input \`${name}\` must be one path on the host, without line breaks.`);
  return path.startsWith("~/") ? path.slice(2) : path;
}

/** Variables the supervisor's own shell reads, or that would change what every command on the host runs. */
const RESERVED_ENV =
  /^(MG_.*|IFS|PATH|HOME|SHELL|ENV|BASH_ENV|BASH_.*|SHELLOPTS|BASHOPTS|PS4|LD_.*|DYLD_.*)$/;

/**
 * `env`: names of variables in the step's environment (where `${{ secrets.X }}` lands), passed through to the
 * app's commands on the host, like appleboy/ssh-action's `envs`. The values travel in the supervisor's
 * parameters (stdin, a file only the deploy user can read), never in a command line or the log.
 */
function appEnvInput(): string[] {
  const names = input("env")
    .split(/[\s,]+/)
    .filter(Boolean);
  const pairs: string[] = [];
  const problems: string[] = [];
  for (const name of new Set(names)) {
    const value = process.env[name];
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || RESERVED_ENV.test(name))
      problems.push(
        `${JSON.stringify(name)} is not a name it passes (letters, digits, \`_\`; not the supervisor's own ` +
          "`MG_*` or the shell's `PATH`, `IFS`, `BASH_*`, `LD_*`, ...)",
      );
    else if (value === undefined)
      problems.push(
        `${name} is not set in the step's environment (set it under the step's \`env:\`, e.g. ` +
          `\`${name}: \${{ secrets.${name} }}\`)`,
      );
    else if (/[\0\n]/.test(value)) problems.push(`${name}'s value holds a line break (pass one line)`);
    else pairs.push(`${name}=${value}`);
  }
  if (problems.length) throw new InputError(`Input \`env\`: ${problems.join("; ")}.`);
  return pairs;
}

function backupKeepInput(): number {
  const keep = Number(input("backup-keep") || "5");
  if (!Number.isInteger(keep) || keep < 1) {
    throw new InputError(
      `Input \`backup-keep\` must be a whole number of at least 1; got ${JSON.stringify(input("backup-keep"))}.`,
    );
  }
  return keep;
}

/**
 * Every input of the step, each read through `problems`: a run with several bad inputs names them all at once
 * and connects to nothing (problems.done() throws before the settings exist).
 */
export function readDeploySettings(common: CommonSettings): DeploySettings {
  const command = common.command === "status" ? "status" : "deploy";
  // Masked first: if any later validation fails, the key still never reaches the log.
  const rawKey = core.getInput("ssh-key");
  if (rawKey.trim()) {
    core.setSecret(rawKey);
    for (const line of rawKey.split(/\r?\n/)) if (line.trim().length >= 8) core.setSecret(line.trim());
  }
  const problems = new InputProblems();
  const environment = problems.read(() => environmentInput(command), "production");
  const host = problems.read(() => hostInput(input, command), "");
  const user = problems.read(() => userInput(input, command), "");
  const privateKey = problems.read(() => privateKeyInput(command, rawKey), "");
  // Without a valid host, the known-hosts message would name "" as the host: it waits for one.
  const knownHosts = host ? problems.read(() => knownHostsInput(input, host), "") : "";
  const appDir = problems.read(() => hostPathInput("app-dir", `for \`${command}\``), "");
  const framework = problems.read(
    () => oneOf<DeployFramework>("framework", DEPLOY_FRAMEWORKS, "" as DeployFramework),
    // Only so the other inputs are still read: done() throws before a fallback is used.
    "rails",
  );
  const preset = PRESETS[framework];
  const statusOverride = problems.read(() => argvInput("status-command"), undefined);
  const migrateOverride = problems.read(() => argvInput("migrate-command"), undefined);
  const profile = environmentProfile(common.config, environment);
  // The migration deadline is also its default statement_timeout (in ms): both limits apply.
  const timeout = problems.read(
    () => boundedDuration("timeout", durationInput("timeout", "") ?? profile.timeout, "s"),
    profile.timeout,
  );
  const lockTimeout = problems.read(
    () => boundedDuration("lock-timeout", durationInput("lock-timeout", "5s")!, "ms"),
    5,
  );
  const statementTimeout = problems.read(() => {
    const seconds = durationInput("statement-timeout", "");
    return seconds === undefined ? undefined : boundedDuration("statement-timeout", seconds, "ms");
  }, undefined);
  const backup = Object.freeze({
    mode: problems.read(() => oneOf("backup", ["always", "never"] as const, "always"), "always"),
    dir: problems.read(() => hostPathInput("backup-dir", undefined), ""),
    keep: problems.read(backupKeepInput, 5),
    command: input("backup-command"),
    restoreCommand: input("restore-command"),
  });
  const health = Object.freeze({
    upUrl: problems.read(() => urlInput("up-url"), ""),
    healthUrl: problems.read(() => urlInput("health-url"), ""),
    from: problems.read(() => oneOf("health-from", ["runner", "host"] as const, "runner"), "runner"),
    timeout: problems.read(
      () => boundedDuration("health-timeout", durationInput("health-timeout", "60s")!, "s"),
      60,
    ),
  });
  const settings: DeploySettings = {
    command,
    environment,
    profile,
    database: common.config.database,
    host,
    port: problems.read(() => port("port", input("port") || "22"), 22),
    user,
    privateKey,
    knownHosts,
    jumpHost: problems.read(() => jumpHostInput(input), undefined),
    appDir,
    framework,
    runPrefix: problems.read(() => argvInput("run-prefix"), undefined) ?? [],
    updateCommand: input("update-command"),
    statusCommands: statusOverride ? [statusOverride] : preset.status,
    migrateCommand: migrateOverride ?? preset.migrate,
    ...(preset.runner && !statusOverride && !migrateOverride ? { runner: preset.runner } : {}),
    timeout,
    lockTimeoutMs: lockTimeout * 1000,
    ...(statementTimeout !== undefined ? { statementTimeoutMs: statementTimeout * 1000 } : {}),
    allowDestructive: problems.read(() => booleanInput("allow-destructive", false), false),
    prApproval: problems.read(() => booleanInput("trust-pr-approval", true), false)
      ? problems.read(() => prApprovalLookup(common.token), undefined)
      : undefined,
    dryRun: problems.read(() => booleanInput("dry-run", false), false),
    promotion: problems.read(
      () => promotionSettings(common.token, profile),
      undefined as unknown as PromotionSettings,
    ),
    backup,
    onFailure: problems.read(() => oneOf("on-failure", ["restore", "none"] as const, "restore"), "restore"),
    preMigrateCommand: input("pre-migrate-command"),
    postMigrateCommand: input("post-migrate-command"),
    health,
    failOnPending: problems.read(() => booleanInput("fail-on-pending", false), false),
    metricsFile: input("metrics-file"),
    metricsDirOnHost: problems.read(() => hostPathInput("metrics-dir-on-host", undefined), ""),
    appEnv: problems.read(appEnvInput, []),
  };
  // Fails closed: nothing above is used while any input was bad.
  problems.done();
  return Object.freeze(settings);
}

function promotionSettings(token: string, profile: EnvironmentProfile): PromotionSettings {
  const text = input("require-applied-in");
  const required = text ? environmentNames(text) : (profile.requireAppliedIn ?? []);
  if (!required)
    throw new InputError(
      `Input \`require-applied-in\` must be environment names separated by commas or spaces; got ${JSON.stringify(text)}.`,
    );
  const { apiUrl, owner, repo } = githubRepository();
  const server = process.env.GITHUB_SERVER_URL || "https://github.com";
  const run = process.env.GITHUB_RUN_ID;
  return Object.freeze({
    requireAppliedIn: required,
    skip: booleanInput("skip-promotion-check", false),
    github: { token, apiUrl, owner, repo, ref: process.env.GITHUB_SHA ?? "" },
    runUrl: run && owner ? `${server}/${owner}/${repo}/actions/runs/${run}` : "",
  });
}

/** From the runner's environment; a missing piece leaves the lookup to say so when it is needed. */
function prApprovalLookup(token: string): ApprovalLookup {
  const { apiUrl, owner, repo } = githubRepository();
  return { token, apiUrl, owner, repo, ref: process.env.GITHUB_SHA ?? "", key: approvalKeyInput() };
}
