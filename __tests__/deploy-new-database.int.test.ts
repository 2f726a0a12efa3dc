// A new environment: the bundled action over real SSH deploys a real Rails 6.1 app onto a PostgreSQL database
// that exists but was never migrated (no `schema_migrations`). Every migration runs; there is nothing to back
// up. A status that fails for any other reason (the database unreachable) still fails the deploy.
import { beforeAll, describe, expect, it } from "@jest/globals";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as suite from "./helpers/deploy-suite.js";
import { freePort } from "./helpers/ports.js";
import type { Postgres } from "./helpers/postgres.js";
import { resultOf, runAction } from "./helpers/run-action.js";
import { appFactory, railsMigration, type App, type Apps } from "./helpers/safety-apps.js";

const servers = suite.useDeployServers("newdb");
let pg: Postgres;
let apps: Apps;
beforeAll(() => {
  pg = servers.pg;
  apps = appFactory(pg, servers.root);
});

/** A Rails app pointed at a fresh, empty database of its own (created, never migrated). */
async function railsOnEmptyDatabase(name: string): Promise<App> {
  const app = await apps.rails(name);
  const db = `${app.db}_empty`;
  await pg.createDatabase(db);
  writeFileSync(join(app.dir, "config/database.yml"), `development:\n  url: ${JSON.stringify(pg.url(db))}\n`);
  return { dir: app.dir, db };
}

const inputs = (app: App, extra: Record<string, string> = {}): Record<string, string> =>
  suite.deployInputs(servers, app.dir, extra);
const backupDir = (app: App): string => suite.backupDir(app.dir);
const dump = (db: string): string => suite.dump(pg, db);
const tables = (db: string): Promise<string[]> => suite.tables(pg, db);

describe("deploy onto a database that was never migrated (real sshd, PostgreSQL, Rails)", () => {
  it("no schema_migrations table → every migration runs, nothing to back up", async () => {
    const app = await railsOnEmptyDatabase("newdb");
    railsMigration(
      app.dir,
      "20240102000000",
      "add_email",
      "  def change\n    add_column :users, :email, :string\n  end",
    );
    expect(await tables(app.db)).toEqual([]);
    const run = await runAction({ inputs: inputs(app), eventName: "workflow_dispatch" });
    expect(resultOf(run, "migrated")).toBe("migrated");
    expect(run.exitCode).toBe(0);
    expect(await tables(app.db)).toEqual(["ar_internal_metadata", "schema_migrations", "users"]);
    const versions = (await pg.query(app.db, "SELECT version AS v FROM schema_migrations ORDER BY 1")) as {
      v: string;
    }[];
    expect(versions.map((r) => r.v)).toEqual(["20240101000000", "20240102000000"]);
    expect(await pg.query(app.db, "SELECT count(*)::int AS n, count(email)::int AS e FROM users")).toEqual([
      { n: 500, e: 0 },
    ]);
    // Nothing to back up: no dump was written.
    expect(run.outputs["backup-path"]).toBe("");
    const dir = backupDir(app);
    expect(existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".dump")) : []).toEqual([]);
  }, 180_000);

  it("tables but no schema_migrations → backed up; a failing migration is restored byte-equal", async () => {
    const app = await railsOnEmptyDatabase("legacy");
    await pg.query(app.db, "CREATE TABLE legacy (id int PRIMARY KEY, note text)");
    await pg.query(app.db, "INSERT INTO legacy SELECT g, 'row ' || g FROM generate_series(1, 50) g");
    railsMigration(
      app.dir,
      "20240102000000",
      "broken",
      '  def up\n    execute "UPDATE users SET no_such_column = 1"\n  end',
    );
    const before = dump(app.db);
    // The broken migration's raw SQL is approved: this test is about what happens after the gate.
    const run = await runAction({
      inputs: inputs(app, { "allow-destructive": "true" }),
      eventName: "workflow_dispatch",
    });
    expect(resultOf(run, "rolled-back")).toBe("rolled-back");
    expect(run.exitCode).not.toBe(0);
    expect(run.outputs["backup-path"]).toMatch(/\.dump$/);
    expect(existsSync(run.outputs["backup-path"])).toBe(true);
    expect(dump(app.db)).toBe(before);
    expect(await tables(app.db)).toEqual(["legacy"]);
    expect(await pg.query(app.db, "SELECT count(*)::int AS n FROM legacy")).toEqual([{ n: 50 }]);
  }, 180_000);

  it("a status that fails because the database is unreachable still fails, and nothing runs", async () => {
    const app = await railsOnEmptyDatabase("unreachable");
    const closed = await freePort();
    writeFileSync(
      join(app.dir, "config/database.yml"),
      `development:\n  url: ${JSON.stringify(`postgres://${pg.user}@127.0.0.1:${closed}/${app.db}`)}\n`,
    );
    const run = await runAction({ inputs: inputs(app), eventName: "workflow_dispatch" });
    expect(resultOf(run, "failed")).toBe("failed");
    expect(run.exitCode).not.toBe(0);
    expect(await tables(app.db)).toEqual([]);
  }, 180_000);
});
