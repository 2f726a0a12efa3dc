// The servers a deploy suite runs against, started once per file: real sshd and PostgreSQL on 127.0.0.1 and a
// temp dir for the apps, registered with jest's beforeAll/afterAll by the call. Plus what every deploy suite
// asks of them: the action's inputs for an app, and the database read back (dump, tables, versions, rows).
import { afterAll, beforeAll } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startPostgres, type Postgres } from "./postgres.js";
import { startSshd, type Sshd } from "./sshd.js";

export interface DeployServers {
  readonly sshd: Sshd;
  readonly pg: Postgres;
  /** A temp dir for this file's apps, removed after the suite. */
  readonly root: string;
}

/**
 * Starts sshd and PostgreSQL in `beforeAll` (both at once; if one fails the other is stopped and the error
 * fails every test: never a skip) and stops them in `afterAll`, after `cleanup`. Read the fields inside tests.
 */
export function useDeployServers(prefix: string, cleanup?: () => Promise<void> | void): DeployServers {
  let sshd: Sshd | undefined;
  let pg: Postgres | undefined;
  const root = mkdtempSync(join(tmpdir(), `mg-${prefix}-int-`));
  beforeAll(async () => {
    const [s, p] = await Promise.allSettled([startSshd(), startPostgres()]);
    if (s.status === "fulfilled") sshd = s.value;
    if (p.status === "fulfilled") pg = p.value;
    if (s.status === "rejected") throw s.reason;
    if (p.status === "rejected") throw p.reason;
  }, 120_000);
  afterAll(async () => {
    await cleanup?.();
    await Promise.all([sshd?.stop(), pg?.stop()]);
    rmSync(root, { recursive: true, force: true });
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined)
      throw new Error(`${what} has not started (read it inside a test, after beforeAll)`);
    return value;
  };
  return {
    get sshd() {
      return started(sshd, "sshd");
    },
    get pg() {
      return started(pg, "PostgreSQL");
    },
    root,
  };
}

/** Where a suite's app keeps its backups: beside the app dir, so a test can list them. */
export function backupDir(appDir: string): string {
  return join(appDir, "..", `${appDir.split("/").pop()}-backups`);
}

/** The inputs of a Rails deploy of `appDir` to production over the suite's sshd. */
export function deployInputs(
  servers: DeployServers,
  appDir: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  const { sshd } = servers;
  return {
    command: "deploy",
    environment: "production",
    host: sshd.host,
    port: String(sshd.port),
    user: sshd.user,
    "ssh-key": sshd.privateKey,
    "known-hosts": sshd.knownHosts,
    "app-dir": appDir,
    framework: "rails",
    "backup-dir": backupDir(appDir),
    ...extra,
  };
}

/** The whole database as text (schema and data); a fixed restrict key keeps two dumps comparable. */
export function dump(pg: Postgres, db: string): string {
  return execFileSync(
    join(pg.bin, "pg_dump"),
    ["-h", "127.0.0.1", "-p", String(pg.port), "-U", pg.user, "--restrict-key=mgtest", db],
    { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
  );
}

export async function tables(pg: Postgres, db: string): Promise<string[]> {
  const rows = (await pg.query(
    db,
    "SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
  )) as { t: string }[];
  return rows.map((r) => r.t);
}

export async function versions(pg: Postgres, db: string): Promise<string[]> {
  const rows = (await pg.query(db, "SELECT version AS v FROM schema_migrations ORDER BY 1")) as {
    v: string;
  }[];
  return rows.map((r) => r.v);
}

export async function count(pg: Postgres, db: string, table: string): Promise<number> {
  const rows = (await pg.query(db, `SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[];
  return rows[0].n;
}

/** The columns of a table, in their order. */
export async function columns(pg: Postgres, db: string, table: string): Promise<string[]> {
  const rows = (await pg.query(
    db,
    `SELECT column_name AS c FROM information_schema.columns WHERE table_name = '${table}' ORDER BY ordinal_position`,
  )) as { c: string }[];
  return rows.map((r) => r.c);
}
