// The config's shape, its defaults and its error, without the YAML parser: a run with no config file (the CLI on
// one file) needs only these, and loading them does not load `yaml` (see config.ts for parsing).
import type { Database, FrameworkId, Severity } from "./types.js";

export type RuleSetting = Severity | "off";
export type DestructivePolicy = "block" | "warn";

export interface EnvironmentProfile {
  /** Seconds. */
  timeout: number;
  destructive: DestructivePolicy;
  /** Seconds to pause after warning about destructive migrations when the policy is `warn`. */
  pause: number;
  /** Environments where a pending migration's exact bytes must have been applied first (`require-applied-in`). */
  requireAppliedIn?: string[];
}

export interface Config {
  database: Database;
  /** Globs per framework that override detection by path (content is still parsed by that framework). */
  paths: Partial<Record<FrameworkId, string[]>>;
  /** Globs of files never analysed. */
  exclude: string[];
  rules: Record<string, RuleSetting>;
  environments: Record<string, EnvironmentProfile>;
}

export const DEFAULT_ENVIRONMENTS: Readonly<Record<string, EnvironmentProfile>> = {
  staging: { timeout: 300, destructive: "warn", pause: 10 },
  production: { timeout: 600, destructive: "block", pause: 0 },
};

export const DEFAULT_CONFIG: Config = {
  database: "postgresql",
  paths: {},
  exclude: [],
  rules: {},
  environments: { ...DEFAULT_ENVIRONMENTS },
};

/** Every problem the config has, found in one pass: a user fixes them all at once, not one per run. */
export class ConfigError extends Error {
  constructor(
    public readonly source: string,
    public readonly problems: readonly string[],
  ) {
    super(
      problems.length === 1
        ? `${source}: ${problems[0]}`
        : `${source}: ${problems.length} problems:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
    this.name = "ConfigError";
  }
}

/** The defaults, as \`parseConfig("")\` gives them: a fresh copy the caller may change. */
export function defaultConfig(): Config {
  return structuredClone(DEFAULT_CONFIG);
}
