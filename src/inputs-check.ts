// Every input of `command: check`, read and validated here into one immutable CheckSettings. Errors name the
// input, the value and what was expected. Revisions are checked before they can reach git's argv.
import { isAbsolute, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { ConfigError, parseConfig, type ConfigOverrides } from "./core/config.js";
import { rules } from "./core/rules/index.js";
import { checkRevision, EventError } from "./core/event.js";
import { CATEGORIES } from "./core/verdict.js";
import type { Category } from "./core/types.js";
import {
  approvalKeyInput,
  input,
  InputError,
  InputProblems,
  listInput,
  oneOf,
  type CommonSettings,
} from "./inputs.js";

export type CommentMode = "always" | "on-findings" | "never";

export interface CheckSettings {
  readonly base: string;
  readonly head: string;
  readonly comment: CommentMode;
  /** Absolute path for the SARIF file, or "" for none. */
  readonly sarif: string;
  readonly approvalCategories: readonly Category[];
  readonly approvalLabel: string;
  readonly approvers: readonly string[];
  /** Where the JSON report is written (the `report` output). */
  readonly reportPath: string;
  /** `approval-key`: the secret that signs the approval record for the deploy gate; "" for none. */
  readonly approvalKey: string;
  /** `fail-on`: what fails the step. */
  readonly failOn: FailOn;
  /** `database`, `paths`, `exclude`: laid over the config file (and over the base's, when a PR edits it). */
  readonly configOverrides: ConfigOverrides;
}

/**
 * `database`, `paths` (the config's `paths:` mapping, as YAML) and `exclude` (globs, one per line: a glob may
 * hold a comma), validated by the config's own parser so they mean exactly what the same keys mean in the file.
 */
function configOverridesInput(): ConfigOverrides {
  const database = input("database");
  const pathsText = input("paths");
  const exclude = input("exclude")
    .split("\n")
    .map((g) => g.trim())
    .filter(Boolean);
  let paths: unknown;
  try {
    paths = pathsText ? parseYaml(pathsText) : undefined;
  } catch (error) {
    // Fails closed: a `paths` that cannot be read is a bad input; the step does nothing else.
    throw new InputError(
      `Input \`paths\` is not YAML (${(error as Error).message.split("\n")[0]}); write it like the config's ` +
        "`paths:` key, e.g. `db/sql/**/*.sql: sql` or `rails: engines/*/db/migrate/*.rb`, one per line.",
    );
  }
  const doc = {
    ...(database ? { database } : {}),
    ...(paths !== undefined ? { paths } : {}),
    ...(exclude.length ? { exclude } : {}),
  };
  try {
    // JSON is YAML: the inputs go through the same parser and schema as the file.
    const config = parseConfig(
      JSON.stringify(doc),
      "the step's inputs",
      rules.map((r) => r.id),
    );
    return {
      ...(database ? { database: config.database } : {}),
      paths: config.paths,
      exclude: exclude.length ? config.exclude : [],
    };
  } catch (error) {
    // Fails closed: the config parser's problems become this step's input problems; anything else propagates.
    if (!(error instanceof ConfigError)) throw error;
    throw new InputError(
      `Inputs \`database\`/\`paths\`/\`exclude\`: ${error.problems.join("; ")} (they take the config file's values).`,
    );
  }
}

/**
 * `approval` (the default): the step fails while the approval gate is shut. A category: it fails while an
 * unacknowledged finding of it is present, approved or not. `none`: advisory, findings never fail the step
 * (errors still do, and the deploy gate still holds what was not approved).
 */
export interface FailOn {
  readonly approval: boolean;
  readonly categories: readonly Category[];
}

// GitHub logins: alphanumerics and single hyphens; team slugs: `org/team-slug`.
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const TEAM_SLUG = /^[A-Za-z0-9_.-]+$/;

function revision(name: string): string {
  const value = input(name);
  if (!value) return "";
  try {
    return checkRevision(value, name);
  } catch (error) {
    throw new InputError((error as EventError).message);
  }
}

/** What we could not read needs a person as much as what destroys data: both gate unless the workflow says. */
export const DEFAULT_APPROVAL_CATEGORIES: readonly Category[] = ["destructive", "needs-review"];

function categories(): Category[] {
  const values = listInput("approval-categories");
  if (values.length === 0) return [...DEFAULT_APPROVAL_CATEGORIES];
  for (const value of values) {
    if (!CATEGORIES.includes(value as Category)) {
      throw new InputError(
        `Input \`approval-categories\` lists ${JSON.stringify(value)}, which is not a category; expected a ` +
          `comma-separated list of ${CATEGORIES.map((c) => `\`${c}\``).join(", ")}.`,
      );
    }
  }
  return [...new Set(values as Category[])];
}

function approvers(): string[] {
  const values = listInput("approvers").map((v) => v.replace(/^@/, ""));
  for (const value of values) {
    const parts = value.split("/");
    const ok =
      parts.length === 1
        ? LOGIN.test(value)
        : parts.length === 2 && LOGIN.test(parts[0]) && TEAM_SLUG.test(parts[1]);
    if (!ok) {
      throw new InputError(
        `Input \`approvers\` lists ${JSON.stringify(value)}, which is neither a GitHub login nor an ` +
          "`org/team` slug.",
      );
    }
  }
  return values;
}

function failOn(): FailOn {
  const values = listInput("fail-on");
  if (values.length === 0) return { approval: true, categories: [] };
  if (values.includes("none")) {
    if (values.length > 1)
      throw new InputError(
        `Input \`fail-on\` is ${JSON.stringify(input("fail-on"))}; \`none\` (advisory) cannot be combined with anything.`,
      );
    return { approval: false, categories: [] };
  }
  for (const value of values) {
    if (value !== "approval" && !CATEGORIES.includes(value as Category)) {
      throw new InputError(
        `Input \`fail-on\` lists ${JSON.stringify(value)}; expected \`approval\`, \`none\` or categories ` +
          `(${CATEGORIES.map((c) => `\`${c}\``).join(", ")}), comma-separated.`,
      );
    }
  }
  return {
    approval: values.includes("approval"),
    categories: [...new Set(values.filter((v) => v !== "approval") as Category[])],
  };
}

export function readCheckSettings(common: CommonSettings): CheckSettings {
  const problems = new InputProblems();
  const sarif = input("sarif");
  const approvalLabel = problems.read(() => {
    const label = input("approval-label") || "migrations:approved";
    if (/[\r\n]/.test(label) || label.length > 50) {
      throw new InputError(
        `Input \`approval-label\` is ${JSON.stringify(label)}; a GitHub label is one line of at most 50 characters.`,
      );
    }
    return label;
  }, "");
  const temp = process.env.RUNNER_TEMP || common.workingDirectory;
  const settings: CheckSettings = {
    base: problems.read(() => revision("base"), ""),
    head: problems.read(() => revision("head"), ""),
    comment: problems.read(
      () => oneOf<CommentMode>("comment", ["always", "on-findings", "never"], "on-findings"),
      "never",
    ),
    sarif: sarif ? (isAbsolute(sarif) ? sarif : resolve(common.workingDirectory, sarif)) : "",
    approvalCategories: Object.freeze(problems.read(categories, [])),
    approvalLabel,
    approvers: Object.freeze(problems.read(approvers, [])),
    reportPath: resolve(temp, "migration-guard-report.json"),
    approvalKey: problems.read(approvalKeyInput, ""),
    failOn: problems.read(failOn, { approval: true, categories: [] }),
    configOverrides: problems.read(configOverridesInput, { paths: {}, exclude: [] }),
  };
  problems.done();
  return Object.freeze(settings);
}
