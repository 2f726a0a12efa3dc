// The SSH connection's lifetime against a real sshd: one master per connection, and none left behind when the
// connection is disposed, whether it is disposed at once (the master's pid not learnt yet: `ssh -O exit`) or
// after a deploy's worth of work (ended by its pid, checked against its command line first).
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { remoteCommand, SshConnection } from "../src/adapters/ssh.js";
import { sleep } from "./helpers/ports.js";
import { startSshd, type Sshd } from "./helpers/sshd.js";

let sshd: Sshd;
const root = mkdtempSync(join(tmpdir(), "mg-sshconn-"));
beforeAll(async () => {
  sshd = await startSshd();
}, 60_000);
afterAll(async () => {
  await sshd?.stop();
  rmSync(root, { recursive: true, force: true });
});

/** The ssh processes whose command line names this connection's config file. */
function sshProcessesOf(dir: string): string[] {
  const ps = spawnSync("ps", ["-eo", "pid,stat,args"], { encoding: "utf8" }).stdout;
  return ps
    .split("\n")
    .filter((l) => l.includes(join(dir, "config")) && !/\bZ/.test(l.trim().split(/\s+/)[1] ?? ""));
}

async function gone(dir: string): Promise<string[]> {
  for (let i = 0; i < 100 && sshProcessesOf(dir).length; i++) await sleep(20);
  return sshProcessesOf(dir);
}

async function opened(): Promise<SshConnection> {
  const options = { tempRoot: root, log: () => undefined, attempts: 1 };
  const conn = SshConnection.prepare(
    {
      host: sshd.host,
      port: sshd.port,
      user: sshd.user,
      privateKey: sshd.privateKey,
      knownHosts: sshd.knownHosts,
      connectTimeout: 10,
    },
    options,
  );
  await conn.open(options);
  return conn;
}

describe("an SSH connection", () => {
  it("disposed after its work: the master is ended and its files removed", async () => {
    const conn = await opened();
    expect(sshProcessesOf(conn.dir)).toHaveLength(1);
    const { code, stdout } = await conn.run(remoteCommand("echo through-the-master"), "");
    expect([code, stdout]).toEqual([0, "through-the-master"]);
    // A deploy's session lasts longer than the pid takes to learn.
    await sleep(1500);
    expect(await conn.dispose()).toBe("signalled");
    expect(existsSync(conn.dir)).toBe(false);
    expect(await gone(conn.dir)).toEqual([]);
  }, 30_000);

  it("disposed at once: the master is ended all the same", async () => {
    const conn = await opened();
    expect(await conn.dispose()).toBe("asked");
    expect(existsSync(conn.dir)).toBe(false);
    expect(await gone(conn.dir)).toEqual([]);
  }, 30_000);
});
