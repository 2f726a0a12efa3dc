// The sub-actions (`uses: …/check@v1`, `…/deploy@v1`, `…/status@v1`) list only their own inputs and run the
// same bundle. They are generated from action.yml; this pins what a user of each one sees.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

interface ActionFile {
  name: string;
  inputs: Record<string, { description: string; required: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string; post?: string };
}

const root = process.cwd();
const read = (path: string) => parse(readFileSync(join(root, path), "utf8")) as ActionFile;
const top = read("action.yml");
const sub = {
  check: read("check/action.yml"),
  deploy: read("deploy/action.yml"),
  status: read("status/action.yml"),
};

it("the committed sub-actions are what action.yml generates (a new input cannot be forgotten)", () => {
  const run = spawnSync(process.execPath, [join(root, "scripts/sub-actions.mjs"), "--check"], {
    encoding: "utf8",
  });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
});

it("each lists only its own inputs, with the top level's defaults, and never `command`", () => {
  expect(Object.keys(sub.check.inputs)).toEqual(
    expect.arrayContaining(["config", "token", "base", "head", "approval-categories", "sarif"]),
  );
  expect(Object.keys(sub.check.inputs)).not.toEqual(expect.arrayContaining(["host"]));
  expect(sub.check.inputs).not.toHaveProperty("ssh-key");
  expect(sub.status.inputs).not.toHaveProperty("migrate-command");
  expect(sub.status.inputs).toHaveProperty("metrics-file");
  expect(sub.deploy.inputs).not.toHaveProperty("fail-on-pending");
  expect(sub.deploy.inputs).not.toHaveProperty("sarif");
  // `check` and `deploy` both use the approval key.
  expect(sub.check.inputs).toHaveProperty("approval-key");
  expect(sub.deploy.inputs).toHaveProperty("approval-key");
  for (const action of Object.values(sub)) {
    expect(action.inputs).not.toHaveProperty("command");
    for (const [name, spec] of Object.entries(action.inputs)) {
      expect(top.inputs).toHaveProperty(name);
      if (!spec.required) expect(spec.default).toEqual(top.inputs[name].default);
      expect(spec.description).not.toMatch(/^`(check|deploy|status)`/);
    }
    for (const name of Object.keys(action.outputs)) expect(top.outputs).toHaveProperty(name);
  }
  // Every top-level input but `command` belongs to at least one sub-action.
  const covered = new Set(Object.values(sub).flatMap((a) => Object.keys(a.inputs)));
  for (const name of Object.keys(top.inputs)) if (name !== "command") expect(covered).toContain(name);
});

it("marks what deploy and status cannot run without as required", () => {
  for (const name of ["environment", "host", "user", "ssh-key", "known-hosts", "app-dir"]) {
    expect(sub.deploy.inputs[name].required).toBe(true);
    expect(sub.deploy.inputs[name].default).toBeUndefined();
  }
  for (const name of ["host", "user", "ssh-key", "known-hosts", "app-dir"])
    expect(sub.status.inputs[name].required).toBe(true);
  expect(sub.status.inputs.environment.required).toBe(false);
  expect(Object.values(sub.check.inputs).filter((i) => i.required)).toEqual([]);
});

it("runs the same bundle, through an entry that fixes the command; deploy and status clean up their key", () => {
  for (const [command, action] of Object.entries(sub)) {
    expect(action.runs.using).toBe(top.runs.using);
    expect(action.runs.main).toBe(`../dist/${command}.js`);
    const entry = readFileSync(join(root, command, action.runs.main), "utf8");
    expect(entry).toContain(`process.env.INPUT_COMMAND = "${command}"`);
    expect(entry).toContain('await import("./index.js")');
    expect(existsSync(join(root, "dist", "index.js"))).toBe(true);
  }
  expect(sub.check.runs.post).toBeUndefined();
  expect(sub.deploy.runs.post).toBe("../dist/deploy.js");
  expect(sub.status.runs.post).toBe("../dist/status.js");
});
