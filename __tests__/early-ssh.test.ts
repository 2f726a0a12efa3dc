// The SSH connection started before the action loads (src/early-connect.ts, adapters/early-ssh.ts): used only
// for exactly the target the validated settings name, otherwise closed with its files removed. Real ssh, to a
// loopback port nothing listens on (no server needed: the attempt is refused).
import { afterEach, describe, expect, it } from "@jest/globals";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { claimEarly, connectEarly, disposeUnclaimed, sshTarget } from "../src/adapters/early-ssh.js";
import { SshError } from "../src/adapters/ssh.js";
import { InputError } from "../src/input-error.js";
import { sshInputs } from "../src/inputs-ssh.js";

const KEY = "-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----";
const inputs = {
  host: "127.0.0.1",
  port: 1,
  user: "deploy",
  privateKey: KEY,
  knownHosts: "[127.0.0.1]:1 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA",
};
const saved = { temp: process.env.RUNNER_TEMP, attempts: process.env.MG_SSH_ATTEMPTS };

function useTemp(): string {
  const temp = mkdtempSync(join(tmpdir(), "mg-early-"));
  process.env.RUNNER_TEMP = temp;
  process.env.MG_SSH_ATTEMPTS = "1";
  return temp;
}

afterEach(async () => {
  await disposeUnclaimed();
  process.env.RUNNER_TEMP = saved.temp;
  process.env.MG_SSH_ATTEMPTS = saved.attempts;
});

describe("the early SSH connection", () => {
  it("is handed to the settings' connect only for the very same target, its failure included", async () => {
    const temp = useTemp();
    connectEarly(sshTarget(inputs));
    const [dir] = readdirSync(temp);
    expect(statSync(join(temp, dir, "key")).mode & 0o777).toBe(0o600);
    const said: string[] = [];
    const claimed = await claimEarly(sshTarget(inputs), (m) => said.push(m));
    expect(claimed?.conn.dir).toBe(join(temp, dir));
    await expect(claimed?.opened).rejects.toBeInstanceOf(SshError);
    // Claimed once: nothing is left for a second claim or for the step's clean-up.
    expect(await claimEarly(sshTarget(inputs), () => undefined)).toBeUndefined();
    await claimed?.conn.dispose();
    rmSync(temp, { recursive: true, force: true });
  });

  it("to another target (another port, user or known host) is closed and its key removed", async () => {
    for (const other of [{ port: 2 }, { user: "root" }, { knownHosts: inputs.knownHosts + "B" }]) {
      const temp = useTemp();
      connectEarly(sshTarget(inputs));
      expect(readdirSync(temp)).toHaveLength(1);
      expect(await claimEarly(sshTarget({ ...inputs, ...other }), () => undefined)).toBeUndefined();
      expect(readdirSync(temp)).toEqual([]);
      rmSync(temp, { recursive: true, force: true });
    }
  });

  it("nobody claimed (the step failed first): closed and removed by the step", async () => {
    const temp = useTemp();
    connectEarly(sshTarget(inputs));
    const [dir] = readdirSync(temp);
    expect(readFileSync(join(temp, dir, "config"), "utf8")).toContain("StrictHostKeyChecking yes");
    await disposeUnclaimed();
    expect(existsSync(join(temp, dir))).toBe(false);
    rmSync(temp, { recursive: true, force: true });
  });
});

describe("the SSH inputs, read before @actions/core", () => {
  const reader =
    (values: Record<string, string>) =>
    (name: string): string =>
      values[name] ?? "";
  const valid = {
    host: "db.example.com",
    user: "deploy",
    "ssh-key": KEY,
    "known-hosts": "db.example.com ssh-ed25519 AAAA",
  };

  it("are the settings' own checks: a value that could become ssh_config text is refused", () => {
    expect(sshInputs(reader(valid), "deploy")).toMatchObject({ host: "db.example.com", port: 22 });
    const bads: Record<string, string>[] = [
      { host: "x\n  ProxyCommand touch /tmp/pwned" },
      { user: "a b" },
      { port: "22 " + "\n" },
      { "jump-host": "u@h:1\n  ProxyCommand x" },
      { "ssh-key": "not a key" },
      { "known-hosts": "# only a comment" },
    ];
    for (const bad of bads)
      expect(() => sshInputs(reader({ ...valid, ...bad }), "deploy")).toThrow(InputError);
  });
});

describe("the action's entry", () => {
  it("loads no HTTP client before the SSH handshake starts: @actions/core and undici are in later chunks", () => {
    const entry = readFileSync(new URL("../dist/index.js", import.meta.url), "utf8");
    expect(entry).not.toMatch(/llhttp|OidcClient/);
    expect(entry.length).toBeLessThan(200_000);
  });
});
