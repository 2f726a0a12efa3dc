// The servers the integration suites share (helpers/sshd.ts, helpers/postgres.ts) honour their contract:
// key login with pinned host keys, a refused wrong key, typed rows from psql, databases from a template.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startPostgres, type Postgres } from "./helpers/postgres.js";
import { startSshd, type Sshd } from "./helpers/sshd.js";

let sshd: Sshd;
let pg: Postgres;
const root = mkdtempSync(join(tmpdir(), "mg-harness-"));
beforeAll(async () => {
  [sshd, pg] = await Promise.all([startSshd(), startPostgres()]);
}, 60_000);
afterAll(async () => {
  await Promise.all([sshd?.stop(), pg?.stop()]);
  rmSync(root, { recursive: true, force: true });
});

function ssh(knownHosts: string, command: string): { status: number | null; stdout: string; stderr: string } {
  writeFileSync(join(root, "known_hosts"), knownHosts);
  writeFileSync(join(root, "key"), sshd.privateKey, { mode: 0o600 });
  // prettier-ignore
  const argv = ["-F", "/dev/null", "-i", join(root, "key"), "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes",
    "-o", "StrictHostKeyChecking=yes", "-o", `UserKnownHostsFile=${join(root, "known_hosts")}`,
    "-o", "GlobalKnownHostsFile=/dev/null", "-p", String(sshd.port), `${sshd.user}@${sshd.host}`, command];
  return spawnSync("ssh", argv, { encoding: "utf8" });
}

describe("test servers", () => {
  it("sshd: the pinned host keys and the client key log in", () => {
    const r = ssh(sshd.knownHosts, "echo logged-in");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("logged-in\n");
  });

  it("sshd: the wrong host keys are refused", () => {
    const r = ssh(sshd.wrongKnownHosts, "echo logged-in");
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/host key/i);
  });

  it("postgres: typed rows, statements, databases from a template", async () => {
    await pg.createDatabase("harness_a");
    await pg.query("harness_a", "CREATE TABLE t (a int, b text)");
    await pg.query("harness_a", "INSERT INTO t VALUES (1, 'x'), (2, NULL);");
    expect(await pg.query("harness_a", "SELECT a, b FROM t ORDER BY a")).toEqual([
      { a: 1, b: "x" },
      { a: 2, b: null },
    ]);
    await pg.createDatabase("harness_b", { template: "harness_a" });
    expect(await pg.query("harness_b", "SELECT count(*)::int AS n FROM t")).toEqual([{ n: 2 }]);
    expect(await pg.query("harness_b", "SELECT 1 AS one WHERE false")).toEqual([]);
    expect(pg.url("harness_b")).toBe(`postgres://postgres@127.0.0.1:${pg.port}/harness_b`);
  });
});
