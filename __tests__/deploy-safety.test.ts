// The pure parts of the safety net: restore-time estimates, the runbook, health verdicts and polling, the
// status metric.
import { describe, expect, it } from "@jest/globals";
import {
  formatBytes,
  renderRunbook,
  restoreEstimate,
  runbookState,
  shellQuote,
} from "../src/core/deploy/backup.js";
import { judgeHealth, judgeUp, nextDelay, pollHealth, type HttpResponse } from "../src/core/deploy/health.js";
import { prometheusMetrics } from "../src/core/deploy/status.js";

const GB = 1024 ** 3;

describe("restore estimate", () => {
  it("bands by database size; over 50 GB recommends physical backups with WAL archiving", () => {
    expect(restoreEstimate(500 * 1024 ** 2)).toMatchObject({ band: "fine", warn: false });
    expect(restoreEstimate(3 * GB)).toMatchObject({ band: "1-10GB", warn: true });
    expect(restoreEstimate(3 * GB).text).toContain("15-30 minutes");
    expect(restoreEstimate(20 * GB).text).toContain("1-2 hours");
    expect(restoreEstimate(80 * GB)).toMatchObject({ band: "over-50GB", warn: true });
    expect(restoreEstimate(80 * GB).text).toContain("WAL archiving");
    expect(formatBytes(1536)).toBe("2 KiB");
    expect(formatBytes(7 * 1024 ** 2)).toBe("7.0 MiB");
  });
});

describe("runbook", () => {
  const base = {
    target: { user: "deploy", host: "db1.example.com", port: 2222 },
    appDir: "/srv/shop current",
    runPrefix: ["env", "RAILS_ENV=production"],
    statusCommands: [["bin/rails", "db:migrate:status"]],
    journal: "/home/deploy/.migration-guard/apps/x/deploys/d/journal.jsonl",
  };

  it("names this deploy's backup, the exact restore and status commands; never a password", () => {
    const text = renderRunbook({
      ...base,
      result: "failed",
      backupPath: "/var/backups/production-20240101T000000Z-abc.dump",
      connection: "PGHOST=db PGDATABASE=shop PGUSER=app",
      rolledBack: false,
    });
    expect(text).toContain("ssh -p 2222 deploy@db1.example.com");
    expect(text).toContain("cd '/srv/shop current'");
    expect(text).toContain("env RAILS_ENV=production bin/rails db:migrate:status");
    expect(text).toContain("sha256sum /var/backups/production-20240101T000000Z-abc.dump");
    expect(text).toContain("export PGHOST=db PGDATABASE=shop PGUSER=app\n");
    expect(text).toContain(
      '\nenv RAILS_ENV=production pg_restore --clean --if-exists --single-transaction --dbname "$PGDATABASE" < /var/backups/',
    );
    expect(text).toContain("export PGPASSWORD=...");
    expect(text).toContain(`cat ${base.journal}`);
    expect(text).toContain("discards every write made after the backup");
  });

  it("a multi-database app: each database's backup, checksum and restore, under its own connection", () => {
    const text = renderRunbook({
      ...base,
      result: "rolled-back",
      rolledBack: true,
      backups: [
        {
          path: "/b/p.primary.dump",
          sha256: "aa".repeat(32),
          connection: "PGHOST=db PGDATABASE=shop",
          database: "primary",
        },
        {
          path: "/b/p.animals.dump",
          sha256: "bb".repeat(32),
          connection: "PGHOST=db2 PGDATABASE=zoo",
          database: "animals",
        },
      ],
    });
    const primary = text.indexOf("export PGHOST=db PGDATABASE=shop\n");
    const animals = text.indexOf("export PGHOST=db2 PGDATABASE=zoo\n");
    expect(primary).toBeGreaterThan(0);
    expect(animals).toBeGreaterThan(primary);
    expect(text.indexOf("< /b/p.primary.dump")).toBeGreaterThan(primary);
    expect(text.indexOf("< /b/p.animals.dump")).toBeGreaterThan(animals);
    expect(text).toContain(`it must print ${"bb".repeat(32)}`);
    expect(text).toContain("# database animals");
  });

  it("a restore-command is shown with the backup path in MG_BACKUP_PATH; no backup says so", () => {
    const custom = renderRunbook({
      ...base,
      result: "rolled-back",
      backupPath: "/b/x.dump",
      restoreCommand: 'mysql shop < "$MG_BACKUP_PATH"',
      rolledBack: true,
    });
    expect(custom).toContain("The supervisor restored the backup");
    expect(custom).toContain("equal those before the deploy");
    expect(custom).toContain(
      `MG_BACKUP_PATH=/b/x.dump env RAILS_ENV=production sh -c 'mysql shop < "$MG_BACKUP_PATH"'`,
    );
    const none = renderRunbook({ ...base, result: "failed", rolledBack: false });
    expect(none).toContain("no backup was taken");
    expect(none).toContain("Nothing was restored: the database is as the migration left it");
  });

  it("says truthfully what the database holds: untouched, restore rolled back, restored", () => {
    const withBackup = { ...base, result: "failed", backupPath: "/b/x.dump", sha256: "ab".repeat(32) };
    expect(renderRunbook({ ...withBackup, rolledBack: false, migrateStarted: false })).toContain(
      "did not change the database",
    );
    const failed = renderRunbook({
      ...withBackup,
      rolledBack: false,
      migrateStarted: true,
      restoreState: "failed",
    });
    expect(failed).toContain("nothing of it was committed");
    expect(failed).toContain(`it must print ${"ab".repeat(32)}`);
    expect(
      runbookState({
        phases: [
          { phase: "migrate", state: "failed" },
          { phase: "restore", state: "failed" },
        ],
      }),
    ).toEqual({
      migrateStarted: true,
      restoreState: "failed",
    });
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });
});

describe("health", () => {
  const ok = JSON.stringify({
    status: "ok",
    database: "connected",
    migrations: { pending_count: 0, status: "up_to_date" },
  });
  const degraded = JSON.stringify({
    status: "degraded",
    database: "connected",
    migrations: { pending_count: 1, status: "pending", pending_migrations: ["20240102000000"] },
  });

  it("judges up-url by HTTP 200 and health-url by status ok and no pending migrations", () => {
    expect(judgeUp({ status: 200, body: "" }).healthy).toBe(true);
    expect(judgeUp({ status: 0, body: "", error: "ECONNREFUSED" }).reason).toContain("ECONNREFUSED");
    expect(judgeHealth({ status: 200, body: ok })).toEqual({ healthy: true, reason: "ok" });
    const bad = judgeHealth({ status: 503, body: degraded });
    expect(bad.healthy).toBe(false);
    expect(bad.reason).toContain("1 pending migration(s)");
    expect(bad.reason).toContain("20240102000000");
    expect(judgeHealth({ status: 200, body: "<html>" }).healthy).toBe(false);
    expect(judgeHealth({ status: 200, body: JSON.stringify({ status: "ok" }) }).healthy).toBe(false);
  });

  it("polls with backoff until healthy, then checks health; stops at the deadline", async () => {
    let clock = 0;
    const answers: Record<string, HttpResponse[]> = {
      up: [
        { status: 0, body: "", error: "ECONNREFUSED" },
        { status: 502, body: "" },
        { status: 200, body: "up" },
      ],
      health: [{ status: 200, body: ok }],
    };
    const sleeps: number[] = [];
    const results = await pollHealth({
      upUrl: "up",
      healthUrl: "health",
      timeoutMs: 60_000,
      probe: async (url) => answers[url].shift()!,
      sleep: async (ms) => {
        sleeps.push(ms);
        clock += ms;
      },
      now: () => clock,
    });
    expect(results.map((r) => [r.kind, r.healthy, r.attempts])).toEqual([
      ["up", true, 3],
      ["health", true, 1],
    ]);
    expect(sleeps).toEqual([500, 1000]);

    clock = 0;
    const stuck = await pollHealth({
      healthUrl: "health",
      timeoutMs: 10_000,
      probe: async () => ({ status: 503, body: degraded }),
      sleep: async (ms) => {
        clock += ms;
      },
      now: () => clock,
    });
    expect(stuck).toHaveLength(1);
    expect(stuck[0].healthy).toBe(false);
    expect(stuck[0].last?.body).toContain("degraded");
    expect(clock).toBe(10_000);
    expect(nextDelay(10, 60_000)).toBe(5000);
  });
});

describe("status metric", () => {
  it("Prometheus text format with the environment as a label", () => {
    expect(prometheusMetrics('prod"1', 3)).toBe(
      "# HELP pending_migrations_count Migrations in the code that the database has not run.\n" +
        "# TYPE pending_migrations_count gauge\n" +
        'pending_migrations_count{environment="prod\\"1"} 3\n',
    );
  });
});
