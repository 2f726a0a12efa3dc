// Fault injection through the bundled action over real SSH to a real Rails 6.1 app on a real PostgreSQL
// (issue 9): each scenario breaks one thing on purpose and then reads the database itself (tables, rows,
// schema_migrations), never only the reported result. Servers that cannot start fail the suite.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { startPostgres, type Postgres } from "./helpers/postgres.js";
import { runAction } from "./helpers/run-action.js";
import { appFactory, railsMigration, type App, type Apps } from "./helpers/safety-apps.js";
import { startSshd, type Sshd } from "./helpers/sshd.js";

let sshd: Sshd;
let pg: Postgres;
let apps: Apps;
const root = mkdtempSync(join(tmpdir(), "mg-faults-int-"));

beforeAll(async () => {
  [sshd, pg] = await Promise.all([startSshd(), startPostgres()]);
  apps = appFactory(pg, root);
}, 120_000);
afterAll(async () => {
  await Promise.all([sshd?.stop(), pg?.stop()]);
  rmSync(root, { recursive: true, force: true });
});

function backupDir(app: App): string {
  return join(app.dir, "..", `${app.dir.split("/").pop()}-backups`);
}

function inputs(app: App, extra: Record<string, string> = {}): Record<string, string> {
  return {
    command: "deploy",
    environment: "production",
    host: sshd.host,
    port: String(sshd.port),
    user: sshd.user,
    "ssh-key": sshd.privateKey,
    "known-hosts": sshd.knownHosts,
    "app-dir": app.dir,
    framework: "rails",
    "backup-dir": backupDir(app),
    "allow-destructive": "true",
    ...extra,
  };
}

async function versions(db: string): Promise<string[]> {
  const rows = (await pg.query(db, "SELECT version AS v FROM schema_migrations ORDER BY 1")) as {
    v: string;
  }[];
  return rows.map((r) => r.v);
}

async function tables(db: string): Promise<string[]> {
  const rows = (await pg.query(
    db,
    "SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
  )) as { t: string }[];
  return rows.map((r) => r.t);
}

async function count(db: string, table: string): Promise<number> {
  const rows = (await pg.query(db, `SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[];
  return rows[0].n;
}

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
    expect(run.outputs.result).toBe("failed");
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
    expect(run.outputs.result).toBe("failed");
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
      expect(run.outputs.result).toBe("failed");
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
});
