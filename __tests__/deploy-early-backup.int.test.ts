// The backup's dump taken early: it starts once the database lock is held and runs while the pending list is
// read and gated, so it costs (almost) nothing on the way to the migration. Safety stays as before, end to
// end over real SSH to a real Rails 6.1 app on a real PostgreSQL: a gate that stops leaves no dump behind and
// the database untouched, a dump that fails still stops the migration, and the kept dump is the database as
// it was before the migration (restored into a scratch database and compared).
import { beforeAll, describe, expect, it } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { join } from "node:path";
import * as suite from "./helpers/deploy-suite.js";
import type { Postgres } from "./helpers/postgres.js";
import { resultOf, runAction } from "./helpers/run-action.js";
import { appFactory, railsMigration, SYSTEM_PATH, type App, type Apps } from "./helpers/safety-apps.js";

const servers = suite.useDeployServers("early-backup");
let pg: Postgres;
let apps: Apps;
beforeAll(() => {
  ({ pg } = servers);
  apps = appFactory(pg, servers.root);
});

const ADD_EMAIL = "  def change\n    add_column :users, :email, :string\n  end";
const DROP_SCORE = "  def change\n    remove_column :users, :score, :integer\n  end";

/** Every file in the app's backup dir, hidden (partial) ones included. */
function backupFiles(app: App): string[] {
  const dir = suite.backupDir(app.dir);
  return existsSync(dir) ? readdirSync(dir) : [];
}

/** The host's journal of the app's only deploy, as events. */
function journal(app: App): { t: string; [k: string]: unknown }[] {
  const key = createHash("sha256").update(app.dir).digest("hex").slice(0, 16);
  const deploys = join(userInfo().homedir, ".migration-guard", "apps", key, "deploys");
  const ids = readdirSync(deploys);
  expect(ids).toHaveLength(1);
  return readFileSync(join(deploys, ids[0], "journal.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { t: string });
}

const notes = (app: App): string[] =>
  journal(app)
    .filter((e) => e.t === "note")
    .map((e) => String(e.message));

async function state(
  app: App,
): Promise<{ tables: string[]; versions: string[]; columns: string[]; rows: number }> {
  return {
    tables: await suite.tables(pg, app.db),
    versions: await suite.versions(pg, app.db),
    columns: await suite.columns(pg, app.db, "users"),
    rows: await suite.count(pg, app.db, "users"),
  };
}

describe("deploy: the backup's dump runs alongside pending and gate", () => {
  it("a gate that blocks (backup: always) → the early dump is stopped, no file is left, the database is unchanged", async () => {
    const app = await apps.rails("blocked");
    railsMigration(app.dir, "20240102000000", "drop_score", DROP_SCORE);
    const before = await state(app);
    const dump = suite.dump(pg, app.db);
    const run = await runAction({
      inputs: suite.deployInputs(servers, app.dir, { backup: "always" }),
      eventName: "workflow_dispatch",
    });
    expect(resultOf(run, "blocked")).toBe("blocked");
    expect(run.outputs["backup-path"]).toBe("");
    // The dump had started (before the gate) and was ended and removed: no dump, no partial file, no leftovers.
    expect(notes(app).some((m) => m.startsWith("the backup's dump started early"))).toBe(true);
    expect(
      notes(app).some((m) => m.startsWith("the early backup dump was stopped and its file removed")),
    ).toBe(true);
    expect(backupFiles(app)).toEqual([]);
    expect(await state(app)).toEqual(before);
    expect(before.columns).toContain("score");
    expect(suite.dump(pg, app.db)).toBe(dump);
  }, 120_000);

  it("nothing pending (backup: always) → no dump file is left", async () => {
    const app = await apps.rails("uptodate");
    const before = await state(app);
    const run = await runAction({
      inputs: suite.deployInputs(servers, app.dir, { backup: "always" }),
      eventName: "workflow_dispatch",
    });
    expect(resultOf(run, "up-to-date")).toBe("up-to-date");
    expect(backupFiles(app)).toEqual([]);
    expect(await state(app)).toEqual(before);
  }, 120_000);

  it("a pg_dump that fails on the host → the migration never starts, the database is unchanged", async () => {
    const app = await apps.rails("dumpfails");
    railsMigration(app.dir, "20240102000000", "add_email", ADD_EMAIL);
    // A pg_dump first on the app's PATH that fails after a while (as a dump that dies part-way would).
    const shim = join(servers.root, "failing-pg-dump");
    mkdirSync(shim, { recursive: true });
    writeFileSync(
      join(shim, "pg_dump"),
      '#!/bin/sh\nsleep 0.3\necho "pg_dump: error: simulated failure" >&2\nexit 1\n',
    );
    chmodSync(join(shim, "pg_dump"), 0o755);
    const before = await state(app);
    const dump = suite.dump(pg, app.db);
    const run = await runAction({
      inputs: suite.deployInputs(servers, app.dir, {
        backup: "always",
        "run-prefix": `env PATH=${shim}:${SYSTEM_PATH}`,
      }),
      eventName: "workflow_dispatch",
    });
    expect(resultOf(run, "failed")).toBe("failed");
    expect(run.outputs["backup-path"]).toBe("");
    expect(run.summary).toContain("The backup");
    expect(run.summary).toContain("failed (exit 1)");
    expect(run.summary).not.toMatch(/\| migrate \|/);
    expect(backupFiles(app)).toEqual([]);
    const after = await state(app);
    expect(after).toEqual(before);
    expect(after.columns).not.toContain("email");
    expect(after.versions).not.toContain("20240102000000");
    expect(suite.dump(pg, app.db)).toBe(dump);
  }, 120_000);

  it("migrated → the kept dump restores to the database as it was before the migration", async () => {
    const app = await apps.rails("restores");
    railsMigration(app.dir, "20240102000000", "add_email", ADD_EMAIL);
    const before = suite.dump(pg, app.db);
    const run = await runAction({
      inputs: suite.deployInputs(servers, app.dir, { backup: "always" }),
      eventName: "workflow_dispatch",
    });
    expect(resultOf(run, "migrated")).toBe("migrated");
    expect(await suite.columns(pg, app.db, "users")).toContain("email");
    const file = run.outputs["backup-path"];
    expect(existsSync(file)).toBe(true);
    // Only the kept dump: the partial file and what its job wrote beside it are gone.
    expect(backupFiles(app)).toEqual([file.split("/").pop()]);
    expect(run.summary).toContain(createHash("sha256").update(readFileSync(file)).digest("hex"));
    // It ran alongside the gate: started before the host awaited the gate's decision, and the backup phase
    // counts from that start.
    const events = journal(app);
    const started = events.findIndex(
      (e) => e.t === "note" && String(e.message).startsWith("the backup's dump started early"),
    );
    const awaiting = events.findIndex((e) => e.t === "awaiting");
    expect(started).toBeGreaterThan(-1);
    expect(started).toBeLessThan(awaiting);
    const phase = events.find((e) => e.t === "phase" && e.phase === "backup" && e.state === "ok");
    expect(String(phase?.message)).toMatch(/^dumped from \d+ ms before the gate's go/);
    // Restored into a scratch database, it is the database before the migration, schema and rows.
    const scratch = `${app.db}_scratch`;
    await pg.createDatabase(scratch);
    execFileSync(join(pg.bin, "pg_restore"), [
      "-h",
      "127.0.0.1",
      "-p",
      String(pg.port),
      "-U",
      pg.user,
      "--no-owner",
      "-d",
      scratch,
      file,
    ]);
    expect(suite.dump(pg, scratch)).toBe(before);
  }, 120_000);
});
