// One app boot per deploy (issue 13, part 2): the built-in Rails and Django presets read the database settings
// and the pending migrations, wait through the gate and the backup, and migrate in ONE framework process on the
// host. The boots are counted from the host: the fixture apps add a line to a file in the app dir each time they
// boot (config/environment.rb, mysite/settings.py), which the test reads. Real sshd, PostgreSQL, Rails 6.1 and
// Django 3.2; the database is read back afterwards.
import { describe, expect, it } from "@jest/globals";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { djangoMigration, makeApps, railsMigration, write, type Apps } from "./helpers/apps.js";
import {
  columns as columnsOf,
  deployInputs,
  dump,
  useDeployServers,
  versions,
} from "./helpers/deploy-suite.js";
import { animalsMigration, multiDbApps } from "./helpers/multidb-app.js";
import { resultOf, runAction } from "./helpers/run-action.js";

const servers = useDeployServers("one-boot");
let apps: Apps | undefined;
const madeApps = (): Apps => (apps ??= makeApps(servers.pg, servers.root));

/** Starts counting the app's boots: the fixture apps append a line to this file when it exists. */
function countBoots(file: string): () => number {
  write(file, "");
  return () => (existsSync(file) ? readFileSync(file, "utf8").split("\n").filter(Boolean).length : 0);
}

const columns = (db: string, table: string): Promise<string[]> => columnsOf(servers.pg, db, table);

const django = (dir: string, extra: Record<string, string> = {}): Record<string, string> =>
  deployInputs(servers, dir, { framework: "django", "run-prefix": "env PATH=/usr/bin:/bin", ...extra });

describe("one app boot per deploy (real sshd, PostgreSQL, Rails 6.1, Django 3.2)", () => {
  it("Rails: backup, then two migrations in the process that read them → migrated, 1 boot, progress per migration", async () => {
    const { pg } = servers;
    const app = await madeApps().rails();
    const boots = countBoots(join(app.dir, "log/boots.log"));
    railsMigration(
      app.dir,
      "20240201000000",
      "add_email",
      "  def up\n    add_column :users, :email, :string\n    execute \"UPDATE users SET email = name || '@example.com'\"\n  end",
    );
    railsMigration(
      app.dir,
      "20240202000000",
      "add_age",
      "  def change\n    add_column :users, :age, :integer\n  end",
    );
    const run = await runAction({ inputs: deployInputs(servers, app.dir), eventName: "workflow_dispatch" });
    expect(resultOf(run, "migrated")).toBe("migrated");
    expect(run.exitCode).toBe(0);
    expect(boots()).toBe(1);
    expect(JSON.parse(run.outputs["backup-paths"])).toHaveLength(1);
    expect(await versions(pg, app.db)).toEqual(["20240101000000", "20240201000000", "20240202000000"]);
    expect(await columns(app.db, "users")).toEqual(["id", "name", "legacy", "email", "age"]);
    // Progress per migration, in order, from the same process.
    const progress = [...run.stdout.matchAll(/^migrated (\d+) \(primary\) in \d+ ms$/gm)].map((m) => m[1]);
    expect(progress).toEqual(["20240201000000", "20240202000000"]);
    expect(run.stdout).toMatch(/^migrating 20240201000000 AddEmail \(primary\)$/m);

    // Up to date: the same one boot reads it, and nothing migrates.
    const again = await runAction({ inputs: deployInputs(servers, app.dir), eventName: "workflow_dispatch" });
    expect(resultOf(again, "up-to-date")).toBe("up-to-date");
    expect(boots()).toBe(2);
  }, 180_000);

  it("Rails: env passes the step's variables to the one boot that migrates, not into the log", async () => {
    const { pg } = servers;
    const app = await madeApps().rails();
    const boots = countBoots(join(app.dir, "log/boots.log"));
    railsMigration(
      app.dir,
      "20240201000000",
      "add_email",
      '  def change\n    File.write("log/env-seen.txt", ENV["APP_MARKER"].to_s)\n    add_column :users, :email, :string\n  end',
    );
    const marker = "s3cr3t value with $(touch INJECTED) and `id`";
    const run = await runAction({
      inputs: deployInputs(servers, app.dir, { env: "APP_MARKER" }),
      env: { APP_MARKER: marker },
      eventName: "workflow_dispatch",
    });
    expect(resultOf(run, "migrated")).toBe("migrated");
    expect(boots()).toBe(1);
    expect(readFileSync(join(app.dir, "log/env-seen.txt"), "utf8")).toBe(marker);
    expect(existsSync(join(app.dir, "INJECTED"))).toBe(false);
    expect(run.stdout + run.stderr).not.toContain("s3cr3t");
    expect(await versions(pg, app.db)).toEqual(["20240101000000", "20240201000000"]);
  }, 180_000);

  it("Rails: one SSH session per deploy, counted by sshd: the gate reads the pending files through the supervisor's", async () => {
    const { pg, sshd } = servers;
    const app = await madeApps().rails();
    /** What sshd logged since `from`: one `Accepted publickey` per connection, one `Starting session` per session. */
    const count = (re: RegExp, from: number): number => sshd.logs().slice(from).match(re)?.length ?? 0;
    // Up to date first: installs this version of the supervisor on the host if it is not there yet (one more
    // session, once per version), and reads no file.
    const first = await runAction({ inputs: deployInputs(servers, app.dir), eventName: "workflow_dispatch" });
    expect(resultOf(first, "up-to-date")).toBe("up-to-date");
    railsMigration(
      app.dir,
      "20240203000000",
      "add_nickname",
      "  def change\n    add_column :users, :nickname, :string\n  end",
    );
    const from = sshd.logs().length;
    const run = await runAction({ inputs: deployInputs(servers, app.dir), eventName: "workflow_dispatch" });
    expect(resultOf(run, "migrated")).toBe("migrated");
    // The gate read the file on the host (its finding names it), in the one session.
    expect(run.stdout).toMatch(/^20240203000000 db\/migrate\/20240203000000_add_nickname\.rb → /m);
    expect(count(/Accepted publickey/g, from)).toBe(1);
    expect(count(/Starting session:/g, from)).toBe(1);
    expect(await versions(pg, app.db)).toEqual(["20240101000000", "20240203000000"]);
    expect(await columns(app.db, "users")).toEqual(["id", "name", "legacy", "nickname"]);
  }, 180_000);

  it("Rails: a host without this version of the supervisor gets it in the deploy's own session: 2 sessions (the run that finds it missing, then install-and-run), 1 handshake", async () => {
    const { sshd } = servers;
    const app = await madeApps().rails();
    const count = (re: RegExp, from: number): number => sshd.logs().slice(from).match(re)?.length ?? 0;
    // The script the bundle ships, as the action names it on the host (the first 16 hex digits of its sha256).
    const text = readFileSync(resolve(process.env.MG_DIST_DIR ?? "dist", "host/supervisor.sh"), "utf8");
    const sha = createHash("sha256").update(text).digest("hex").slice(0, 16);
    const installed = join(homedir(), ".migration-guard/bin", `supervisor-${sha}.sh`);
    rmSync(installed, { force: true });
    const from = sshd.logs().length;
    const run = await runAction({ inputs: deployInputs(servers, app.dir), eventName: "workflow_dispatch" });
    expect(resultOf(run, "up-to-date")).toBe("up-to-date");
    expect(run.stdout).toContain("installing this version of the supervisor on the host");
    expect(readFileSync(installed, "utf8")).toBe(text);
    expect(count(/Accepted publickey/g, from)).toBe(1);
    expect(count(/Starting session:/g, from)).toBe(2);
  }, 180_000);

  it("Rails: the schema dump that db:migrate does after migrating runs too, where the app enables it", async () => {
    const app = await madeApps().rails();
    const boots = countBoots(join(app.dir, "log/boots.log"));
    // The fixture turns the dump off; this app turns it back on (as Rails' default is).
    write(
      join(app.dir, "config/initializers/dump.rb"),
      "Rails.application.config.active_record.dump_schema_after_migration = true\n" +
        "ActiveRecord::Base.dump_schema_after_migration = true\n",
    );
    railsMigration(
      app.dir,
      "20240201000000",
      "add_email",
      "  def change\n    add_column :users, :email, :string\n  end",
    );
    const run = await runAction({
      inputs: deployInputs(servers, app.dir, { backup: "never" }),
      eventName: "workflow_dispatch",
    });
    expect(resultOf(run, "migrated")).toBe("migrated");
    expect(boots()).toBe(1);
    const schema = readFileSync(join(app.dir, "db/schema.rb"), "utf8");
    expect(schema).toContain('t.string "email"');
    expect(schema).toContain("version: 2024_02_01_000000");
  }, 120_000);

  it("Rails: a migration that fails after changing data → restored byte-equal (the runner's process ends, the restore check reads status once more)", async () => {
    const { pg } = servers;
    const app = await madeApps().rails();
    await pg.query(
      app.db,
      "INSERT INTO users (name, legacy) SELECT 'u' || g, 'x' FROM generate_series(1, 50) g",
    );
    const boots = countBoots(join(app.dir, "log/boots.log"));
    railsMigration(
      app.dir,
      "20240201000000",
      "break_users",
      '  disable_ddl_transaction!\n  def up\n    execute "DELETE FROM users WHERE id > 10"\n    raise "no"\n  end',
    );
    const before = dump(pg, app.db);
    const run = await runAction({
      inputs: deployInputs(servers, app.dir, { "allow-destructive": "true" }),
      eventName: "workflow_dispatch",
    });
    expect(resultOf(run, "rolled-back")).toBe("rolled-back");
    expect(run.exitCode).not.toBe(0);
    expect(dump(pg, app.db)).toBe(before);
    // The deploy's one boot, and the restore check's status command after the restore.
    expect(boots()).toBe(2);
  }, 180_000);

  it("Rails: custom status-command and migrate-command keep their own processes, as before", async () => {
    const app = await madeApps().rails();
    const boots = countBoots(join(app.dir, "log/boots.log"));
    railsMigration(
      app.dir,
      "20240201000000",
      "add_email",
      "  def change\n    add_column :users, :email, :string\n  end",
    );
    const run = await runAction({
      inputs: deployInputs(servers, app.dir, {
        "status-command": "bin/rails db:migrate:status",
        "migrate-command": "bin/rails db:migrate",
        backup: "never",
      }),
      eventName: "workflow_dispatch",
    });
    expect(resultOf(run, "migrated")).toBe("migrated");
    expect(await versions(servers.pg, app.db)).toEqual(["20240101000000", "20240201000000"]);
    // The database settings, the status and the migration: three boots, no runner.
    expect(boots()).toBe(3);
  }, 120_000);

  it("Django: backup, then the migration in the process that read it → migrated, 1 boot", async () => {
    const { pg } = servers;
    const app = await madeApps().django();
    const boots = countBoots(join(app.dir, "boots.log"));
    djangoMigration(
      app.dir,
      "0002_product_email",
      "0001_initial",
      '        migrations.AddField(model_name="product", name="email", field=models.CharField(max_length=100, null=True)),',
    );
    const run = await runAction({ inputs: django(app.dir), eventName: "workflow_dispatch" });
    expect(resultOf(run, "migrated")).toBe("migrated");
    expect(run.exitCode).toBe(0);
    expect(boots()).toBe(1);
    expect(JSON.parse(run.outputs["backup-paths"])).toHaveLength(1);
    expect(JSON.parse(run.outputs.applied)).toEqual(["shop.0002_product_email"]);
    expect(await columns(app.db, "shop_product")).toContain("email");
    const rows = (await pg.query(
      app.db,
      "SELECT name FROM django_migrations WHERE app = 'shop' ORDER BY id",
    )) as { name: string }[];
    expect(rows.map((r) => r.name)).toEqual(["0001_initial", "0002_product_email"]);
    expect(run.stdout).toMatch(/^migrated shop\.0002_product_email \(default\) in \d+ ms$/m);
  }, 120_000);

  it("Rails multi-database: both databases backed up and migrated from one boot", async () => {
    const { pg } = servers;
    const app = await multiDbApps(pg, servers.root).app("onebootmdb");
    const boots = countBoots(join(app.dir, "log/boots.log"));
    railsMigration(
      app.dir,
      "20240201000000",
      "add_email",
      "  def change\n    add_column :users, :email, :string\n  end",
    );
    animalsMigration(
      app.dir,
      "20240201000001",
      "add_breed",
      "  def change\n    add_column :dogs, :breed, :string\n  end",
    );
    const run = await runAction({ inputs: deployInputs(servers, app.dir), eventName: "workflow_dispatch" });
    expect(resultOf(run, "migrated")).toBe("migrated");
    expect(boots()).toBe(1);
    expect(JSON.parse(run.outputs["backup-paths"])).toHaveLength(2);
    expect(await versions(pg, app.primary)).toEqual(["20240101000000", "20240201000000"]);
    expect(await versions(pg, app.animals)).toEqual(["20240101000001", "20240201000001"]);
    expect(run.stdout).toMatch(/^migrated 20240201000001 \(animals\) in \d+ ms$/m);
  }, 180_000);
});
