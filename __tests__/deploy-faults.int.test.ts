// Fault injection through the bundled action over real SSH to a real Rails 6.1 app on a real PostgreSQL
// (issue 9): each scenario breaks one thing on purpose and then reads the database itself (tables, rows,
// schema_migrations), never only the reported result. Servers that cannot start fail the suite.
import { beforeAll, describe, expect, it } from "@jest/globals";
import { createHash } from "node:crypto";
import {
  chmodSync,
  cpSync,
  existsSync,
  readdirSync,
  realpathSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { userInfo } from "node:os";
import { join } from "node:path";
import { execFileSync, spawn } from "node:child_process";
import * as suite from "./helpers/deploy-suite.js";
import type { Postgres } from "./helpers/postgres.js";
import { resultOf, runAction } from "./helpers/run-action.js";
import { appFactory, railsMigration, type App, type Apps } from "./helpers/safety-apps.js";

const servers = suite.useDeployServers("faults");
const root = servers.root;
let pg: Postgres;
let apps: Apps;
beforeAll(() => {
  pg = servers.pg;
  apps = appFactory(pg, root);
});

const backupDir = (app: App): string => suite.backupDir(app.dir);
/** The raw SQL of these migrations is approved: the faults are after the gate. */
const inputs = (app: App, extra: Record<string, string> = {}): Record<string, string> =>
  suite.deployInputs(servers, app.dir, { "allow-destructive": "true", ...extra });
const versions = (db: string): Promise<string[]> => suite.versions(pg, db);
const tables = (db: string): Promise<string[]> => suite.tables(pg, db);
const count = (db: string, table: string): Promise<number> => suite.count(pg, db, table);

/** Two migrations: the first creates `orders` (and succeeds), the second runs `failing` Ruby and fails. */
function firstOkThenFailing(app: App, failing: string): void {
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
    `  def up\n${failing}\n    execute "UPDATE users SET no_such_column = 1"\n  end`,
  );
}

/** The state a failed second migration leaves when nothing is restored: the first one applied, no data lost. */
async function expectLeftByTheMigration(app: App): Promise<void> {
  expect(await tables(app.db)).toEqual(["ar_internal_metadata", "orders", "schema_migrations", "users"]);
  expect(await count(app.db, "users")).toBe(500);
  expect(await count(app.db, "orders")).toBe(500);
  expect(await versions(app.db)).toEqual(["20240101000000", "20240102000000"]);
}

describe("deploy fault injection (real sshd, PostgreSQL, Rails)", () => {
  it("item 1: pg_restore dies part-way through the restore → nothing of the restore commits", async () => {
    const app = await apps.rails("restore-dies");
    firstOkThenFailing(app, "");
    // run-prefix wraps every app command; for the restore's pg_restore it passes 3000 bytes and fails.
    const faulty = join(root, "faulty-pg-restore");
    writeFileSync(
      faulty,
      '#!/bin/bash\nif [[ $1 == pg_restore && $2 != --list ]]; then "$@" | head -c 3000; exit 1; fi\nexec "$@"\n',
    );
    chmodSync(faulty, 0o755);
    const run = await runAction({
      inputs: inputs(app, { "run-prefix": faulty }),
      eventName: "workflow_dispatch",
      timeoutMs: 120_000,
    });
    expect(resultOf(run, "failed")).toBe("failed");
    expect(run.outputs["rolled-back"]).toBe("false");
    await expectLeftByTheMigration(app);
    expect(run.summary).toMatch(/restore \| failed/);
  }, 150_000);

  it("item 1: the backup changed after it was verified → not restored, the database is left as it was", async () => {
    const app = await apps.rails("backup-changed");
    // The failing migration appends a byte to every dump in the backup dir first.
    firstOkThenFailing(
      app,
      `    Dir[${JSON.stringify(join(backupDir(app), "*.dump"))}].each { |f| File.open(f, "a") { |io| io.write("x") } }`,
    );
    const run = await runAction({ inputs: inputs(app), eventName: "workflow_dispatch", timeoutMs: 120_000 });
    expect(resultOf(run, "failed")).toBe("failed");
    expect(run.outputs["rolled-back"]).toBe("false");
    expect(run.summary).toContain("sha256");
    await expectLeftByTheMigration(app);
  }, 150_000);

  it("item 3: two deploys of one database at once (a symlinked app dir, a second app dir) → serialized, migrated once", async () => {
    const app = await apps.rails("two-at-once");
    railsMigration(
      app.dir,
      "20240102000000",
      "slow_add_email",
      '  def up\n    execute "SELECT pg_sleep(6)"\n    add_column :users, :email, :string\n  end',
    );
    // The same app through a symlink (another literal app-dir), and a copy in another dir on the same database.
    const link = join(root, "two-at-once-current");
    symlinkSync(app.dir, link);
    const copy = join(root, "two-at-once-copy");
    cpSync(app.dir, copy, { recursive: true });
    const first = runAction({ inputs: inputs(app), eventName: "workflow_dispatch", timeoutMs: 150_000 });
    // Start the others once the first holds the database lock and migrates.
    for (const end = Date.now() + 90_000; ; await new Promise((r) => setTimeout(r, 200))) {
      const rows = (await pg.query(
        app.db,
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE '%pg_sleep(6)%' AND application_name LIKE 'migration-guard:%'",
      )) as { n: number }[];
      if (rows[0].n > 0) break;
      if (Date.now() > end) throw new Error("the first deploy never started migrating");
    }
    const viaLink = runAction({
      inputs: inputs({ dir: link, db: app.db }, { "backup-dir": backupDir(app) }),
      eventName: "workflow_dispatch",
      timeoutMs: 150_000,
    });
    const viaCopy = runAction({
      inputs: inputs({ dir: copy, db: app.db }, { "backup-dir": backupDir(app) }),
      eventName: "workflow_dispatch",
      timeoutMs: 150_000,
    });
    const runs = await Promise.all([first, viaLink, viaCopy]);
    expect(runs.map((r) => r.outputs.result)).toEqual(["migrated", "up-to-date", "up-to-date"]);
    // The ones that waited said who held the lock.
    expect(runs[1].stdout + runs[2].stdout).toMatch(/held by: deploy \S+/);
    expect(await versions(app.db)).toEqual(["20240101000000", "20240102000000"]);
    const columns = (await pg.query(
      app.db,
      "SELECT column_name AS c FROM information_schema.columns WHERE table_name = 'users' ORDER BY 1",
    )) as { c: string }[];
    expect(columns.map((c) => c.c)).toEqual(["email", "id", "name", "score"]);
    expect(await count(app.db, "users")).toBe(500);
  }, 240_000);

  it("item 7: out-of-range timeouts are refused before connecting; nothing runs", async () => {
    const app = await apps.rails("bad-timeouts");
    railsMigration(
      app.dir,
      "20240102000000",
      "add_email",
      "  def change\n    add_column :users, :email, :string\n  end",
    );
    for (const [input, value] of [
      ["timeout", "99999999999"],
      ["timeout", "1000000000000000000000"],
      ["timeout", "0.0001"],
      ["statement-timeout", "3000000"],
      ["lock-timeout", "0.0001"],
    ]) {
      const run = await runAction({
        inputs: inputs(app, { [input]: value }),
        eventName: "workflow_dispatch",
      });
      expect(run.exitCode).not.toBe(0);
      expect(run.stdout).toContain(`Input \`${input}\` must be`);
      expect(run.outputs.result).toBeUndefined();
    }
    expect(await versions(app.db)).toEqual(["20240101000000"]);
    expect(existsSync(backupDir(app)) ? readdirSync(backupDir(app)) : []).toEqual([]);
  }, 120_000);

  it("item 5: pg_dump waiting on a table lock another session holds → gives up at lock-timeout, nothing migrates", async () => {
    const app = await apps.rails("dump-blocked");
    railsMigration(
      app.dir,
      "20240102000000",
      "add_email",
      "  def change\n    add_column :users, :email, :string\n  end",
    );
    // Another session holds ACCESS EXCLUSIVE on users in an open transaction for the whole deploy.
    const holder = spawn(
      join(pg.bin, "psql"),
      ["-h", "127.0.0.1", "-p", String(pg.port), "-U", pg.user, "-X", "-q", app.db],
      { stdio: ["pipe", "ignore", "ignore"] },
    );
    // psql then waits for more input: idle in transaction, the lock held until the client goes.
    holder.stdin.write(
      "SET application_name = 'mg-test-holder'; BEGIN; LOCK TABLE users IN ACCESS EXCLUSIVE MODE;\n",
    );
    try {
      const started = Date.now();
      const run = await runAction({
        inputs: inputs(app, { "lock-timeout": "3s" }),
        eventName: "workflow_dispatch",
        timeoutMs: 120_000,
      });
      expect(resultOf(run, "failed")).toBe("failed");
      expect(Date.now() - started).toBeLessThan(100_000);
      expect(run.summary).toMatch(/backup \| failed/);
      expect(run.summary).not.toMatch(/\| migrate \|/);
    } finally {
      holder.kill("SIGKILL");
      await pg.query(
        app.db,
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'mg-test-holder'",
      );
    }
    expect(await versions(app.db)).toEqual(["20240101000000"]);
    expect(await count(app.db, "users")).toBe(500);
  }, 150_000);

  it("item 2: two apps share a backup-dir with backup-keep 1 → app B's deploys never prune app A's backup", async () => {
    const shared = join(root, "shared-backups");
    const [a, b] = [await apps.rails("keep-a"), await apps.rails("keep-b")];
    const add = (app: App, version: string, column: string): void =>
      railsMigration(
        app.dir,
        version,
        `add_${column}`,
        `  def change\n    add_column :users, :${column}, :string\n  end`,
      );
    const deploy = (app: App) =>
      runAction({
        inputs: inputs(app, { "backup-dir": shared, "backup-keep": "1" }),
        eventName: "workflow_dispatch",
        timeoutMs: 120_000,
      });
    add(a, "20240102000000", "email");
    const runA = await deploy(a);
    expect(resultOf(runA, "migrated")).toBe("migrated");
    const backupA = runA.outputs["backup-path"];
    expect(existsSync(backupA)).toBe(true);
    add(b, "20240102000000", "email");
    const runB1 = await deploy(b);
    add(b, "20240103000000", "phone");
    const runB2 = await deploy(b);
    expect([resultOf(runB1, "migrated"), resultOf(runB2, "migrated")]).toEqual(["migrated", "migrated"]);
    // B kept only its newest; A's, older than both, is untouched.
    expect(existsSync(backupA)).toBe(true);
    expect(existsSync(runB1.outputs["backup-path"])).toBe(false);
    expect(existsSync(runB2.outputs["backup-path"])).toBe(true);
    expect(
      readdirSync(shared)
        .filter((f) => f.endsWith(".dump"))
        .sort(),
    ).toEqual([backupA, runB2.outputs["backup-path"]].map((p) => p.split("/").pop()).sort());
    expect(await versions(a.db)).toEqual(["20240101000000", "20240102000000"]);
    expect(await versions(b.db)).toEqual(["20240101000000", "20240102000000", "20240103000000"]);
    expect([await count(a.db, "users"), await count(b.db, "users")]).toEqual([500, 500]);
  }, 300_000);

  it("item 4: a migration leaves setsid and nohup children sleeping forever; the deadline kills them, restores, and the next deploy takes the lock at once", async () => {
    const app = await apps.rails("escapees");
    const marker = `mg-escapee-${process.pid}-${Date.now()}`;
    // Committed outside a transaction, so only the restore can take the UPDATE back.
    railsMigration(
      app.dir,
      "20240102000000",
      "spawn_and_hang",
      "  disable_ddl_transaction!\n  def up\n" +
        '    execute "UPDATE users SET score = score + 1000"\n' +
        `    a = Process.spawn("setsid", "bash", "-c", "exec -a ${marker}-setsid sleep 100000", in: :close, out: File::NULL, err: File::NULL)\n` +
        `    b = Process.spawn("nohup", "bash", "-c", "exec -a ${marker}-nohup sleep 100000", pgroup: true, in: :close, out: File::NULL, err: File::NULL)\n` +
        "    Process.detach(a)\n    Process.detach(b)\n    sleep 600\n  end",
    );
    const escapees = (): string[] => {
      try {
        return execFileSync("pgrep", ["-f", marker], { encoding: "utf8" }).trim().split("\n");
      } catch {
        return []; // pgrep exits 1 when nothing matches
      }
    };
    const before = suite.dump(pg, app.db);
    const run = await runAction({
      inputs: inputs(app, { timeout: "12" }),
      eventName: "workflow_dispatch",
      timeoutMs: 150_000,
    });
    expect(resultOf(run, "rolled-back")).toBe("rolled-back");
    expect(escapees()).toEqual([]);
    expect(suite.dump(pg, app.db)).toBe(before);
    // The next deploy, right away, finds no lock held (it would wait for and name the holder).
    railsMigration(
      app.dir,
      "20240102000000",
      "spawn_and_hang",
      "  def change\n    add_column :users, :email, :string\n  end",
    );
    const next = await runAction({ inputs: inputs(app), eventName: "workflow_dispatch", timeoutMs: 150_000 });
    expect(resultOf(next, "migrated")).toBe("migrated");
    expect(next.stdout).not.toMatch(/held by/);
    expect(await versions(app.db)).toEqual(["20240101000000", "20240102000000"]);
    expect(await pg.query(app.db, "SELECT count(*)::int AS n, max(score)::int AS m FROM users")).toEqual([
      { n: 500, m: 500 },
    ]);
  }, 330_000);

  it("item 6: a migration that prints 50 MiB finishes as migrated, and the host keeps at most the 16 MiB cap", async () => {
    const app = await apps.rails("chatty");
    railsMigration(
      app.dir,
      "20240102000000",
      "chatty_add_email",
      '  def up\n    chunk = ("x" * 1023 + "\\n") * 1024\n    50.times { $stdout.write(chunk) }\n    $stdout.flush\n    add_column :users, :email, :string\n  end',
    );
    const run = await runAction({
      inputs: inputs(app, { timeout: "90" }),
      eventName: "workflow_dispatch",
      timeoutMs: 200_000,
    });
    expect(resultOf(run, "migrated")).toBe("migrated");
    expect(run.stdout).toMatch(/more bytes of output were not kept on the host/);
    expect(await versions(app.db)).toEqual(["20240101000000", "20240102000000"]);
    expect(await count(app.db, "users")).toBe(500);
    // What the host kept of this deploy: the stream (output lines, prefixed) and the journal (events only).
    const deploys = join(stateDir(app.dir), "deploys");
    const [only] = readdirSync(deploys);
    const stream = statSync(join(deploys, only, "stream")).size;
    expect(stream).toBeGreaterThan(16 * 1024 * 1024);
    expect(stream).toBeLessThan(16 * 1024 * 1024 * 1.02 + 64 * 1024);
    expect(statSync(join(deploys, only, "journal.jsonl")).size).toBeLessThan(256 * 1024);
  }, 240_000);
});

/** The supervisor's state dir of an app on the host (keyed on its canonical path; the suite's user's home). */
function stateDir(appDir: string): string {
  const key = createHash("sha256").update(realpathSync(appDir)).digest("hex").slice(0, 16);
  return join(userInfo().homedir, ".migration-guard", "apps", key);
}
