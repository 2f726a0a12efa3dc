// The deploy's safety net end to end: the bundled action over real SSH to real Rails 6.1 and Django 3.2 apps
// on a real PostgreSQL. A failed or timed-out migration is restored by the supervisor on the host (even when
// the runner is killed), a backup that does not verify or does not fit stops the deploy before migrating,
// and an app that reports `degraded` after migrating fails the deploy. Servers that cannot start fail the
// suite (the helpers throw), they are never skipped.
import { beforeAll, describe, expect, it } from "@jest/globals";
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { homedir } from "node:os";
import { join } from "node:path";
import * as suite from "./helpers/deploy-suite.js";
import type { Postgres } from "./helpers/postgres.js";
import { sleep } from "./helpers/ports.js";
import { resultOf, runAction, type ActionRun } from "./helpers/run-action.js";
import {
  appFactory,
  djangoMigration,
  railsMigration,
  serve,
  SYSTEM_PATH,
  type App,
  type Apps,
} from "./helpers/safety-apps.js";
import type { Sshd } from "./helpers/sshd.js";

const servers = suite.useDeployServers("safety");
const root = servers.root;
let sshd: Sshd;
let pg: Postgres;
let apps: Apps;
beforeAll(() => {
  ({ sshd, pg } = servers);
  apps = appFactory(pg, root);
});

/** These tests are about what happens after the gate: the raw SQL they run is approved. */
const inputs = (app: App, extra: Record<string, string> = {}): Record<string, string> =>
  suite.deployInputs(servers, app.dir, { "allow-destructive": "true", ...extra });
const dump = (db: string): string => suite.dump(pg, db);

async function versions(db: string, table = "schema_migrations", column = "version"): Promise<string[]> {
  const rows = (await pg.query(db, `SELECT ${column} AS v FROM ${table} ORDER BY 1`)) as { v: string }[];
  return rows.map((r) => r.v);
}

async function djangoVersions(db: string): Promise<string[]> {
  return versions(db, "django_migrations", "app || '.' || name");
}

function expectRestored(run: ActionRun, before: string, after: string): void {
  expect(resultOf(run, "rolled-back")).toBe("rolled-back");
  expect(run.outputs["rolled-back"]).toBe("true");
  expect(run.exitCode).not.toBe(0);
  expect(after).toBe(before);
  const backup = run.outputs["backup-path"];
  expect(backup).toMatch(/production-\d{8}T\d{6}Z-0{12}-[0-9a-f]{12}\.dump$/);
  expect(existsSync(backup)).toBe(true);
  // The summary: the verified backup with its size and checksum, the estimate, and the runbook.
  const sha = createHash("sha256").update(readFileSync(backup)).digest("hex");
  expect(run.summary).toContain(sha);
  expect(run.summary).toContain("pg_restore --list");
  expect(run.summary).toContain("Restore estimate");
  expect(run.summary).toContain("### Runbook");
  expect(run.summary).toContain(backup);
  expect(run.summary).toMatch(/restore-check \| ok/);
}

/** No process of the supervisor or the migration left on the host for this app. */
function leftovers(app: App): string[] {
  const ps = spawnSync("ps", ["-eo", "pid,stat,args"], { encoding: "utf8" }).stdout;
  return ps.split("\n").filter((l) => l.includes(app.dir) && !/\bZ/.test(l.trim().split(/\s+/)[1] ?? ""));
}

/** Drops every SSH connection to the suite's sshd (its per-connection children), as a network cut would. */
function cutConnections(): number {
  const listener = readFileSync(join(sshd.dir, "sshd.pid"), "utf8").trim();
  const rows = spawnSync("ps", ["-eo", "pid=,ppid="], { encoding: "utf8" })
    .stdout.split("\n")
    .map((l) => l.trim().split(/\s+/));
  const children = rows.filter((r) => r[1] === listener).map((r) => Number(r[0]));
  let cut = 0;
  for (const pid of children) {
    try {
      process.kill(pid, "SIGKILL");
      cut++;
    } catch (err) {
      // A short-lived connection (the master's -O check) may end between ps and kill: already gone is cut.
      if ((err as NodeJS.ErrnoException).code !== "ESRCH") throw err;
    }
  }
  return cut;
}

/** Resolves once the journal of a deploy of `app` on the host matches `pattern` (default: the health phase). */
async function atHealthPhase(app: App, pattern = /"t":"awaiting","phase":"health"/): Promise<void> {
  const key = createHash("sha256").update(app.dir).digest("hex").slice(0, 16);
  const deploys = join(homedir(), ".migration-guard", "apps", key, "deploys");
  for (const end = Date.now() + 90_000; Date.now() < end; await sleep(100)) {
    for (const id of existsSync(deploys) ? readdirSync(deploys) : []) {
      const file = join(deploys, id, "journal.jsonl");
      const text = existsSync(file) ? readFileSync(file, "utf8") : "";
      if (pattern.test(text)) return;
    }
  }
  throw new Error(`the deploy's journal never matched ${String(pattern)}`);
}

/** An app endpoint that always answers `status` (503: down). */
async function endpoint(status: number): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((_req, res) => {
    res.writeHead(status, { "content-type": "text/plain" });
    res.end(status === 200 ? "up" : "down");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/up`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

describe("deploy safety net (real sshd, PostgreSQL, Rails, Django)", () => {
  it("a migration that times out after an earlier one succeeded → restored on the host, byte-equal", async () => {
    const app = await apps.rails("timeout");
    railsMigration(
      app.dir,
      "20240102000000",
      "add_email",
      '  def change\n    add_column :users, :email, :string\n    execute "UPDATE users SET score = score + 1"\n  end',
    );
    railsMigration(
      app.dir,
      "20240103000000",
      "slow_backfill",
      '  def up\n    execute "SELECT pg_sleep(60)"\n  end',
    );
    const before = dump(app.db);
    const versionsBefore = await versions(app.db);
    const run = await runAction({ inputs: inputs(app, { timeout: "6s" }), eventName: "workflow_dispatch" });
    expectRestored(run, before, dump(app.db));
    expect(await versions(app.db)).toEqual(versionsBefore);
    expect(run.summary).toMatch(/migrate \| timed-out/);
    expect(run.summary).toContain("deadline");
  }, 120_000);

  it("a migration that fails after an earlier one in the same run succeeded → restored", async () => {
    const app = await apps.rails("fails");
    railsMigration(
      app.dir,
      "20240102000000",
      "add_orders",
      '  def change\n    create_table :orders do |t|\n      t.integer :user_id\n    end\n    execute "INSERT INTO orders (user_id) SELECT id FROM users"\n  end',
    );
    railsMigration(
      app.dir,
      "20240103000000",
      "broken",
      '  def up\n    execute "UPDATE users SET no_such_column = 1"\n  end',
    );
    const before = dump(app.db);
    const run = await runAction({ inputs: inputs(app), eventName: "workflow_dispatch" });
    expectRestored(run, before, dump(app.db));
    expect(run.summary).toMatch(/migrate \| failed/);
    // The table the successful migration created is gone again: the database is the backup, nothing else.
    expect(await pg.query(app.db, "SELECT to_regclass('orders') IS NULL AS gone")).toEqual([{ gone: true }]);
  }, 120_000);

  it("the runner killed during the migration → the supervisor on the host still restores", async () => {
    const app = await apps.rails("killed");
    railsMigration(
      app.dir,
      "20240102000000",
      "add_email",
      "  def change\n    add_column :users, :email, :string\n  end",
    );
    railsMigration(app.dir, "20240103000000", "slow", '  def up\n    execute "SELECT pg_sleep(60)"\n  end');
    const before = dump(app.db);
    let pid = 0;
    const running = runAction({
      inputs: inputs(app, { timeout: "8s" }),
      eventName: "workflow_dispatch",
      onSpawn: (p) => (pid = p),
    });
    // Kill the action (SIGKILL: no clean-up at all) once the slow migration runs on the server.
    const deadline = Date.now() + 60_000;
    for (;;) {
      const rows = await pg.query(
        app.db,
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE '%pg_sleep(60)%' AND application_name LIKE 'migration-guard:%'",
      );
      if ((rows[0] as { n: number }).n > 0) break;
      if (Date.now() > deadline) throw new Error("the slow migration never started");
      await sleep(200);
    }
    process.kill(pid, "SIGKILL");
    const run = await running;
    expect(run.outputs.result).toBeUndefined();
    // The journal on the host says what the supervisor did alone.
    const key = createHash("sha256").update(app.dir).digest("hex").slice(0, 16);
    const deploys = join(homedir(), ".migration-guard", "apps", key, "deploys");
    let journal = "";
    for (const end = Date.now() + 60_000; Date.now() < end; await sleep(250)) {
      const [id] = readdirSync(deploys);
      journal = readFileSync(join(deploys, id, "journal.jsonl"), "utf8");
      if (journal.includes('"t":"end"')) break;
    }
    expect(journal).toContain('"result":"rolled-back"');
    expect(dump(app.db)).toBe(before);
    expect(leftovers(app)).toEqual([]);
  }, 150_000);

  it("a backup that does not verify (corrupt dump) → the migration never starts", async () => {
    const app = await apps.rails("corrupt");
    railsMigration(
      app.dir,
      "20240102000000",
      "add_email",
      "  def change\n    add_column :users, :email, :string\n  end",
    );
    const before = dump(app.db);
    const run = await runAction({
      inputs: inputs(app, { "backup-command": 'head -c 65536 /dev/urandom > "$MG_BACKUP_PATH"' }),
      eventName: "workflow_dispatch",
    });
    expect(resultOf(run, "failed")).toBe("failed");
    expect(run.outputs["backup-path"]).toBe("");
    expect(run.summary).toContain("did not verify");
    expect(run.summary).not.toMatch(/\| migrate \|/);
    expect(dump(app.db)).toBe(before);
    // The corrupt file was removed, not kept as if it were a backup.
    expect(readdirSync(inputs(app)["backup-dir"]).filter((f) => f.endsWith(".dump"))).toEqual([]);
  }, 90_000);

  it("a backup dir too small for the database (1 MB tmpfs) → stopped before migrating, with the figures", async () => {
    const app = await apps.rails("disk");
    railsMigration(
      app.dir,
      "20240102000000",
      "add_email",
      "  def change\n    add_column :users, :email, :string\n  end",
    );
    const small = join(root, "small-disk");
    mkdirSync(small);
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", small]);
    try {
      const before = dump(app.db);
      const run = await runAction({
        inputs: inputs(app, { "backup-dir": small }),
        eventName: "workflow_dispatch",
      });
      expect(resultOf(run, "failed")).toBe("failed");
      expect(run.summary).toContain("Not enough disk space");
      expect(run.summary).toMatch(/1\.0 MiB free/);
      expect(run.summary).not.toMatch(/\| migrate \|/);
      expect(dump(app.db)).toBe(before);
    } finally {
      execFileSync("umount", [small]);
    }
  }, 90_000);

  it("Django: the health endpoint says degraded after migrating → failed, response in the summary", async () => {
    const app = await apps.django("degraded");
    djangoMigration(
      app.dir,
      "0002_item_price",
      "0001_initial",
      '        migrations.AddField("Item", "price", models.IntegerField(default=0)),',
    );
    djangoMigration(
      app.dir,
      "0003_item_sku",
      "0002_item_price",
      '        migrations.AddField("Item", "sku", models.CharField(max_length=20, default="")),',
    );
    const server = await serve("django", app.dir);
    try {
      // Before the deploy the example endpoint lists both pending migrations.
      const early = (await (await fetch(`${server.url}/health`)).json()) as Record<string, unknown>;
      expect(early).toMatchObject({
        status: "degraded",
        database: "connected",
        migrations: { pending_count: 2 },
      });
      const from = sshd.logs().length;
      const run = await runAction({
        inputs: inputs(app, {
          framework: "django",
          "run-prefix": `env PATH=${SYSTEM_PATH}`,
          // Migrates one of the two: the app stays degraded, as after a partial deploy.
          "migrate-command": "python3 manage.py migrate shop 0002 --no-input",
          "health-url": `${server.url}/health`,
          "health-from": "host",
          "health-timeout": "3s",
          "on-failure": "none",
        }),
        eventName: "workflow_dispatch",
      });
      expect(resultOf(run, "failed")).toBe("failed");
      expect(run.outputs["rolled-back"]).toBe("false");
      expect(run.summary).toContain("### Health");
      expect(run.summary).toMatch(/"status": ?"degraded"/);
      expect(run.summary).toContain("shop.0003_item_sku");
      expect(run.summary).toContain("### Runbook");
      // Every probe (3 s of them) was made by the host and answered in the deploy's one session (one more
      // only where this version of the supervisor was installed by this deploy).
      const installed = run.stdout.includes("installing this version of the supervisor on the host") ? 1 : 0;
      expect(
        sshd
          .logs()
          .slice(from)
          .match(/Starting session:/g)?.length,
      ).toBe(1 + installed);
      // on-failure: none: the migration that ran stays.
      expect(await djangoVersions(app.db)).toContain("shop.0002_item_price");
    } finally {
      await server.stop();
    }
  }, 120_000);
  it("an unhealthy app after the SSH connection was cut → the verdict reaches the host on reconnect: restored", async () => {
    const app = await apps.rails("cut-unhealthy");
    railsMigration(
      app.dir,
      "20240102000000",
      "add_email",
      "  def change\n    add_column :users, :email, :string\n  end",
    );
    const before = dump(app.db);
    const down = await endpoint(503);
    try {
      const running = runAction({
        inputs: inputs(app, { "up-url": down.url, "health-timeout": "8s" }),
        eventName: "workflow_dispatch",
      });
      await atHealthPhase(app);
      expect(cutConnections()).toBeGreaterThan(0);
      const run = await running;
      expect(run.stdout).toContain("reconnecting");
      expectRestored(run, before, dump(app.db));
      expect(run.summary).toMatch(/health \| failed/);
    } finally {
      await down.close();
    }
  }, 150_000);

  it("a healthy app after the SSH connection was cut → its verdict reaches the host on reconnect: migrated", async () => {
    const app = await apps.rails("cut-healthy");
    railsMigration(
      app.dir,
      "20240102000000",
      "add_email",
      "  def change\n    add_column :users, :email, :string\n  end",
    );
    const up = await endpoint(200);
    try {
      const started = Date.now();
      const running = runAction({
        inputs: inputs(app, { "up-url": up.url, "health-timeout": "8s" }),
        eventName: "workflow_dispatch",
      });
      await atHealthPhase(app);
      cutConnections();
      const run = await running;
      expect(resultOf(run, "migrated")).toBe("migrated");
      expect(run.exitCode).toBe(0);
      // Said through the reconnected session, not left to the host's deadline (health-timeout + 120 s).
      expect(Date.now() - started).toBeLessThan(100_000);
      expect(await versions(app.db)).toContain("20240102000000");
    } finally {
      await up.close();
    }
  }, 150_000);
  it("the host refuses the key when reconnecting → the deploy stops at once instead of retrying", async () => {
    const app = await apps.rails("reauth");
    railsMigration(app.dir, "20240102000000", "slow", '  def up\n    execute "SELECT pg_sleep(8)"\n  end');
    const authorized = join(sshd.dir, "authorized_keys");
    const keys = readFileSync(authorized, "utf8");
    try {
      const running = runAction({ inputs: inputs(app), eventName: "workflow_dispatch" });
      await atHealthPhase(app, /"t":"phase","phase":"migrate","state":"start"/);
      writeFileSync(authorized, "");
      cutConnections();
      const run = await running;
      expect(run.exitCode).not.toBe(0);
      expect(resultOf(run, "failed")).toBe("failed");
      expect(run.stdout).toMatch(
        /::error::Reconnecting to follow deploy .* failed and was not retried: SSH authentication failed/,
      );
      // One reconnect, refused: not five attempts with growing pauses.
      expect(run.stdout.match(/The SSH connection dropped; reconnecting/g)).toHaveLength(1);
    } finally {
      writeFileSync(authorized, keys);
    }
    // The supervisor on the host finished alone (the lock is free for the next deploy).
    const again = await runAction({ inputs: inputs(app), eventName: "workflow_dispatch" });
    expect(["up-to-date", "migrated"]).toContain(again.outputs.result);
  }, 150_000);
});
