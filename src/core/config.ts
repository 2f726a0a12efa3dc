// `.github/migration-guard.yml`: parsed from text and validated here, so every front end gets the same errors.
import { parse as parseYaml } from "yaml";
import { validate as compiledValidate } from "./config-validator.generated.js";
import { globProblem } from "./glob.js";
import {
  ConfigError,
  DEFAULT_ENVIRONMENTS,
  defaultConfig,
  type Config,
  type DestructivePolicy,
  type EnvironmentProfile,
  type RuleSetting,
} from "./config-defaults.js";
import { FRAMEWORK_IDS, type Database, type FrameworkId } from "./types.js";

/** ajv's standalone validator: a function that leaves its errors on itself. */
const schemaValidate = compiledValidate as unknown as ((data: unknown) => boolean) & {
  errors?: { instancePath: string; message?: string; params?: Record<string, unknown> }[] | null;
};

// Everything else about the config lives there, and is this module's too.
export * from "./config-defaults.js";

const DATABASES: readonly Database[] = ["postgresql", "mysql", "sqlite"];
const SETTINGS: readonly RuleSetting[] = ["error", "warning", "notice", "off"];
const FRAMEWORKS: readonly FrameworkId[] = FRAMEWORK_IDS;

/** "90", "90s", "5m", "1h30m" → seconds. */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isFinite(value) && value > 0) return value;
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) > 0 ? Number(text) : undefined;
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text);
  if (!m || text === "") return undefined;
  const seconds = Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
  return seconds > 0 ? seconds : undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Globs at `where`, each compiled once here so a pattern that cannot match as written is an error now. */
function globList(v: unknown, where: string, problems: string[]): string[] | undefined {
  const list = typeof v === "string" ? [v] : v;
  if (!Array.isArray(list) || !list.every((x) => typeof x === "string" && x.length > 0)) {
    problems.push(`${where} must be a glob or a list of globs, got ${JSON.stringify(v)}`);
    return undefined;
  }
  let ok = true;
  list.forEach((glob: string, i) => {
    const key = typeof v === "string" ? where : `${where}[${i}]`;
    const problem = globProblem(glob);
    if (problem) {
      ok = false;
      problems.push(
        `${key} is ${JSON.stringify(glob)}, which is not a valid glob (${problem}); escape a literal ` +
          "bracket with a backslash, or close it",
      );
    } else if (glob.startsWith("/") || glob.startsWith("./")) {
      ok = false;
      problems.push(
        `${key} is ${JSON.stringify(glob)}; globs match paths relative to the repository root, without a ` +
          `leading "${glob.startsWith("/") ? "/" : "./"}"`,
      );
    }
  });
  return ok ? (list as string[]) : undefined;
}

function checkKeys(
  obj: Record<string, unknown>,
  allowed: readonly string[],
  where: string,
  problems: string[],
): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) {
      problems.push(`unknown key "${key}" in ${where}; expected one of: ${allowed.join(", ")}`);
    }
  }
}

/**
 * Parses and validates the config text. `knownRules` lets the caller reject typos in rule ids.
 * An empty text gives the defaults. Throws one ConfigError that lists every problem found.
 */
export function parseConfig(
  text: string,
  source = ".github/migration-guard.yml",
  knownRules?: readonly string[],
): Config {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new ConfigError(source, [`is not valid YAML: ${(error as Error).message.split("\n")[0]}`]);
  }
  if (raw === null || raw === undefined) return defaultConfig();
  if (!isRecord(raw))
    throw new ConfigError(source, [
      "must be a mapping of settings (database, paths, exclude, rules, environments)",
    ]);
  const problems: string[] = [];
  checkKeys(raw, ["database", "paths", "exclude", "rules", "environments"], "the top level", problems);

  const config = defaultConfig();
  if (raw.database !== undefined) {
    if (!DATABASES.includes(raw.database as Database)) {
      problems.push(`database must be one of ${DATABASES.join(", ")}, got ${JSON.stringify(raw.database)}`);
    } else config.database = raw.database as Database;
  }
  if (raw.paths !== undefined) {
    if (!isRecord(raw.paths))
      problems.push(
        'paths must map a framework id to globs, e.g. `rails: ["engines/*/db/migrate/*.rb"]`, or a glob to a ' +
          'framework id, e.g. `"schema/postgresql/**/versioned/**/*.sql": sql`',
      );
    else {
      for (const [key, value] of Object.entries(raw.paths)) {
        if (FRAMEWORKS.includes(key as FrameworkId)) {
          const list = globList(value, `paths.${key}`, problems);
          if (list) config.paths[key as FrameworkId] = [...(config.paths[key as FrameworkId] ?? []), ...list];
        } else if (typeof value === "string" && FRAMEWORKS.includes(value as FrameworkId)) {
          // The other spelling: one glob (the key) → one framework (the value).
          const list = globList(key, `paths[${JSON.stringify(key)}]`, problems);
          if (list)
            config.paths[value as FrameworkId] = [...(config.paths[value as FrameworkId] ?? []), ...list];
        } else {
          problems.push(
            `paths.${key}: unknown framework; a key is a framework id (${FRAMEWORKS.join(", ")}) mapped to ` +
              `globs, or a glob mapped to one of them, got ${JSON.stringify(value)}`,
          );
        }
      }
    }
  }
  if (raw.exclude !== undefined) {
    const list = globList(raw.exclude, "exclude", problems);
    if (list) config.exclude = list;
  }
  if (raw.rules !== undefined) {
    if (!isRecord(raw.rules)) problems.push("rules must map a rule id to error, warning, notice or off");
    else {
      for (const [id, setting] of Object.entries(raw.rules)) {
        if (knownRules && !knownRules.includes(id)) {
          problems.push(`rules.${id}: no such rule; see docs/rules/ for the list`);
          continue;
        }
        const value = setting === false ? "off" : setting;
        if (!SETTINGS.includes(value as RuleSetting)) {
          problems.push(`rules.${id} must be one of ${SETTINGS.join(", ")}, got ${JSON.stringify(setting)}`);
          continue;
        }
        config.rules[id] = value as RuleSetting;
      }
    }
  }
  if (raw.environments !== undefined) {
    if (!isRecord(raw.environments))
      problems.push("environments must map an environment name to its profile");
    else {
      for (const [name, profile] of Object.entries(raw.environments)) {
        const profileProblems = problems.length;
        if (!isRecord(profile)) {
          problems.push(`environments.${name} must be a mapping (timeout, destructive, pause)`);
          continue;
        }
        checkKeys(
          profile,
          ["timeout", "destructive", "pause", "require-applied-in"],
          `environments.${name}`,
          problems,
        );
        const base = environmentProfile(config, name);
        const timeout = profile.timeout === undefined ? base.timeout : parseDuration(profile.timeout);
        if (timeout === undefined) {
          problems.push(
            `environments.${name}.timeout must be a duration like 300, "90s", "5m" or "1h", got ${JSON.stringify(profile.timeout)}`,
          );
        }
        const pause =
          profile.pause === undefined ? base.pause : profile.pause === 0 ? 0 : parseDuration(profile.pause);
        if (pause === undefined)
          problems.push(
            `environments.${name}.pause must be a duration, got ${JSON.stringify(profile.pause)}`,
          );
        const destructive = profile.destructive ?? base.destructive;
        if (destructive !== "block" && destructive !== "warn") {
          problems.push(
            `environments.${name}.destructive must be block or warn, got ${JSON.stringify(profile.destructive)}`,
          );
        }
        const required =
          profile["require-applied-in"] === undefined
            ? (config.environments[name]?.requireAppliedIn ?? [])
            : environmentNames(profile["require-applied-in"]);
        if (required === undefined)
          problems.push(
            `environments.${name}.require-applied-in must be an environment name or a list of them, got ${JSON.stringify(profile["require-applied-in"])}`,
          );
        if (problems.length === profileProblems && timeout !== undefined && pause !== undefined)
          config.environments[name] = {
            timeout,
            pause,
            destructive: destructive as DestructivePolicy,
            ...(required?.length ? { requireAppliedIn: required } : {}),
          };
      }
    }
  }
  if (problems.length > 0) throw new ConfigError(source, problems);
  // The published schema (docs/config.schema.json, compiled by ajv at build time) is the contract too: a config
  // it rejects never runs, even where a check above let it through. Fails closed. The checks above come first
  // because they say what is wrong in the config's own words; config-schema.test.ts holds the two to the same
  // answers on a corpus, so this line is a backstop, not the usual path.
  if (!schemaValidate(raw)) {
    throw new ConfigError(
      source,
      (schemaValidate.errors ?? []).map(
        (e) =>
          `${e.instancePath ? e.instancePath.slice(1).replace(/\//g, ".") : "the top level"} ${e.message ?? "is invalid"}` +
          (e.params && Object.keys(e.params).length ? ` (${JSON.stringify(e.params)})` : ""),
      ),
    );
  }
  return config;
}

/** What a step's inputs (`database`, `paths`, `exclude`) lay over the config file. */
export interface ConfigOverrides {
  readonly database?: Database;
  readonly paths: Config["paths"];
  readonly exclude: readonly string[];
}

/** The config with the step's inputs over it: their database, their `paths:` globs first, both excludes. */
export function withOverrides(config: Config, overrides: ConfigOverrides): Config {
  const paths: Config["paths"] = { ...config.paths };
  for (const [id, globs] of Object.entries(overrides.paths) as [FrameworkId, string[]][])
    paths[id] = [...new Set([...globs, ...(config.paths[id] ?? [])])];
  return {
    ...config,
    database: overrides.database ?? config.database,
    paths,
    exclude: [...new Set([...config.exclude, ...overrides.exclude])],
  };
}

/** `staging`, `staging, qa` or a YAML list → names; undefined when one is not a plain name. */
export function environmentNames(value: unknown): string[] | undefined {
  const list =
    typeof value === "string"
      ? value.split(/[\s,]+/).filter(Boolean)
      : Array.isArray(value)
        ? value
        : undefined;
  if (!list?.every((n) => typeof n === "string" && /^[A-Za-z0-9_.-]+$/.test(n))) return undefined;
  return [...new Set(list as string[])];
}

/** The profile for an environment name; any unknown name behaves like production. */
export function environmentProfile(config: Config, name: string): EnvironmentProfile {
  return config.environments[name] ?? config.environments.production ?? DEFAULT_ENVIRONMENTS.production;
}

const STRICTNESS: Record<RuleSetting, number> = { off: 0, notice: 1, warning: 2, error: 3 };

/**
 * The stricter of two configs, for judging a change that edits the config itself: every `paths:` entry of
 * either (the new one first), only the `exclude` globs both share, and per rule the stricter setting (an
 * unset rule at its default, from `defaults`). The new config's database; the caller also reads the change
 * under the old config, so a changed database cannot hide anything either.
 */
export function strictestConfig(
  before: Config,
  after: Config,
  defaults: Readonly<Record<string, RuleSetting>>,
): Config {
  const paths: Config["paths"] = {};
  for (const [id, globs] of Object.entries(after.paths) as [FrameworkId, string[]][]) paths[id] = [...globs];
  for (const [id, globs] of Object.entries(before.paths) as [FrameworkId, string[]][])
    paths[id] = [...new Set([...(paths[id] ?? []), ...globs])];
  const rules: Record<string, RuleSetting> = {};
  for (const id of new Set([...Object.keys(before.rules), ...Object.keys(after.rules)])) {
    const a = before.rules[id] ?? defaults[id] ?? "error";
    const b = after.rules[id] ?? defaults[id] ?? "error";
    rules[id] = STRICTNESS[a] >= STRICTNESS[b] ? a : b;
  }
  return {
    ...after,
    paths,
    exclude: after.exclude.filter((g) => before.exclude.includes(g)),
    rules,
  };
}
