// Every input common to all commands, read and validated in one place. Command-specific inputs are read by
// inputs-check.ts and inputs-deploy.ts with the same helpers, so every error names the input and the fix.
import * as core from "@actions/core";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseConfig, type Config } from "./core/config.js";
import { rules } from "./core/rules/index.js";
import { InputError, required } from "./input-error.js";

export type Command = "check" | "deploy" | "status";

export interface CommonSettings {
  readonly command: Command;
  readonly workingDirectory: string;
  readonly configPath: string;
  readonly config: Config;
  readonly token: string;
}

export { InputError };

/**
 * Collects every bad input of a step so the error names them all at once, instead of one per run. `read`
 * runs one input's reader; an InputError is noted and the fallback returned so the next input is still read.
 * Fails closed: `done()` throws while anything was noted, before any setting is used. Any other error is not
 * an input problem and propagates at once.
 */
export class InputProblems {
  private readonly messages: string[] = [];

  read<T>(reader: () => T, fallback: T): T {
    try {
      return reader();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      this.messages.push(error.message);
      return fallback;
    }
  }

  get count(): number {
    return this.messages.length;
  }

  done(): void {
    if (this.messages.length === 1) throw new InputError(this.messages[0]);
    if (this.messages.length > 1)
      throw new InputError(
        `${this.messages.length} inputs need fixing:\n${this.messages.map((m) => `- ${m}`).join("\n")}`,
      );
  }
}

export function input(name: string): string {
  return core.getInput(name).trim();
}

export function requiredInput(name: string, why: string): string {
  return required(input, name, why);
}

export function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = input(name) || fallback;
  if (!allowed.includes(value as T)) {
    throw new InputError(
      `Input \`${name}\` must be one of ${allowed.map((a) => `\`${a}\``).join(", ")}; got ${JSON.stringify(value)}.`,
    );
  }
  return value as T;
}

export function booleanInput(name: string, fallback: boolean): boolean {
  const value = input(name).toLowerCase();
  if (value === "") return fallback;
  if (["true", "yes", "1"].includes(value)) return true;
  if (["false", "no", "0"].includes(value)) return false;
  throw new InputError(`Input \`${name}\` must be \`true\` or \`false\`; got ${JSON.stringify(value)}.`);
}

export function listInput(name: string): string[] {
  return input(name)
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * `approval-key` (check and deploy): the HMAC secret for the approval record. Masked at once; short keys are
 * refused, since a guessable key lets anyone sign a record.
 */
export function approvalKeyInput(): string {
  const key = core.getInput("approval-key");
  if (!key) return "";
  core.setSecret(key);
  if (key.length < 32)
    throw new InputError(
      `Input \`approval-key\` is ${key.length} characters; use a random secret of at least 32 (for example ` +
        "`openssl rand -hex 32`, stored as a repository or organization secret).",
    );
  return key;
}

/** Reads the config file; a missing file means defaults, a malformed one is an error naming the file. */
export function loadConfig(path: string): Config {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return parseConfig("", path);
    throw new InputError(`Cannot read the config file ${path}: ${(error as Error).message}`);
  }
  return parseConfig(
    text,
    path,
    rules.map((r) => r.id),
  );
}

/** The repository the run belongs to and the API that serves it, from the runner's environment. */
export interface GitHubRepository {
  apiUrl: string;
  /** GITHUB_REPOSITORY as given, for messages. */
  full: string;
  /** Empty, with `repo`, when GITHUB_REPOSITORY is not `owner/repo`. */
  owner: string;
  repo: string;
}

export function githubRepository(): GitHubRepository {
  const full = process.env.GITHUB_REPOSITORY ?? "";
  const [owner = "", repo = "", extra] = full.split("/");
  const valid = owner !== "" && repo !== "" && extra === undefined;
  return {
    apiUrl: process.env.GITHUB_API_URL || "https://api.github.com",
    full,
    owner: valid ? owner : "",
    repo: valid ? repo : "",
  };
}

export function readCommonSettings(): CommonSettings {
  const command = oneOf<Command>("command", ["check", "deploy", "status"], "check");
  const workingDirectory = resolve(
    process.env.GITHUB_WORKSPACE ?? process.cwd(),
    input("working-directory") || ".",
  );
  const configPath = join(workingDirectory, input("config") || ".github/migration-guard.yml");
  const token = input("token");
  if (token) core.setSecret(token);
  return Object.freeze({ command, workingDirectory, configPath, config: loadConfig(configPath), token });
}
