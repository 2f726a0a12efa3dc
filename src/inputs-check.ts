// Every input of `command: check`, read and validated here into one immutable CheckSettings. Errors name the
// input, the value and what was expected. Revisions are checked before they can reach git's argv.
import { isAbsolute, resolve } from "node:path";
import { checkRevision, EventError } from "./core/event.js";
import { CATEGORIES } from "./core/verdict.js";
import type { Category } from "./core/types.js";
import { approvalKeyInput, input, InputError, listInput, oneOf, type CommonSettings } from "./inputs.js";

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

export function readCheckSettings(common: CommonSettings): CheckSettings {
  const sarif = input("sarif");
  const approvalLabel = input("approval-label") || "migrations:approved";
  if (/[\r\n]/.test(approvalLabel) || approvalLabel.length > 50) {
    throw new InputError(
      `Input \`approval-label\` is ${JSON.stringify(approvalLabel)}; a GitHub label is one line of at most 50 characters.`,
    );
  }
  const temp = process.env.RUNNER_TEMP || common.workingDirectory;
  return Object.freeze({
    base: revision("base"),
    head: revision("head"),
    comment: oneOf<CommentMode>("comment", ["always", "on-findings", "never"], "on-findings"),
    sarif: sarif ? (isAbsolute(sarif) ? sarif : resolve(common.workingDirectory, sarif)) : "",
    approvalCategories: Object.freeze(categories()),
    approvalLabel,
    approvers: Object.freeze(approvers()),
    reportPath: resolve(temp, "migration-guard-report.json"),
    approvalKey: approvalKeyInput(),
  });
}
