// The deploy gate fails closed, end to end: the bundled action over real SSH to a real Rails 6.1 app on a
// real PostgreSQL. A pending migration the gate cannot prove safe (a file in a `migrations_paths` dir, a
// file over the size cap, SQL built at run time) is held in production: the database is compared afterwards.
import { beforeAll, describe, expect, it } from "@jest/globals";
import { appendFileSync } from "node:fs";
import { join } from "node:path";
import { makeApps, railsMigration, write, type Apps } from "./helpers/apps.js";
import { useDeployServers } from "./helpers/deploy-suite.js";
import type { Postgres } from "./helpers/postgres.js";
import { resultOf, runAction } from "./helpers/run-action.js";
import type { Sshd } from "./helpers/sshd.js";

const servers = useDeployServers("gate");
let sshd: Sshd;
let pg: Postgres;
let apps: Apps;
beforeAll(() => {
  ({ sshd, pg } = servers);
  apps = makeApps(pg, servers.root);
});

function inputs(appDir: string, extra: Record<string, string> = {}): Record<string, string> {
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
    backup: "never",
    "trust-pr-approval": "false",
    ...extra,
  };
}

async function columns(db: string, table = "users"): Promise<string[]> {
  const rows = (await pg.query(
    db,
    `SELECT column_name FROM information_schema.columns WHERE table_name = '${table}' ORDER BY 1`,
  )) as { column_name: string }[];
  return rows.map((r) => r.column_name);
}

async function versions(db: string): Promise<string[]> {
  const rows = (await pg.query(db, "SELECT version AS v FROM schema_migrations ORDER BY 1")) as {
    v: string;
  }[];
  return rows.map((r) => r.v);
}

describe("deploy gate holds what it cannot prove safe (real sshd, PostgreSQL, Rails)", () => {
  it("a destructive migration in a migrations_paths dir of config/database.yml → blocked, column kept", async () => {
    const app = await apps.rails("custom-paths");
    appendFileSync(
      join(app.dir, "config/database.yml"),
      "  migrations_paths: [db/migrate, db/schema_changes]\n",
    );
    write(
      join(app.dir, "db/schema_changes/20240105000000_remove_legacy.rb"),
      "class RemoveLegacy < ActiveRecord::Migration[6.1]\n  def change\n    remove_column :users, :legacy, :string\n  end\nend\n",
    );
    const before = await versions(app.db);
    const run = await runAction({ inputs: inputs(app.dir) });
    expect(resultOf(run, "blocked")).toBe("blocked");
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toMatch(/::error.*file=db\/schema_changes\/20240105000000_remove_legacy\.rb,line=3/);
    expect(await columns(app.db)).toContain("legacy");
    expect(await versions(app.db)).toEqual(before);
  }, 120_000);

  it("a migration over the 1 MiB cap → blocked as needs-review, nothing ran", async () => {
    const app = await apps.rails("huge");
    const padding = `# ${"x".repeat(200)}\n`.repeat(5300);
    railsMigration(
      app.dir,
      "20240106000000",
      "add_email",
      `${padding}  def change\n    add_column :users, :email, :string\n  end`,
    );
    const before = await versions(app.db);
    const run = await runAction({ inputs: inputs(app.dir) });
    expect(resultOf(run, "blocked")).toBe("blocked");
    expect(run.stdout).toMatch(
      /::error title=Blocked migration,file=db\/migrate\/20240106000000_add_email\.rb,line=1::unparseable-migration/,
    );
    expect(await columns(app.db)).not.toContain("email");
    expect(await versions(app.db)).toEqual(before);
  }, 120_000);

  it('`execute "DROP TABLE #{t}"` (SQL built at run time) → blocked, the table is still there', async () => {
    const app = await apps.rails("interpolated");
    railsMigration(
      app.dir,
      "20240107000000",
      "drop_by_name",
      '  def up\n    t = "users"\n    execute "DROP TABLE #{t}"\n  end',
    );
    const before = await versions(app.db);
    const run = await runAction({ inputs: inputs(app.dir) });
    expect(resultOf(run, "blocked")).toBe("blocked");
    expect(run.exitCode).not.toBe(0);
    expect(await pg.query(app.db, "SELECT to_regclass('users') IS NOT NULL AS kept")).toEqual([
      { kept: true },
    ]);
    expect(await versions(app.db)).toEqual(before);
    expect(run.summary).toMatch(/### Not proven safe \(1\)/);
    // Approved by the deploy itself, it runs: the gate holds, it does not refuse.
    const approved = await runAction({ inputs: inputs(app.dir, { "allow-destructive": "true" }) });
    expect(resultOf(approved, "migrated")).toBe("migrated");
    expect(await pg.query(app.db, "SELECT to_regclass('users') IS NULL AS gone")).toEqual([{ gone: true }]);
  }, 120_000);
});
