// `command: deploy` end to end: the bundled action, as the runner runs it, over real SSH (sshd on loopback
// with its own host keys) to real Rails 6.1 and Django 3.2 apps on a real PostgreSQL. Servers that cannot
// start fail the suite (the helpers throw), they are never skipped.
import { beforeAll, describe, expect, it } from "@jest/globals";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { djangoMigration, makeApps, railsMigration, write, type Apps } from "./helpers/apps.js";
import { useDeployServers } from "./helpers/deploy-suite.js";
import type { Postgres } from "./helpers/postgres.js";
import { resultOf, runAction, type ActionRun } from "./helpers/run-action.js";
import type { Sshd } from "./helpers/sshd.js";
import { startGitHubServer } from "./helpers/github-server.js";
import { approvalAndComment } from "../src/commands/approval-gate.js";
import { gitBlobSha } from "../src/core/deploy/pr-approval.js";

let apps: Apps | undefined;
// What the supervisor kept on the host for these apps (journals, backups) goes with them.
const servers = useDeployServers("deploy", () => {
  for (const app of apps?.made() ?? []) rmSync(stateDir(app.dir), { recursive: true, force: true });
});
const root = servers.root;
beforeAll(() => {
  apps = makeApps(servers.pg, root);
});

const madeApps = (): Apps => {
  if (!apps) throw new Error("the test servers did not start (see beforeAll)");
  return apps;
};
const server = (): Sshd => servers.sshd;
const db = (): Postgres => servers.pg;

function inputs(appDir: string, extra: Record<string, string> = {}): Record<string, string> {
  const s = server();
  return {
    command: "deploy",
    environment: "production",
    host: s.host,
    port: String(s.port),
    user: s.user,
    "ssh-key": s.privateKey,
    "known-hosts": s.knownHosts,
    "app-dir": appDir,
    framework: "rails",
    ...extra,
  };
}

async function columns(database: string, table = "users"): Promise<string[]> {
  const rows = (await db().query(
    database,
    `SELECT column_name FROM information_schema.columns WHERE table_name = '${table}' ORDER BY column_name`,
  )) as { column_name: string }[];
  return rows.map((r) => r.column_name);
}

/** Everything of a run a person or another step could read, less the runner's own mask commands. */
function visible(run: ActionRun): string {
  return [
    run.stdout
      .split("\n")
      .filter((l) => !l.startsWith("::add-mask::"))
      .join("\n"),
    run.stderr,
    run.summary,
    JSON.stringify(run.outputs),
    JSON.stringify(run.state),
    run.post?.stdout ?? "",
    run.post?.stderr ?? "",
  ].join("\n");
}

function expectNoKey(run: ActionRun): void {
  const body = server()
    .privateKey.split("\n")
    .filter((l) => l.length >= 8 && !l.startsWith("-----"));
  expect(body.length).toBeGreaterThan(0);
  const text = visible(run);
  for (const line of body) expect(text).not.toContain(line);
  // Not even a long piece of it (a key split differently, or base64 of it).
  const blob = body.join("");
  for (let i = 0; i + 24 <= blob.length; i += 24) expect(text).not.toContain(blob.slice(i, i + 24));
}

/** The lines the runner would take as workflow commands (it honours `::stop-commands::` like this). */
function workflowCommands(stdout: string): string[] {
  const commands: string[] = [];
  let resume: string | undefined;
  for (const line of stdout.split("\n")) {
    if (resume !== undefined) {
      if (line.trim() === `::${resume}::`) resume = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line.trim());
    if (stop) resume = stop[1];
    else if (line.trimStart().startsWith("::")) commands.push(line.trim());
  }
  return commands;
}

/** Live processes whose working directory is `dir` (a migration the deadline should have ended). */
function processesIn(dir: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      if (readlinkSync(`/proc/${pid}/cwd`) !== dir) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      if (stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z")) continue;
      found.push(`${pid} ${readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ")}`);
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/** The sshd user's home on the host (the same user as this process, by its passwd entry, not $HOME). */
const home = userInfo().homedir;

/** The supervisor's state directory for an app dir on the host (lock, journals, backups). */
function stateDir(appDir: string): string {
  const key = createHash("sha256").update(appDir).digest("hex").slice(0, 16);
  return join(home, ".migration-guard", "apps", key);
}

/** The host's journals of deploys of `appDir`. */
function journals(appDir: string): string[] {
  const dir = join(stateDir(appDir), "deploys");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((d) => join(dir, d, "journal.jsonl"))
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f, "utf8"));
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The `approval-key` secret both the PR check and the deploy are given. */
const KEY = "0123456789abcdef".repeat(4);

const ADD_EMAIL = "  def change\n    add_column :users, :email, :string\n  end";
const REMOVE_LEGACY = "  def change\n    remove_column :users, :legacy, :string\n  end";

describe("deploy over SSH (Rails 6.1, PostgreSQL)", () => {
  it("the original bug: code up to date, one migration pending → migrated; key gone after the post step", async () => {
    const app = await madeApps().rails();
    railsMigration(app.dir, "20240102000000", "add_email_to_users", ADD_EMAIL);
    const run = await runAction({ inputs: inputs(app.dir), post: true });
    expect(resultOf(run, "migrated")).toBe("migrated");
    expect(run.exitCode).toBe(0);
    expect(run.outputs["pending-count"]).toBe("1");
    expect(JSON.parse(run.outputs.applied)).toEqual(["20240102000000"]);
    expect(await columns(app.db)).toContain("email");
    expect(run.summary).toContain("| migrate | ok |");
    expectNoKey(run);
    expect(run.post?.exitCode).toBe(0);
    expect(existsSync(run.state.deploySshDir)).toBe(false);
  }, 90_000);

  it("nothing pending → up-to-date, nothing migrated", async () => {
    const app = await madeApps().rails();
    const run = await runAction({ inputs: inputs(app.dir) });
    expect(resultOf(run, "up-to-date")).toBe("up-to-date");
    expect(run.exitCode).toBe(0);
    expect(run.outputs["pending-count"]).toBe("0");
    expect(JSON.parse(run.outputs.applied)).toEqual([]);
    expect(run.stdout).not.toContain("::group::migrate");
  }, 60_000);

  it("destructive in production → blocked with the database untouched; approved → migrated", async () => {
    const app = await madeApps().rails();
    const path = railsMigration(app.dir, "20240103000000", "remove_legacy_from_users", REMOVE_LEGACY);
    const blocked = await runAction({ inputs: inputs(app.dir) });
    expect(resultOf(blocked, "blocked")).toBe("blocked");
    expect(blocked.exitCode).not.toBe(0);
    expect(blocked.stdout).toMatch(new RegExp(`::error.*file=${path},line=3`));
    expect(blocked.stdout).toContain("allow-destructive");
    expect(blocked.stdout).not.toContain("::group::migrate");
    expect(await columns(app.db)).toContain("legacy");
    expectNoKey(blocked);
    const approved = await runAction({ inputs: inputs(app.dir, { "allow-destructive": "true" }) });
    expect(resultOf(approved, "migrated")).toBe("migrated");
    expect(approved.exitCode).toBe(0);
    expect(await columns(app.db)).not.toContain("legacy");
  }, 90_000);

  it("a PR approval for exactly these bytes opens the production gate; bytes changed after it do not", async () => {
    const app = await madeApps().rails();
    const path = railsMigration(app.dir, "20240103000000", "remove_legacy_from_users", REMOVE_LEGACY);
    const gh = await startGitHubServer({ owner: "acme", repo: "shop" });
    try {
      // The PR check runs on the PR, an allowed reviewer labels it, the check runs again: the record is written.
      const head = "a".repeat(40);
      gh.setPull({ number: 12, author: "alice", head });
      gh.setPermission("bob", "write");
      const gate = () =>
        approvalAndComment({
          token: "ghs_pr_token",
          apiUrl: gh.url,
          owner: "acme",
          repo: "shop",
          pull: 12,
          author: "alice",
          head,
          gated: [{ path, blob: gitBlobSha(readFileSync(join(app.dir, path))), categories: ["destructive"] }],
          approvalLabel: "migrations:approved",
          approvers: [],
          comment: "on-findings",
          report: "report",
          hasFindings: true,
          approvalKey: KEY,
        });
      await gate();
      gh.addLabel(12, "bob", "migrations:approved");
      expect((await gate()).approved).toBe(true);
      // The PR was merged; the deploy runs on a later commit of main.
      const merge = "c".repeat(40);
      gh.lastCommits.set(path, merge);
      gh.commitPulls.set(merge, [{ number: 12, merged: true }]);
      const env = { GITHUB_API_URL: gh.url, GITHUB_SHA: "d".repeat(40) };

      // Someone edits the migration on the host after the approval: blocked, naming the PR.
      const file = join(app.dir, path);
      const approved = readFileSync(file);
      write(file, `${approved.toString()}# edited on the host\n`);
      const tampered = await runAction({
        inputs: inputs(app.dir, { token: "ghs_deploy_token", "approval-key": KEY }),
        env,
      });
      expect(resultOf(tampered, "blocked")).toBe("blocked");
      expect(tampered.stdout).toMatch(/differs from what was approved in #12/);
      expect(await columns(app.db)).toContain("legacy");

      write(file, approved.toString());
      const run = await runAction({
        inputs: inputs(app.dir, { token: "ghs_deploy_token", "approval-key": KEY }),
        env,
      });
      expect(resultOf(run, "migrated")).toBe("migrated");
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toMatch(/::notice.*approved in #12 by @bob \(label\)/);
      expect(await columns(app.db)).not.toContain("legacy");
      // The deploy asked for the history of the deployed commit, with its own token, and nothing else.
      // (Besides the `migrate` deployment every deploy records since issue 13, checked in deploy-promotion.)
      const lookups = gh.requests.filter(
        (r) => r.authorization?.includes("ghs_deploy_token") && !r.path.includes("/deployments"),
      );
      expect(lookups.map((r) => r.method)).toEqual(lookups.map(() => "GET"));
      expect(lookups.find((r) => r.path.endsWith("/commits"))?.query.sha).toBe("d".repeat(40));
      // Masked for the runner (`::add-mask::`, which the runner consumes), and shown nowhere else.
      const shown = (run.stdout + run.stderr).split("\n").filter((l) => !l.startsWith("::add-mask::"));
      expect(shown.join("\n")).not.toContain("ghs_deploy_token");
      expect(run.summary).not.toContain("ghs_deploy_token");
    } finally {
      await gh.close();
    }
  }, 120_000);

  it("a forged bot comment with a planted approval record does not open the production gate", async () => {
    const app = await madeApps().rails();
    const path = railsMigration(app.dir, "20240103000000", "remove_legacy_from_users", REMOVE_LEGACY);
    const gh = await startGitHubServer({ owner: "acme", repo: "shop" });
    try {
      const blob = gitBlobSha(readFileSync(join(app.dir, path)));
      gh.setPull({ number: 13, author: "mallory", head: "a".repeat(40) });
      // Another workflow echoes PR-controlled text as github-actions[bot]: marker and record included.
      const record = {
        v: 1,
        approved: true,
        approval: {
          digest: "e".repeat(64),
          head: "a".repeat(40),
          by: "bob",
          via: "label",
          at: "2026-01-01T00:00:05Z",
          files: { [path]: blob },
        },
        heads: [],
      };
      gh.addComment(
        13,
        "github-actions[bot]",
        `<!-- migration-guard:report -->\nreport\n<!-- migration-guard:approval ${JSON.stringify(record)} -->`,
        "Bot",
      );
      const merge = "c".repeat(40);
      gh.lastCommits.set(path, merge);
      gh.commitPulls.set(merge, [{ number: 13, merged: true }]);
      const env = { GITHUB_API_URL: gh.url, GITHUB_SHA: "d".repeat(40) };
      for (const extra of [{}, { "approval-key": KEY }] as Record<string, string>[]) {
        const run = await runAction({
          inputs: inputs(app.dir, { token: "ghs_deploy_token", ...extra }),
          env,
        });
        expect(resultOf(run, "blocked")).toBe("blocked");
        expect(run.exitCode).not.toBe(0);
        expect(await columns(app.db)).toContain("legacy");
      }
    } finally {
      await gh.close();
    }
  }, 120_000);

  it("staging warns, pauses and proceeds", async () => {
    const app = await madeApps().rails();
    railsMigration(app.dir, "20240103000000", "remove_legacy_from_users", REMOVE_LEGACY);
    const workspace = join(root, "ws-staging");
    write(join(workspace, ".github/migration-guard.yml"), "environments:\n  staging:\n    pause: 3s\n");
    const run = await runAction({
      inputs: inputs(app.dir, { environment: "staging", backup: "never" }),
      cwd: workspace,
    });
    expect(resultOf(run, "migrated")).toBe("migrated");
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/::warning.*Destructive/);
    const gate = JSON.parse(
      journals(app.dir)
        .join("")
        .split("\n")
        .filter((l) => l.includes('"phase":"gate"') && l.includes('"state":"ok"'))[0] ?? "{}",
    ) as { ms?: number };
    expect(gate.ms).toBeGreaterThanOrEqual(3000);
    expect(await columns(app.db)).not.toContain("legacy");
  }, 90_000);

  it("a migration sleeping past a 5 s timeout → timed-out; nothing of it left on the host 10 s later", async () => {
    const app = await madeApps().rails();
    railsMigration(
      app.dir,
      "20240104000000",
      "slow_backfill",
      '  def up\n    execute "SELECT pg_sleep(120)"\n  end',
    );
    const started = Date.now();
    const run = await runAction({ inputs: inputs(app.dir, { timeout: "5", "on-failure": "none" }) });
    expect(resultOf(run, "timed-out")).toBe("timed-out");
    expect(run.exitCode).not.toBe(0);
    expect(Date.now() - started).toBeLessThan(40_000);
    const error = run.stdout.split("\n").find((l) => l.startsWith("::error::")) ?? "";
    expect(error.match(/deadline/g)).toHaveLength(1);
    await sleep(10_000);
    const queries = await db().query(
      "postgres",
      "SELECT pid, application_name, query FROM pg_stat_activity WHERE (query LIKE '%pg_sleep(120)%' OR application_name LIKE 'migration-guard%') AND pid <> pg_backend_pid()",
    );
    expect(queries).toEqual([]);
    expect(processesIn(app.dir)).toEqual([]);
    expect(await columns(app.db)).toEqual(["id", "legacy", "name"]);
  }, 90_000);

  it("the action killed mid-migration: the supervisor finishes the migration and releases the lock", async () => {
    const app = await madeApps().rails();
    railsMigration(
      app.dir,
      "20240105000000",
      "add_email_slowly",
      '  def up\n    execute "SELECT pg_sleep(3)"\n    add_column :users, :email, :string\n  end',
    );
    let killedAt = 0;
    const run = await runAction({
      inputs: inputs(app.dir, { backup: "never" }),
      // The runner still runs the post step after a cancelled main step: it must clean up all the same.
      post: true,
      onSpawn: (pid) => {
        // SIGKILL once the migration's statement runs: no handler, no cleanup, like a runner that vanished.
        const poll = async (): Promise<void> => {
          for (let i = 0; i < 300 && !killedAt; i++) {
            const rows = await db().query(
              app.db,
              "SELECT 1 FROM pg_stat_activity WHERE query LIKE '%pg_sleep(3)%' AND pid <> pg_backend_pid()",
            );
            if (rows.length) {
              process.kill(pid, "SIGKILL");
              killedAt = Date.now();
            } else await sleep(100);
          }
        };
        void poll();
      },
    });
    expect(killedAt).toBeGreaterThan(0);
    expect(run.exitCode).not.toBe(0);
    expect(run.post?.exitCode).toBe(0);
    expect(existsSync(run.state.deploySshDir)).toBe(false);
    expect(run.outputs.result).toBeUndefined();
    // The next deploy waits for the lock if it must, then finds nothing pending.
    const next = await runAction({ inputs: inputs(app.dir, { backup: "never" }) });
    expect(resultOf(next, "up-to-date")).toBe("up-to-date");
    expect(await columns(app.db)).toContain("email");
    // The supervisor of the killed run finished on its own and said so in its journal.
    expect(journals(app.dir).some((j) => j.includes('"result":"migrated"'))).toBe(true);
  }, 90_000);

  it("the action killed at the gate: nothing migrates, the lock is released", async () => {
    const app = await madeApps().rails();
    railsMigration(app.dir, "20240103000000", "remove_legacy_from_users", REMOVE_LEGACY);
    const workspace = join(root, "ws-killed-at-gate");
    write(join(workspace, ".github/migration-guard.yml"), "environments:\n  staging:\n    pause: 10s\n");
    let killed = false;
    const run = await runAction({
      inputs: inputs(app.dir, { environment: "staging", backup: "never" }),
      cwd: workspace,
      post: true,
      onSpawn: (pid) => {
        // SIGKILL while the action pauses before a destructive migration in staging (a cancelled run).
        const poll = async (): Promise<void> => {
          for (let i = 0; i < 300 && !killed; i++) {
            await sleep(100);
            if (journals(app.dir).some((j) => j.includes('"t":"awaiting"'))) {
              await sleep(500);
              process.kill(pid, "SIGKILL");
              killed = true;
            }
          }
        };
        void poll();
      },
    });
    expect(killed).toBe(true);
    expect(run.exitCode).not.toBe(0);
    expect(existsSync(run.state.deploySshDir)).toBe(false);
    const next = await runAction({ inputs: inputs(app.dir, { backup: "never" }) });
    expect(resultOf(next, "blocked")).toBe("blocked");
    expect(journals(app.dir).some((j) => j.includes('"decision":"connection-closed"'))).toBe(true);
    expect(await columns(app.db)).toContain("legacy");
  }, 90_000);

  it("two deploys at once are serialized", async () => {
    const app = await madeApps().rails();
    railsMigration(
      app.dir,
      "20240106000000",
      "add_email_to_users",
      '  def up\n    execute "SELECT pg_sleep(2)"\n    add_column :users, :email, :string\n  end',
    );
    const [a, b] = await Promise.all([
      runAction({ inputs: inputs(app.dir, { backup: "never" }) }),
      runAction({ inputs: inputs(app.dir, { backup: "never" }) }),
    ]);
    expect([a.outputs.result, b.outputs.result].sort()).toEqual(["migrated", "up-to-date"]);
    expect(a.stdout + b.stdout).toContain("waiting for the deploy lock");
    expect(await columns(app.db)).toContain("email");
  }, 90_000);

  it("a wrong host key is refused before any command runs", async () => {
    const app = await madeApps().rails();
    railsMigration(app.dir, "20240102000000", "add_email_to_users", ADD_EMAIL);
    const accepted = (): number =>
      (
        server()
          .logs()
          .match(/Accepted publickey/g) ?? []
      ).length;
    const before = accepted();
    const run = await runAction({
      inputs: inputs(app.dir, { "known-hosts": server().wrongKnownHosts }),
      post: true,
    });
    expect(run.exitCode).not.toBe(0);
    expect(resultOf(run, "failed")).toBe("failed");
    expect(run.stdout).toMatch(/::error::.*host key/i);
    expect(run.stdout).not.toContain("::group::lock");
    // The client gave up before authenticating: the server never let it in, so nothing ran.
    expect(accepted()).toBe(before);
    expect(journals(app.dir)).toEqual([]);
    expect(await columns(app.db)).not.toContain("email");
    expectNoKey(run);
    expect(existsSync(run.state.deploySshDir)).toBe(false);
  }, 60_000);

  it("a bad input besides the SSH ones: the connection started early runs nothing and is closed, key removed", async () => {
    const app = await madeApps().rails();
    railsMigration(app.dir, "20240102000000", "add_email_to_users", ADD_EMAIL);
    const sessions = (): number =>
      (
        server()
          .logs()
          .match(/Starting session:/g) ?? []
      ).length;
    const before = sessions();
    const temp = mkdtempSync(join(tmpdir(), "mg-early-"));
    const run = await runAction({
      inputs: inputs(app.dir, { framework: "nope", backup: "never" }),
      env: { RUNNER_TEMP: temp },
    });
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toMatch(/::error::Input `framework` must be one of/);
    expect(run.stdout).not.toContain("::group::connect");
    // The SSH inputs were valid, so the handshake started before the step read the rest; nothing ran on it.
    expect(sessions()).toBe(before);
    expect(journals(app.dir)).toEqual([]);
    expect(await columns(app.db)).not.toContain("email");
    // Closed by the step itself (no post step here): no key, config or control socket left in RUNNER_TEMP.
    expect(readdirSync(temp)).toEqual([]);
    expectNoKey(run);
    rmSync(temp, { recursive: true, force: true });
  }, 60_000);

  it("hostile app-dir and ref values are data, not commands", async () => {
    const app = await madeApps().rails(
      "evil $(touch PWNED1) ; touch PWNED2 `touch PWNED3` && touch PWNED4 | x",
    );
    railsMigration(app.dir, "20240102000000", "add_email_to_users", ADD_EMAIL);
    const ref = "main; touch /tmp/mg-pwned-5 $(touch /tmp/mg-pwned-6) `touch /tmp/mg-pwned-7` ' \" \\";
    const run = await runAction({
      inputs: inputs(app.dir, { "update-command": 'echo "updating to $MG_REF"', backup: "never" }),
      env: { GITHUB_REF_NAME: ref },
    });
    expect(resultOf(run, "migrated")).toBe("migrated");
    expect(run.stdout).toContain(`updating to ${ref}`);
    expect(await columns(app.db)).toContain("email");
    for (const where of [root, app.dir, home, "/tmp"]) {
      expect(readdirSync(where).filter((f) => /^(PWNED|mg-pwned)/.test(f))).toEqual([]);
    }
  }, 60_000);

  it("remote output cannot issue workflow commands or set outputs", async () => {
    const app = await madeApps().rails();
    railsMigration(
      app.dir,
      "20240107000000",
      "chatty",
      [
        "  def up",
        '    puts "::set-output name=result::hacked"',
        '    puts "::error::pwned-annotation"',
        '    $stderr.puts "::warning::pwned-stderr"',
        '    puts "::add-mask::pwned-mask"',
        '    puts "@mg:event {\\"t\\":\\"result\\",\\"result\\":\\"hacked\\"}"',
        "    add_column :users, :email, :string",
        "  end",
      ].join("\n"),
    );
    const run = await runAction({ inputs: inputs(app.dir, { backup: "never" }) });
    expect(resultOf(run, "migrated")).toBe("migrated");
    expect(run.exitCode).toBe(0);
    // The lines were shown (the test is not vacuous), but only where the runner ignores commands.
    expect(run.stdout).toContain("::error::pwned-annotation");
    expect(run.stdout).toContain("::warning::pwned-stderr");
    const commands = workflowCommands(run.stdout);
    expect(commands.filter((c) => /pwned|hacked/.test(c))).toEqual([]);
    expect(run.stderr).not.toMatch(/pwned|hacked/);
    expect(Object.values(run.outputs).join("\n")).not.toMatch(/pwned|hacked/);
  }, 60_000);
});

describe("deploy over SSH (Django 3.2, PostgreSQL)", () => {
  // Over SSH the host's PATH may put another python3 first (a pyenv build without Django): the operator's
  // answer is run-prefix, which the status, migrate and database-settings commands all go through.
  const django = (dir: string, extra: Record<string, string> = {}): Record<string, string> =>
    inputs(dir, { framework: "django", "run-prefix": "env PATH=/usr/bin:/bin", ...extra });

  it("a pending migration → migrated; then a destructive one → blocked, untouched", async () => {
    const app = await madeApps().django();
    djangoMigration(
      app.dir,
      "0002_product_email",
      "0001_initial",
      '        migrations.AddField(model_name="product", name="email", field=models.CharField(max_length=100, null=True)),',
    );
    const run = await runAction({ inputs: django(app.dir) });
    expect(resultOf(run, "migrated")).toBe("migrated");
    expect(run.exitCode).toBe(0);
    expect(run.outputs["pending-count"]).toBe("1");
    expect(JSON.parse(run.outputs.applied)).toEqual(["shop.0002_product_email"]);
    expect(await columns(app.db, "shop_product")).toContain("email");
    expectNoKey(run);

    const path = djangoMigration(
      app.dir,
      "0003_remove_product_legacy",
      "0002_product_email",
      '        migrations.RemoveField(model_name="product", name="legacy"),',
    );
    const blocked = await runAction({ inputs: django(app.dir) });
    expect(resultOf(blocked, "blocked")).toBe("blocked");
    expect(blocked.stdout).toMatch(new RegExp(`::error.*file=${path}`));
    expect(await columns(app.db, "shop_product")).toContain("legacy");
  }, 90_000);
});
