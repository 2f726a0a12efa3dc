// `command: status` end to end, read-only, before and after a real deploy: the bundled action over real SSH
// to a Rails 6.1 app on PostgreSQL, served by WEBrick so the deploy's health checks (from the runner) read
// the example endpoint from docs/health-endpoints. Servers that cannot start fail the suite, never skip.
import { beforeAll, describe, expect, it } from "@jest/globals";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { useDeployServers } from "./helpers/deploy-suite.js";
import type { Postgres } from "./helpers/postgres.js";
import { resultOf, runAction } from "./helpers/run-action.js";
import { appFactory, railsMigration, serve, type App, type Server } from "./helpers/safety-apps.js";
import type { Sshd } from "./helpers/sshd.js";

// The app's server stops before sshd and PostgreSQL do.
const servers = useDeployServers("status", () => (server as Server | undefined)?.stop());
const root = servers.root;
let sshd: Sshd;
let pg: Postgres;
let app: App;
let server: Server;

beforeAll(async () => {
  ({ sshd, pg } = servers);
  app = await appFactory(pg, root).rails("status");
  railsMigration(
    app.dir,
    "20240102000000",
    "add_email",
    "  def change\n    add_column :users, :email, :string\n  end",
  );
  server = await serve("rails", app.dir);
}, 120_000);

function connection(): Record<string, string> {
  return {
    host: sshd.host,
    port: String(sshd.port),
    user: sshd.user,
    "ssh-key": sshd.privateKey,
    "known-hosts": sshd.knownHosts,
    "app-dir": app.dir,
    framework: "rails",
  };
}

async function status(extra: Record<string, string> = {}): Promise<Awaited<ReturnType<typeof runAction>>> {
  return runAction({
    inputs: { command: "status", environment: "production", ...connection(), ...extra },
    eventName: "schedule",
    cwd: root,
  });
}

async function schemaVersions(): Promise<string[]> {
  const rows = (await pg.query(app.db, "SELECT version FROM schema_migrations ORDER BY 1")) as {
    version: string;
  }[];
  return rows.map((r) => r.version);
}

describe("command: status, before and after a deploy (real sshd, PostgreSQL, Rails)", () => {
  it("reports the pending migration read-only, writes the metric, and fails when told to", async () => {
    const before = await schemaVersions();
    const run = await status({ "metrics-file": "pending.prom" });
    expect(run.exitCode).toBe(0);
    expect(run.outputs["pending-count"]).toBe("1");
    expect(run.outputs.status).toBe("pending");
    expect(JSON.parse(run.outputs.pending)).toEqual([
      { id: "20240102000000", name: "Add email", database: app.db },
    ]);
    expect(run.summary).toContain("Migration status: `pending`");
    expect(run.summary).toContain("20240102000000");
    expect(readFileSync(join(root, "pending.prom"), "utf8")).toContain(
      'pending_migrations_count{environment="production"} 1\n',
    );
    // Read-only: nothing migrated, no backup, no journal written on the host.
    expect(await schemaVersions()).toEqual(before);
    expect(existsSync(join(root, "status-backups"))).toBe(false);
    // The example health endpoint agrees.
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({
      status: "degraded",
      database: "connected",
      migrations: { pending_count: 1, pending_migrations: ["20240102000000"] },
    });

    const strict = await status({ "fail-on-pending": "true" });
    expect(strict.exitCode).not.toBe(0);
    expect(strict.stdout).toContain("::error::1 migration(s) pending in production: 20240102000000");
    expect(strict.outputs["pending-count"]).toBe("1");
  }, 90_000);

  it("metrics-dir-on-host: the metric file appears on the host, whole, readable by the exporter, no temp file left; a folder it cannot write fails the step", async () => {
    // A hostile folder name: data, never a word of a shell string.
    const dir = join(root, "textfile $(touch INJECTED) `id`;");
    mkdirSync(dir);
    writeFileSync(join(dir, "migration-guard-staging-eu.prom"), "old\n");
    writeFileSync(join(dir, "other.prom"), "kept\n");
    const run = await status({ environment: "staging-eu", "metrics-dir-on-host": dir });
    expect(run.exitCode).toBe(0);
    const file = join(dir, "migration-guard-staging-eu.prom");
    expect(readFileSync(file, "utf8")).toBe(
      "# HELP pending_migrations_count Migrations in the code that the database has not run.\n" +
        "# TYPE pending_migrations_count gauge\n" +
        'pending_migrations_count{environment="staging-eu"} 1\n',
    );
    expect(statSync(file).mode & 0o777).toBe(0o644);
    expect(readdirSync(dir).sort()).toEqual(["migration-guard-staging-eu.prom", "other.prom"]);
    expect(existsSync(join(root, "INJECTED"))).toBe(false);
    expect(existsSync(join(app.dir, "INJECTED"))).toBe(false);

    const missing = join(root, "no-such-folder");
    const failed = await status({ "metrics-dir-on-host": missing });
    expect(failed.exitCode).not.toBe(0);
    expect(failed.stdout).toContain(
      `::error::Could not write the metric file ${missing}/migration-guard-production.prom on the host (metrics-dir-on-host)`,
    );
    expect(existsSync(missing)).toBe(false);
  }, 90_000);

  it("a deploy with health checks from the runner, then status says up-to-date", async () => {
    const deploy = await runAction({
      inputs: {
        command: "deploy",
        environment: "production",
        ...connection(),
        "backup-dir": join(root, "status-backups"),
        "up-url": `${server.url}/up`,
        "health-url": `${server.url}/health`,
        "health-timeout": "20s",
      },
      eventName: "workflow_dispatch",
    });
    expect(resultOf(deploy, "migrated")).toBe("migrated");
    expect(deploy.exitCode).toBe(0);
    expect(deploy.summary).toMatch(/\| health \| ok \|/);
    expect(deploy.summary).toMatch(/\| health \| `[^`]+\/health` \| ✅ ok \|/);
    expect(deploy.summary).not.toContain("### Runbook");

    const run = await status({ "metrics-file": "pending.prom", "fail-on-pending": "true" });
    expect(run.exitCode).toBe(0);
    expect(run.outputs["pending-count"]).toBe("0");
    expect(run.outputs.status).toBe("up-to-date");
    expect(JSON.parse(run.outputs.pending)).toEqual([]);
    expect(readFileSync(join(root, "pending.prom"), "utf8")).toContain(
      'pending_migrations_count{environment="production"} 0\n',
    );
    expect(await (await fetch(`${server.url}/health`)).json()).toEqual({
      status: "ok",
      database: "connected",
      migrations: { pending_count: 0, status: "up_to_date" },
    });
  }, 120_000);

  it("a status output it could not fully read → status unknown, the step fails, even without fail-on-pending", async () => {
    // One pending name it can read and one whose characters it will not turn into a file glob on the host.
    writeFileSync(
      join(app.dir, "knex-status.sh"),
      "printf '%s\\n' 'Found 2 Pending Migration file/files.' '20240101_ok.js' '2024 bad;$(name).js'\n",
    );
    const run = await status({
      framework: "knex",
      "status-command": "bash knex-status.sh",
      "metrics-file": "unknown.prom",
    });
    expect(run.exitCode).not.toBe(0);
    expect(run.outputs.status).toBe("unknown");
    // The count read so far is reported (a lower bound, still enough to alert on), and the error says so.
    expect(run.outputs["pending-count"]).toBe("2");
    expect(readFileSync(join(root, "unknown.prom"), "utf8")).toContain(
      'pending_migrations_count{environment="production"} 2\n',
    );
    expect(run.stdout).toMatch(
      /::error::The status output was not fully read \(the migration id .*unexpected characters.*lower bound/,
    );
  }, 90_000);

  it("env passes the step's variables through to the app's commands, never into a command line or the log", async () => {
    const value = "postgres://app:s3cr3t pass@db/app?x=$(touch INJECTED)&y=`id`;'\"";
    writeFileSync(
      join(app.dir, "env-status.sh"),
      "printf '%s' \"$APP_DATABASE_URL\" > env-seen.txt\nprintf '%s\\n' 'No Pending Migration files Found.'\n",
    );
    const run = await runAction({
      inputs: {
        command: "status",
        environment: "production",
        ...connection(),
        framework: "knex",
        "status-command": "bash env-status.sh",
        env: "APP_DATABASE_URL",
      },
      env: { APP_DATABASE_URL: value },
      eventName: "schedule",
      cwd: root,
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe("up-to-date");
    expect(readFileSync(join(app.dir, "env-seen.txt"), "utf8")).toBe(value);
    expect(existsSync(join(app.dir, "INJECTED"))).toBe(false);
    expect(run.stdout + run.stderr).not.toContain("s3cr3t");

    const bad = await runAction({
      inputs: { command: "status", ...connection(), env: "MG_APP_DIR, NOT_SET_ANYWHERE" },
      eventName: "schedule",
      cwd: root,
    });
    expect(bad.exitCode).not.toBe(0);
    expect(bad.stdout).toMatch(
      /^::error::Input `env`: "MG_APP_DIR" is not a name .*NOT_SET_ANYWHERE is not set/m,
    );
  }, 90_000);

  it("a migration recorded in the database without its file → status ahead (a warning, not a failure)", async () => {
    rmSync(join(app.dir, "db/migrate/20240102000000_add_email.rb"));
    const run = await status({ "fail-on-pending": "true" });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe("ahead");
    expect(run.outputs["pending-count"]).toBe("0");
    expect(run.stdout).toContain("::warning::The database is ahead of the code: 20240102000000");
  }, 60_000);
});
