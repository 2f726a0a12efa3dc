// A Rails 6.1 multi-database app (`primary` and `animals`), deployed by the bundled action over real SSH to
// real PostgreSQL: every database is backed up before migrating, each to its own verified file, and a failure
// or a timeout in the secondary database's migration restores both, byte for byte.
import { describe, expect, it } from "@jest/globals";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import {
  columns as columnsOf,
  count,
  deployInputs,
  dump,
  tables,
  useDeployServers,
  versions,
} from "./helpers/deploy-suite.js";
import { animalsMigration, multiDbApps, type MultiDbApp } from "./helpers/multidb-app.js";
import { railsMigration } from "./helpers/apps.js";
import { resultOf, runAction } from "./helpers/run-action.js";

const servers = useDeployServers("multidb");
let apps: ReturnType<typeof multiDbApps> | undefined;
const make = (name: string): Promise<MultiDbApp> =>
  (apps ??= multiDbApps(servers.pg, servers.root)).app(name);

/** The raw SQL is approved: these tests are about what happens after the gate. */
const inputs = (app: MultiDbApp, extra: Record<string, string> = {}): Record<string, string> =>
  deployInputs(servers, app.dir, { "allow-destructive": "true", ...extra });

/** A primary migration that succeeds and changes rows, so a restore of the primary is visible too. */
function primaryAddsEmail(app: MultiDbApp): void {
  railsMigration(
    app.dir,
    "20240201000000",
    "add_email",
    "  def up\n    add_column :users, :email, :string\n    execute \"UPDATE users SET email = name || '@example.com'\"\n  end",
  );
}

const sha256 = (path: string): string => createHash("sha256").update(readFileSync(path)).digest("hex");

const columns = (db: string, table: string): Promise<string[]> => columnsOf(servers.pg, db, table);

describe("deploy a multi-database Rails app (real sshd, PostgreSQL, Rails 6.1)", () => {
  it("the secondary database's migration fails after changing data → both databases restored byte-equal", async () => {
    const { pg } = servers;
    const app = await make("mdbfail");
    primaryAddsEmail(app);
    // Outside a transaction, so Rails' own rollback of the failed migration cannot undo the UPDATE.
    animalsMigration(
      app.dir,
      "20240201000001",
      "age_dogs",
      '  disable_ddl_transaction!\n  def up\n    execute "UPDATE dogs SET age = age + 100"\n    execute "DELETE FROM dogs WHERE id > 250"\n    raise "the vet said no"\n  end',
    );
    const before = { primary: dump(pg, app.primary), animals: dump(pg, app.animals) };
    const run = await runAction({ inputs: inputs(app), eventName: "workflow_dispatch", timeoutMs: 150_000 });
    expect(resultOf(run, "rolled-back")).toBe("rolled-back");
    expect(run.exitCode).not.toBe(0);
    // Byte-equal: schema, rows and schema_migrations of both databases, as pg_dump prints them.
    expect(dump(pg, app.primary)).toBe(before.primary);
    expect(dump(pg, app.animals)).toBe(before.animals);
    expect(await versions(pg, app.primary)).toEqual(["20240101000000"]);
    expect(await versions(pg, app.animals)).toEqual(["20240101000001"]);
    expect(await count(pg, app.animals, "dogs")).toBe(300);
    expect(await columns(app.primary, "users")).toEqual(["id", "name", "legacy"]);
    const paths = JSON.parse(run.outputs["backup-paths"]) as string[];
    expect(paths).toHaveLength(2);
    expect(paths.every((p) => existsSync(p))).toBe(true);
  }, 240_000);

  it("the secondary database's migration passes the deadline after changing data → both restored byte-equal", async () => {
    const { pg } = servers;
    const app = await make("mdbslow");
    primaryAddsEmail(app);
    animalsMigration(
      app.dir,
      "20240201000001",
      "slow_dogs",
      '  disable_ddl_transaction!\n  def up\n    execute "UPDATE dogs SET name = upper(name)"\n    execute "SELECT pg_sleep(120)"\n  end',
    );
    const before = { primary: dump(pg, app.primary), animals: dump(pg, app.animals) };
    const run = await runAction({
      inputs: inputs(app, { timeout: "15" }),
      eventName: "workflow_dispatch",
      timeoutMs: 150_000,
    });
    expect(resultOf(run, "rolled-back")).toBe("rolled-back");
    expect(run.exitCode).not.toBe(0);
    expect(dump(pg, app.primary)).toBe(before.primary);
    expect(dump(pg, app.animals)).toBe(before.animals);
    expect(await versions(pg, app.animals)).toEqual(["20240101000001"]);
    expect(
      await pg.query(app.animals, "SELECT count(*)::int AS n FROM dogs WHERE name = upper(name)"),
    ).toEqual([{ n: 0 }]);
  }, 240_000);

  it("both databases migrate → each backed up to its own verified file, both migrated", async () => {
    const { pg } = servers;
    const app = await make("mdbok");
    primaryAddsEmail(app);
    animalsMigration(
      app.dir,
      "20240201000001",
      "add_breed",
      "  def change\n    add_column :dogs, :breed, :string\n  end",
    );
    const run = await runAction({ inputs: inputs(app), eventName: "workflow_dispatch", timeoutMs: 150_000 });
    expect(resultOf(run, "migrated")).toBe("migrated");
    expect(run.exitCode).toBe(0);
    expect(await versions(pg, app.primary)).toEqual(["20240101000000", "20240201000000"]);
    expect(await versions(pg, app.animals)).toEqual(["20240101000001", "20240201000001"]);
    expect(await columns(app.primary, "users")).toEqual(["id", "name", "legacy", "email"]);
    expect(await columns(app.animals, "dogs")).toEqual(["id", "name", "age", "breed"]);
    expect(await count(pg, app.animals, "dogs")).toBe(300);
    // One file per database, named for it, each the file whose sha256 the summary reports.
    const paths = JSON.parse(run.outputs["backup-paths"]) as string[];
    expect(paths.map((p) => p.replace(/^.*\.([a-z]+)\.dump$/, "$1"))).toEqual(["primary", "animals"]);
    for (const path of paths) {
      expect(existsSync(path)).toBe(true);
      expect(run.summary).toContain(sha256(path));
    }
    expect(run.outputs["backup-path"]).toBe(paths[0]);
  }, 240_000);

  it("two brand-new databases (never migrated) → every migration of both runs, nothing to back up", async () => {
    const { pg } = servers;
    apps ??= multiDbApps(pg, servers.root);
    const app = await apps.empty("mdbnew");
    const run = await runAction({ inputs: inputs(app), eventName: "workflow_dispatch", timeoutMs: 150_000 });
    expect(resultOf(run, "migrated")).toBe("migrated");
    expect(run.exitCode).toBe(0);
    expect(await tables(pg, app.primary)).toEqual(["ar_internal_metadata", "schema_migrations", "users"]);
    expect(await tables(pg, app.animals)).toEqual(["ar_internal_metadata", "dogs", "schema_migrations"]);
    expect(await versions(pg, app.animals)).toEqual(["20240101000001"]);
    expect(JSON.parse(run.outputs["backup-paths"] ?? "[]")).toEqual([]);
  }, 240_000);

  it("a database added to a migrated app (never migrated) → its migrations and the primary's pending one run; the primary is backed up", async () => {
    const { pg } = servers;
    apps ??= multiDbApps(pg, servers.root);
    const app = await apps.newAnimals("mdbadded");
    primaryAddsEmail(app);
    const run = await runAction({ inputs: inputs(app), eventName: "workflow_dispatch", timeoutMs: 150_000 });
    expect(resultOf(run, "migrated")).toBe("migrated");
    expect(run.exitCode).toBe(0);
    // Pending: the primary's new migration and the new database's; not the primary's applied one.
    expect(run.outputs["pending-count"]).toBe("2");
    expect(await versions(pg, app.primary)).toEqual(["20240101000000", "20240201000000"]);
    expect(await versions(pg, app.animals)).toEqual(["20240101000001"]);
    expect(await count(pg, app.primary, "users")).toBe(200);
    const paths = JSON.parse(run.outputs["backup-paths"]) as string[];
    expect(paths.map((p) => p.replace(/^.*\.([a-z]+)\.dump$/, "$1"))).toEqual(["primary"]);
    expect(existsSync(paths[0])).toBe(true);
  }, 240_000);
});
