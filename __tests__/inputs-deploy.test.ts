// The deploy and status inputs, read as the runner passes them (INPUT_* in the environment).
import { afterEach, beforeEach, describe, expect, it, jest } from "@jest/globals";
import { defaultConfig } from "../src/core/config.js";
import { InputError, type CommonSettings } from "../src/inputs.js";
import { readDeploySettings } from "../src/inputs-deploy.js";

const KEY =
  "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----";
const GOOD: Record<string, string> = {
  environment: "staging",
  host: "127.0.0.1",
  user: "deploy",
  "ssh-key": KEY,
  "known-hosts": "[127.0.0.1]:2222 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample",
  "app-dir": "/srv/app",
  framework: "rails",
};
const common = (command: "deploy" | "status"): CommonSettings => ({
  command,
  workingDirectory: process.cwd(),
  configPath: ".github/migration-guard.yml",
  config: defaultConfig(),
  token: "",
});
const envName = (name: string) => `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;

let written: string[];
beforeEach(() => {
  written = [];
  jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  process.env.GITHUB_REPOSITORY = "acme/shop";
});
afterEach(() => {
  jest.restoreAllMocks();
  for (const name of Object.keys(process.env)) if (name.startsWith("INPUT_")) delete process.env[name];
});
const setInputs = (inputs: Record<string, string>) => {
  for (const [name, value] of Object.entries(inputs)) process.env[envName(name)] = value;
};
const readError = (command: "deploy" | "status"): string => {
  try {
    readDeploySettings(common(command));
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error("readDeploySettings accepted bad inputs");
};

describe("deploy inputs", () => {
  it("reads a good set into frozen settings", () => {
    setInputs({ ...GOOD, timeout: "90s", "app-dir": "~/app", "backup-dir": "~/backups" });
    const s = readDeploySettings(common("deploy"));
    expect(Object.isFrozen(s)).toBe(true);
    expect(s).toMatchObject({ environment: "staging", host: "127.0.0.1", timeout: 90, appDir: "app" });
    expect(s.backup.dir).toBe("backups");
    expect(s.profile.destructive).toBe("warn");
  });

  it("names every bad input in one error, not one per run", () => {
    setInputs({
      ...GOOD,
      host: "a host; rm -rf /",
      "app-dir": "relative/path",
      timeout: "soon",
      port: "70000",
      "health-url": "ftp://example.com/up",
      "on-failure": "pray",
    });
    const message = readError("deploy");
    expect(message).toMatch(/^6 inputs need fixing:/);
    for (const name of ["host", "app-dir", "timeout", "port", "health-url", "on-failure"])
      expect(message).toContain(`Input \`${name}\``);
    expect(message).not.toContain(KEY);
  });

  it("names the missing required inputs together, and masks the key before any error", () => {
    setInputs({ "ssh-key": KEY });
    const message = readError("deploy");
    for (const name of ["environment", "host", "user", "app-dir"])
      expect(message).toContain(`Input \`${name}\` is required`);
    expect(message).toContain("Input `framework` must be one of");
    expect(written.join("")).toContain("::add-mask::");
  });

  it("status needs no environment, but the same connection inputs", () => {
    setInputs({ ...GOOD, environment: "", user: "root user" });
    const message = readError("status");
    expect(message).toContain("Input `user` must be a plain user name");
    expect(message).not.toContain("`environment`");
  });

  it("env takes names from the step's environment and refuses the supervisor's and the shell's own", () => {
    process.env.APP_URL = "postgres://u:p@h/db";
    setInputs({ ...GOOD, env: "APP_URL,\nAPP_URL" });
    expect(readDeploySettings(common("deploy")).appEnv).toEqual(["APP_URL=postgres://u:p@h/db"]);
    setInputs({ env: "MG_APP_DIR PATH LD_PRELOAD NOT_SET_HERE 1BAD" });
    const message = readError("deploy");
    for (const name of ["MG_APP_DIR", "NOT_SET_HERE"]) expect(message).toContain(name);
    delete process.env.APP_URL;
  });
});
