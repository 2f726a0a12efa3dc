// `command: deploy`: one SSH connection, the host-side supervisor does the work (lock, journal, deadline);
// this side reads the pending migrations it reports, classifies the files that will run, gates, and reports.
import * as core from "@actions/core";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { httpGet } from "../adapters/http.js";
import { remoteCommand, SshConnection, SshError, type RemoteCommand } from "../adapters/ssh.js";
import { analyzeFile } from "../core/analyze.js";
import type { Config } from "../core/config.js";
import { formatBytes, renderRunbook, restoreEstimate, runbookState } from "../core/deploy/backup.js";
import {
  approvableByPull,
  decideGate,
  gateHits,
  type ClassifiedMigration,
  type GateDecision,
  type GateHit,
} from "../core/deploy/gate.js";
import { gitBlobSha, type PendingFile } from "../core/deploy/pr-approval.js";
import { prApprovalCoverage } from "./deploy-approval.js";
import { pollHealth, type HealthCheckResult, type HttpResponse } from "../core/deploy/health.js";
import { encodeParams, makeDeployId, supervisorParams } from "../core/deploy/plan.js";
import { PRESETS } from "../core/deploy/presets.js";
import {
  applyEvent,
  decodeBase64,
  emptyJournal,
  parseLine,
  statusRound,
  str,
  type Journal,
  type SupervisorEvent,
} from "../core/deploy/protocol.js";
import {
  NO_MIGRATIONS_TABLE,
  noMigrationsTable,
  parseRails,
  parseStatus,
  railsAllPending,
  type PendingMigration,
  type StatusReport,
} from "../core/deploy/status.js";
import { railsMigrationsPaths } from "../core/deploy/rails-paths.js";
import type { DeployFramework } from "../core/deploy/presets.js";
import { renderDeploySummary } from "../core/deploy/summary.js";
import type { Parsers } from "../core/parsers.js";
import type { CommonSettings } from "../inputs.js";
import { readDeploySettings, type DeploySettings } from "../inputs-deploy.js";
import { loadParsers } from "../parsers/index.js";

const STATE_SSH_DIR = "deploySshDir";

// --- the supervisor script and the constant remote commands that start it --------------------------------

function supervisorPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, "host", "supervisor.sh"), join(here, "..", "host", "supervisor.sh")]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`the host supervisor script is missing from the action (looked beside ${here})`);
}

export interface SupervisorScript {
  text: string;
  install: RemoteCommand;
  run: RemoteCommand;
}

/** The exit status of `run` when this version of the supervisor is not on the host yet. */
export const NOT_INSTALLED = 86;

/** The remote commands name the script by its hash: constant text for a given build, never input data. */
export function supervisorScript(): SupervisorScript {
  const text = readFileSync(supervisorPath(), "utf8");
  const sha = createHash("sha256").update(text).digest("hex").slice(0, 16);
  const file = `.migration-guard/bin/supervisor-${sha}.sh`;
  return {
    text,
    install: remoteCommand(
      `umask 077 && mkdir -p .migration-guard/bin && cat > ${file}.$$ && mv -f ${file}.$$ ${file}`,
    ),
    // Installed once per version: a deploy whose supervisor is already there saves a session (on a host
    // whose login shell is slow to start, the largest single cost of the guard after the framework's boot).
    run: remoteCommand(`[ -f ${file} ] || exit ${NOT_INSTALLED}; exec bash ${file}`),
  };
}

// --- the log: one group per phase, remote output fenced so it cannot issue workflow commands -------------

export class FencedLog {
  private readonly token = randomBytes(16).toString("hex");
  private stopped = false;
  private group: string | undefined;

  private stop(): void {
    if (!this.stopped) process.stdout.write(`::stop-commands::${this.token}\n`);
    this.stopped = true;
  }

  private resume(): void {
    if (this.stopped) process.stdout.write(`::${this.token}::\n`);
    this.stopped = false;
  }

  phase(name: string): void {
    this.resume();
    if (this.group) core.endGroup();
    this.group = name;
    core.startGroup(name);
    this.stop();
  }

  /** Remote text: printed only while workflow commands are stopped. */
  remote(text: string): void {
    this.stop();
    process.stdout.write(text + "\n");
  }

  /** Our own annotations and messages need commands enabled. */
  ours(fn: () => void): void {
    const was = this.stopped;
    this.resume();
    fn();
    if (was) this.stop();
  }

  close(): void {
    this.resume();
    if (this.group) core.endGroup();
    this.group = undefined;
  }
}

// --- connecting ------------------------------------------------------------------------------------------

export async function connect(settings: DeploySettings): Promise<SshConnection> {
  const target = {
    host: settings.host,
    port: settings.port,
    user: settings.user,
    privateKey: settings.privateKey,
    knownHosts: settings.knownHosts,
    connectTimeout: 15,
    ...(settings.jumpHost ? { jumpHost: settings.jumpHost } : {}),
  };
  const options = { tempRoot: process.env.RUNNER_TEMP || tmpdir(), log: (m: string) => core.info(m) };
  const conn = SshConnection.prepare(target, options);
  core.saveState(STATE_SSH_DIR, conn.dir);
  const attempts = Number(process.env.MG_SSH_ATTEMPTS) || 4;
  await conn.open({ ...options, attempts });
  return conn;
}

async function installSupervisor(conn: SshConnection, script: SupervisorScript): Promise<void> {
  const { code, stderr } = await conn.run(script.install, script.text);
  if (code !== 0)
    throw new Error(`Could not install the supervisor on the host (exit ${code}): ${stderr.trim()}`);
}

/** One supervisor run with `input`, installing this version first when the host does not have it yet. */
export async function runSupervisor(
  conn: SshConnection,
  script: SupervisorScript,
  input: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const first = await conn.run(script.run, input);
  if (first.code !== NOT_INSTALLED || first.stdout) return first;
  await installSupervisor(conn, script);
  return conn.run(script.run, input);
}

// --- classifying the files that will run -----------------------------------------------------------------

/** The `files` mode: every file matching `patterns` below the app dir, by pattern (at most 1 MiB + 1 byte each). */
async function readHostFiles(
  conn: SshConnection,
  script: SupervisorScript,
  appDir: string,
  patterns: readonly string[],
): Promise<Map<string, { path: string; bytes: Buffer }[]>> {
  const files = new Map<string, { path: string; bytes: Buffer }[]>();
  if (!patterns.length) return files;
  const params = encodeParams({ MG_MODE: "files", MG_APP_DIR: appDir, MG_PATTERNS: patterns.join("\n") });
  const result = await conn.run(script.run, params);
  for (const line of result.stdout.split("\n")) {
    const parsed = parseLine(line);
    if (parsed.kind !== "event" || parsed.event.t !== "file") continue;
    const pattern = str(parsed.event, "pattern") ?? "";
    const list = files.get(pattern) ?? [];
    list.push({
      path: str(parsed.event, "path") ?? "",
      bytes: Buffer.from(str(parsed.event, "b64") ?? "", "base64"),
    });
    files.set(pattern, list);
  }
  if (result.code !== 0)
    throw new Error(
      `Reading the migration files on the host failed (exit ${result.code}): ${result.stderr.trim()}`,
    );
  return files;
}

/** Rails: the pending files may also sit in the `migrations_paths` of config/database.yml. */
async function railsExtraPatterns(
  conn: SshConnection,
  script: SupervisorScript,
  appDir: string,
  report: StatusReport,
): Promise<{ patterns: Map<string, string[]>; problems: string[] }> {
  const found = await readHostFiles(conn, script, appDir, ["config/database.yml"]);
  const yml = found.get("config/database.yml")?.[0];
  const patterns = new Map<string, string[]>();
  if (!yml) return { patterns, problems: [] };
  const paths = railsMigrationsPaths(yml.bytes.toString("utf8"));
  for (const p of report.pending) {
    // An id that maps to no file stays so: only plain versions become globs.
    if (!p.patterns.length || !/^\d+$/.test(p.id)) continue;
    patterns.set(
      p.id,
      paths.dirs.map((dir) => `${dir}/${p.id}_*.rb`),
    );
  }
  return { patterns, problems: paths.problems };
}

export async function fetchAndClassify(
  conn: SshConnection,
  script: SupervisorScript,
  appDir: string,
  framework: DeployFramework,
  report: StatusReport,
  config: Config,
  parsers: Promise<Parsers>,
): Promise<ClassifiedMigration[]> {
  const extra =
    framework === "rails" && report.pending.length
      ? await railsExtraPatterns(conn, script, appDir, report)
      : { patterns: new Map<string, string[]>(), problems: [] };
  const patternsOf = (p: PendingMigration): string[] => [
    ...new Set([...(extra.patterns.get(p.id) ?? []), ...p.patterns]),
  ];
  const files = await readHostFiles(conn, script, appDir, [
    ...new Set(report.pending.flatMap((p) => patternsOf(p))),
  ]);
  const loaded = await parsers;
  const searched = extra.problems.length ? ` (${extra.problems.join("; ")})` : "";
  return report.pending.map((pending): ClassifiedMigration => {
    if (!pending.patterns.length)
      return { pending, unread: "unmapped", note: "its id could not be mapped to a file name" };
    const found = patternsOf(pending)
      .map((p) => files.get(p) ?? [])
      .find((list) => list.length);
    if (!found)
      return {
        pending,
        unread: "not-found",
        note: `its file was not found in the app dir (a library's migration, or a custom path)${searched}`,
      };
    const file = found[0];
    // The file is the framework's own pending migration, wherever it lives: read it with that framework
    // (a Rails `migrations_paths` dir is not where detection by path looks).
    const forced: Config = {
      ...config,
      paths: { ...config.paths, [framework]: [...(config.paths[framework] ?? []), file.path] },
    };
    const analysed = analyzeFile(
      { path: file.path, content: new Uint8Array(file.bytes), status: "added" },
      loaded,
      forced,
    );
    if (!analysed)
      return {
        pending,
        path: file.path,
        blob: gitBlobSha(file.bytes),
        unread: "not-recognised",
        note: "not recognised as a migration file",
      };
    return { pending, path: file.path, report: analysed, blob: gitBlobSha(file.bytes) };
  });
}

// --- the PR approval, when the environment would block ------------------------------------------------------

/**
 * Looks up, only when it matters (a blocking profile, no `allow-destructive`, something held that a pull
 * request can approve), which held files were approved in their merged PR for exactly these bytes.
 * Never throws: a failed lookup leaves the file uncovered, and the gate shut.
 */
async function approvalFromPulls(
  migrations: readonly ClassifiedMigration[],
  hits: readonly GateHit[],
  settings: DeploySettings,
  log: FencedLog,
): Promise<{ paths: Set<string>; why?: string }> {
  const paths = new Set<string>();
  const wanted = new Set(hits.filter(approvableByPull).map((h) => h.path));
  if (
    !wanted.size ||
    settings.profile.destructive !== "block" ||
    settings.allowDestructive ||
    !settings.prApproval
  )
    return { paths };
  const files = new Map<string, PendingFile>();
  for (const m of migrations) {
    if (m.path && m.blob && wanted.has(m.path)) files.set(m.path, { path: m.path, blob: m.blob });
  }
  const found = await prApprovalCoverage([...files.values()], settings.prApproval);
  log.ours(() => {
    for (const note of found.notes) core.info(`PR approval lookup: ${note}`);
    for (const c of found.covered)
      core.notice(
        `${c.file.path} was approved in #${c.pull} by @${c.by} (${c.via}) for exactly this content (blob ${c.file.blob.slice(0, 12)}).`,
        { title: "Migration approved in its pull request" },
      );
  });
  for (const c of found.covered) paths.add(c.file.path);
  const why = found.uncovered.map((u) => `${u.file.path}: ${u.reason}`).join("; ");
  return why
    ? { paths, why: `No pull-request approval covers them (trust-pr-approval): ${why}.` }
    : { paths };
}

// --- running the supervisor ------------------------------------------------------------------------------

interface RunOutcome {
  journal: Journal;
  before?: StatusReport;
  after?: StatusReport;
  health?: HealthCheckResult[];
  migrations: ClassifiedMigration[];
  gate?: GateDecision;
  notes: string[];
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function origin(): string {
  const repo = process.env.GITHUB_REPOSITORY ?? "local";
  const run = process.env.GITHUB_RUN_ID ? `run ${process.env.GITHUB_RUN_ID}` : "no run id";
  const actor = process.env.GITHUB_ACTOR ? ` by ${process.env.GITHUB_ACTOR}` : "";
  return `${repo} ${run}${actor}`.replace(/[^\w ./@:#-]/g, "");
}

async function superviseDeploy(
  conn: SshConnection,
  script: SupervisorScript,
  settings: DeploySettings,
  config: Config,
  log: FencedLog,
  parsers: Promise<Parsers>,
): Promise<RunOutcome> {
  const deployId = makeDeployId(
    new Date(),
    process.env.GITHUB_RUN_ID ?? "local",
    randomBytes(6).toString("hex"),
  );
  const params = supervisorParams({
    deployId,
    appDir: settings.appDir,
    environment: settings.environment,
    framework: settings.framework,
    database: settings.database,
    runPrefix: settings.runPrefix,
    updateCommand: settings.updateCommand,
    statusCommands: settings.statusCommands,
    migrateCommand: settings.migrateCommand,
    ...(settings.runner ? { runner: settings.runner } : {}),
    timeout: settings.timeout,
    lockTimeoutMs: settings.lockTimeoutMs,
    ...(settings.statementTimeoutMs !== undefined ? { statementTimeoutMs: settings.statementTimeoutMs } : {}),
    lockWait: settings.timeout + 300,
    decisionWait: settings.profile.pause + 300,
    origin: origin(),
    ref: process.env.GITHUB_REF_NAME ?? "",
    sha: process.env.GITHUB_SHA ?? "",
    // Custom status/migrate commands still come with the framework's database reader.
    ...(settings.database === "postgresql" && PRESETS[settings.framework].dbconfig
      ? { dbconfigCommand: PRESETS[settings.framework].dbconfig }
      : {}),
    ...(NO_MIGRATIONS_TABLE[settings.framework]
      ? { noMigrationsTableStatus: NO_MIGRATIONS_TABLE[settings.framework] }
      : {}),
    backup: settings.backup,
    onFailure: settings.onFailure,
    preMigrateCommand: settings.preMigrateCommand,
    postMigrateCommand: settings.postMigrateCommand,
    ...(settings.health.upUrl || settings.health.healthUrl ? { healthTimeout: settings.health.timeout } : {}),
  });
  const outcome: RunOutcome = { journal: emptyJournal(), migrations: [], notes: [] };
  const journal = outcome.journal;
  // What the action told the supervisor, kept so a reconnected session (attach) can say it again: a verdict
  // that reaches no one would leave the worker to its deadline, or (before) to a wrong default.
  let decision: string | undefined;
  let verdict: string | undefined;
  let current: { write(line: string): void } | undefined;
  let gateTask: Promise<void> | undefined;
  let gateError: unknown;

  const decide = async (send: (decision: string) => void): Promise<void> => {
    const round = statusRound(journal, "before");
    if (noMigrationsTable(settings.framework, round)) {
      // A database that was never migrated: every migration file in the app is pending.
      // Rails runs the files of db/migrate and of the migrations_paths: all of them are gated.
      const yml = (await readHostFiles(conn, script, settings.appDir, ["config/database.yml"])).get(
        "config/database.yml",
      )?.[0];
      const paths = yml ? railsMigrationsPaths(yml.bytes.toString("utf8")) : { dirs: [], problems: [] };
      const globs = [...new Set(["db/migrate", ...paths.dirs])].map((dir) => `${dir}/*.rb`);
      const listed = await readHostFiles(conn, script, settings.appDir, globs);
      // A multi-database app whose later database is new: what the earlier databases recorded stays applied.
      const recorded = round.flatMap((r) => parseRails(r.stdout).applied);
      outcome.before = railsAllPending(
        globs.flatMap((g) => (listed.get(g) ?? []).map((f) => f.path)),
        recorded,
      );
      // A migrations_paths we could not read holds the gate (status problems), as for a pending file.
      outcome.before.problems.push(...paths.problems);
      outcome.notes.push(
        recorded.length
          ? `A database of the app had no migrations table (never migrated): every migration in the app that no other database recorded (${outcome.before.pending.length}) was pending.`
          : `The database had no migrations table (never migrated): every migration in the app (${outcome.before.pending.length}) was pending.`,
      );
      log.remote("the database has no migrations table yet: every migration file in the app is pending");
    } else if (round.some((s) => s.rc !== 0)) {
      // The supervisor goes on after a failed status only for the recognised wording; anything else stops.
      send("stop unreadable-status");
      throw new Error("The status command failed and its output is not the framework's own. Nothing ran.");
    } else
      outcome.before = parseStatus(
        settings.framework,
        round.map((s) => s.stdout),
      );
    const before = outcome.before;
    if (before.problems.length && !before.pending.length) {
      send("stop unreadable-status");
      throw new Error(`The status output could not be read: ${before.problems.join("; ")}. Nothing ran.`);
    }
    for (const a of before.ahead) {
      log.ours(() =>
        core.warning(
          `Migration ${a.id}${a.database ? ` (${a.database})` : ""} is recorded in the database but has no file in the code: the database is ahead of the deployed code.`,
        ),
      );
    }
    if (!before.pending.length) {
      send("stop up-to-date");
      return;
    }
    log.remote(`${before.pending.length} pending migration(s); classifying the files that will run:`);
    outcome.migrations = await fetchAndClassify(
      conn,
      script,
      settings.appDir,
      settings.framework,
      before,
      config,
      parsers,
    );
    for (const m of outcome.migrations) {
      const findings =
        m.report?.findings.map((f) => `${f.rule}:${f.line}`).join(", ") || m.note || "no findings";
      log.remote(`${m.pending.id} ${m.path ?? ""} → ${findings}`);
    }
    const hits = gateHits(outcome.migrations, before.problems);
    const approval = await approvalFromPulls(outcome.migrations, hits, settings, log);
    const gate = decideGate({
      environment: settings.environment,
      profile: settings.profile,
      migrations: outcome.migrations,
      statusProblems: before.problems,
      allowDestructive: settings.allowDestructive,
      approvedPaths: approval.paths,
      dryRun: settings.dryRun,
    });
    if (gate.action === "blocked" && approval.why) gate.message = `${gate.message} ${approval.why}`;
    outcome.gate = gate;
    const annotate = (level: "error" | "warning", title: (h: GateHit) => string): void => {
      for (const h of gate.destructive) {
        if (h.finding)
          core[level](`${h.finding.rule}: ${h.finding.message}`, {
            file: h.path,
            startLine: h.finding.line,
            title: title(h),
          });
        else core[level](h.why, { title: title(h) });
      }
    };
    if (gate.action === "blocked") {
      log.ours(() =>
        annotate("error", (h) => `Blocked ${h.reason === "destructive" ? "destructive " : ""}migration`),
      );
      send("stop blocked");
      return;
    }
    if (gate.action === "dry-run") {
      send("stop dry-run");
      return;
    }
    if (gate.pauseSeconds > 0 && gate.destructive.length) {
      log.ours(() => {
        annotate("warning", (h) =>
          h.reason === "destructive" ? "Destructive migration" : "Migration not proven safe",
        );
        core.warning(gate.message ?? "Destructive migrations will run.");
      });
      await sleep(gate.pauseSeconds * 1000);
    }
    send("go");
  };

  let healthTask: Promise<void> | undefined;
  const judgeHealth = async (): Promise<string> => {
    const probe =
      settings.health.from === "host"
        ? (url: string) => fetchFromHost(conn, script, url)
        : (url: string) => httpGet(url, 10_000);
    const results = await pollHealth({
      ...(settings.health.upUrl ? { upUrl: settings.health.upUrl } : {}),
      ...(settings.health.healthUrl ? { healthUrl: settings.health.healthUrl } : {}),
      timeoutMs: settings.health.timeout * 1000,
      probe,
      sleep,
      now: Date.now,
      onAttempt: (kind, verdict) => log.remote(`${kind} check: ${verdict.reason}`),
    });
    outcome.health = results;
    const bad = results.find((r) => !r.healthy);
    // Healthy by inclusion: every configured check ran and passed. Nothing judged is not "ok".
    if (!results.length) return "health failed no health check ran";
    // One line, no newline: the reason is text the app sent.
    return bad ? `health failed ${bad.url}: ${bad.reason}` : "health ok";
  };
  const say = (line: string): void => current?.write(line.replace(/[\r\n]+/g, " "));
  const send = (line: string): void => {
    if (decision !== undefined) return;
    decision = line;
    say(line);
  };
  const startHealth = (): void => {
    healthTask ??= judgeHealth()
      // Fails closed: an exception inside the judgement is a failed check, never a healthy one.
      .catch((error: unknown) => `health failed the health check could not be judged: ${String(error)}`)
      .then((line) => {
        verdict = line;
        say(line);
      });
  };

  const attachOnce = async (fromLine: number, first: boolean): Promise<number> => {
    const proc = conn.spawn(script.run);
    const write = (line: string): void => {
      if (proc.child.stdin.writable && !proc.child.stdin.writableEnded) proc.child.stdin.write(line + "\n");
    };
    proc.onLine((line) => {
      journal.lines++;
      const parsed = parseLine(line);
      if (parsed.kind !== "event") {
        log.remote(parsed.text);
        return;
      }
      const event: SupervisorEvent = parsed.event;
      applyEvent(journal, event);
      if (event.t === "phase" && str(event, "state") === "start") log.phase(str(event, "phase") ?? "phase");
      else if (event.t === "phase") {
        const message = str(event, "message");
        log.remote(`${str(event, "phase")}: ${str(event, "state")}${message ? ` (${message})` : ""}`);
      } else if (event.t === "lock")
        log.remote(`waiting for the deploy lock, held by: ${str(event, "holder")}`);
      else if (event.t === "deadline")
        log.remote(
          `deadline passed: sending ${str(event, "action")?.toUpperCase()} to the migration's process group`,
        );
      else if (event.t === "status") {
        const err = decodeBase64(str(event, "stderr")).trim();
        if (err) log.remote(err);
      } else if (event.t === "error") log.remote(`supervisor: ${str(event, "message")}`);
      else if (event.t === "note") log.remote(`note: ${str(event, "message")}`);
      else if (event.t === "migration") {
        const db = str(event, "database") ? ` (${str(event, "database")})` : "";
        log.remote(
          str(event, "state") === "start"
            ? `migrating ${str(event, "id")} ${str(event, "name")}${db}`
            : `migrated ${str(event, "id")}${db} in ${str(event, "ms")} ms`,
        );
      } else if (event.t === "terminate")
        log.remote(`ended ${str(event, "terminated")} database session(s) of the migration`);
      else if (event.t === "backup-check" && journal.backupCheck) {
        const c = journal.backupCheck;
        log.remote(`database ${formatBytes(c.databaseBytes)}, ${formatBytes(c.freeBytes)} free in ${c.dir}`);
      } else if (event.t === "backup" && journal.backups.length) {
        const b = journal.backups[journal.backups.length - 1];
        log.remote(
          `backup${b.database ? ` of ${b.database}` : ""} ${b.path}: ${formatBytes(b.bytes)}, sha256 ${b.sha256}, verified (${b.verified}, ${b.entries} entries)`,
        );
        const estimate = restoreEstimate(b.databaseBytes);
        if (estimate.warn) log.ours(() => core.warning(estimate.text, { title: "Restore time" }));
      } else if (event.t === "awaiting" && str(event, "phase") === "health") {
        startHealth();
      } else if (event.t === "awaiting" && !gateTask) {
        // Fails closed: whatever goes wrong at the gate stops the deploy before migrating, and is reported.
        gateTask = decide(send).catch((error: unknown) => {
          gateError = error;
          send("stop gate-error");
        });
      } else if (event.t === "end") proc.child.stdin.end();
    });
    // The supervisor may write while stdin is gone (it ended): that is its deadline's business, not a crash.
    proc.child.stdin.on("error", () => undefined);
    if (first) proc.child.stdin.write(encodeParams(params));
    else {
      // Attach keeps stdin open, like the first session: what was decided while disconnected is said again.
      proc.child.stdin.write(encodeParams({ ...params, MG_MODE: "attach", MG_FROM_LINE: String(fromLine) }));
      if (decision !== undefined) write(decision);
      if (verdict !== undefined) write(verdict);
    }
    current = { write };
    const code = await proc.exited;
    if (current.write === write) current = undefined;
    if (code !== 0 && code !== NOT_INSTALLED && !journal.ended) log.remote(proc.stderr().trim());
    return code;
  };

  if ((await attachOnce(1, true)) === NOT_INSTALLED && journal.lines === 0) {
    log.remote("installing this version of the supervisor on the host");
    await installSupervisor(conn, script);
    await attachOnce(1, true);
  }
  // A dropped connection does not stop the supervisor: reconnect and read the rest of its journal.
  for (let attempt = 1; !journal.ended && journal.deployId && attempt <= 5; attempt++) {
    outcome.notes.push(
      `The SSH connection dropped during the deploy; reconnected (attempt ${attempt}) and read the journal on the host.`,
    );
    log.ours(() =>
      core.warning(
        `The SSH connection dropped; reconnecting to follow deploy ${journal.deployId} (attempt ${attempt}).`,
      ),
    );
    await sleep(1000 * attempt);
    try {
      await conn.ensureOpen({ tempRoot: conn.dir, attempts: 3 });
    } catch (error) {
      // A host key that changed mid-deploy, or a key the host no longer accepts, is not a dropped line:
      // stop at once and say so (the supervisor on the host goes on to its own deadlines, journal kept).
      if (!(error instanceof SshError) || error.permanent)
        throw new Error(
          `Reconnecting to follow deploy ${journal.deployId} failed and was not retried: ` +
            `${error instanceof Error ? error.message : String(error)} The supervisor on the host finishes ` +
            `alone; see its journal (${journal.journalPath ?? "under ~/.migration-guard"}).`,
          { cause: error },
        );
      outcome.notes.push(`Reconnect attempt ${attempt} failed: ${error.message}`);
      continue;
    }
    await attachOnce(journal.lines + 1, false);
  }
  if (gateTask) await gateTask;
  if (healthTask) await healthTask;
  if (gateError) throw gateError;
  const afterRound = statusRound(journal, "after");
  if (afterRound.length)
    outcome.after = parseStatus(
      settings.framework,
      afterRound.map((s) => s.stdout),
    );
  return outcome;
}

/** `health-from: host`: one GET made by the host (curl), over the deploy's connection. */
async function fetchFromHost(
  conn: SshConnection,
  script: SupervisorScript,
  url: string,
): Promise<HttpResponse> {
  const result = await conn.run(script.run, encodeParams({ MG_MODE: "fetch", MG_URL: url }));
  for (const line of result.stdout.split("\n")) {
    const parsed = parseLine(line);
    if (parsed.kind !== "event" || parsed.event.t !== "fetch") continue;
    const code = Number(parsed.event.code) || 0;
    const error = str(parsed.event, "error") || `curl exited with ${str(parsed.event, "rc")}`;
    return { status: code, body: decodeBase64(str(parsed.event, "body")), ...(code ? {} : { error }) };
  }
  return {
    status: 0,
    body: "",
    error: `the host could not fetch it (exit ${result.code}): ${result.stderr.trim()}`,
  };
}

// --- the command -----------------------------------------------------------------------------------------

function appliedIds(outcome: RunOutcome, result: string): string[] {
  const pending = outcome.before?.pending.map((p) => p.id) ?? [];
  if (result === "migrated") return pending;
  if (!outcome.after) return [];
  const stillPending = new Set(outcome.after.pending.map((p) => p.id));
  return pending.filter((id) => !stillPending.has(id));
}

export async function runDeploy(common: CommonSettings): Promise<void> {
  const settings = readDeploySettings(common);
  const script = supervisorScript();
  // The parsers load while we connect; most of a deploy's wall time is spent waiting on the host anyway.
  const parsers = loadParsers();
  // Only keeps a load failure from being an unhandled rejection: the gate awaits `parsers` and fails on it.
  parsers.catch(() => undefined);
  const log = new FencedLog();
  let conn: SshConnection | undefined;
  let outcome: RunOutcome | undefined;
  let failure: unknown;
  try {
    core.startGroup(`connect to ${settings.user}@${settings.host}:${settings.port}`);
    try {
      conn = await connect(settings);
    } finally {
      core.endGroup();
    }
    outcome = await superviseDeploy(conn, script, settings, common.config, log, parsers);
  } catch (error) {
    // Fails closed: kept to write the summary and outputs first, then thrown (the step fails).
    failure = error;
  } finally {
    log.close();
    if (conn) await conn.dispose();
  }

  const journal = outcome?.journal ?? emptyJournal();
  let result = journal.result ?? "failed";
  if (!journal.ended && outcome) result = "failed";
  const message =
    failure instanceof Error
      ? failure.message
      : result === "blocked"
        ? outcome?.gate?.message
        : journal.message ||
          (!journal.ended && outcome
            ? "Lost the connection to the host before the deploy finished; see the journal on the host."
            : undefined);
  const rolledBack = result === "rolled-back";
  const applied = outcome && !rolledBack ? appliedIds(outcome, result) : [];
  const noBackupInProduction =
    settings.backup.mode === "never" && settings.profile.destructive === "block" && !settings.dryRun;
  if (noBackupInProduction && outcome?.before?.pending.length) {
    core.warning(
      `backup: never in ${settings.environment}: no backup was taken, so a failed migration cannot be restored by the action.`,
    );
  }

  core.setOutput("result", result);
  core.setOutput("pending-count", String(outcome?.before?.pending.length ?? 0));
  core.setOutput("applied", JSON.stringify(applied));
  core.setOutput("backup-path", journal.backup?.path ?? "");
  core.setOutput("backup-paths", JSON.stringify(journal.backups.map((b) => b.path)));
  core.setOutput("rolled-back", String(rolledBack));

  if (process.env.GITHUB_STEP_SUMMARY) {
    const markdown = renderDeploySummary({
      title: "Migration Guard deploy",
      result,
      environment: settings.environment,
      target: `${settings.user}@${settings.host}:${settings.port}`,
      appDir: settings.appDir,
      ...(journal.deployId ? { deployId: journal.deployId } : {}),
      ...(message ? { message } : {}),
      phases: journal.phases,
      migrations: outcome?.migrations ?? [],
      ahead: outcome?.before?.ahead ?? [],
      destructive: outcome?.gate?.destructive ?? [],
      applied,
      timeout: settings.timeout,
      ...(journal.backup ? { backup: journal.backup, backups: journal.backups } : {}),
      ...(journal.backupCheck ? { backupCheck: journal.backupCheck } : {}),
      ...(outcome?.health ? { health: outcome.health } : {}),
      ...(["failed", "timed-out", "rolled-back"].includes(result) && journal.deployId
        ? {
            runbook: renderRunbook({
              result,
              target: { user: settings.user, host: settings.host, port: settings.port },
              appDir: settings.appDir,
              runPrefix: settings.runPrefix,
              statusCommands: settings.statusCommands,
              backups: journal.backups.map((b) => ({
                path: b.path,
                sha256: b.sha256,
                connection: b.connection,
                database: b.database,
              })),
              ...(settings.backup.restoreCommand ? { restoreCommand: settings.backup.restoreCommand } : {}),
              ...(journal.journalPath ? { journal: journal.journalPath } : {}),
              ...runbookState(journal),
              rolledBack,
            }),
          }
        : {}),
      notes: [
        ...(outcome?.notes ?? []),
        ...journal.notes,
        ...(noBackupInProduction
          ? [
              `No backup: \`backup: never\` was set for ${settings.environment}; a failed migration cannot be restored.`,
            ]
          : []),
        ...(journal.terminated
          ? [`${journal.terminated} database session(s) of the migration were ended at the deadline.`]
          : []),
        ...(settings.dryRun
          ? ["Dry run: pending migrations were detected and gated, nothing was migrated."]
          : []),
      ],
    });
    await core.summary.addRaw(markdown).write();
  }

  if (failure) throw failure;
  if (rolledBack) throw new Error(`Rolled back: ${message ?? "the database was restored from the backup."}`);
  if (result === "timed-out") {
    // The supervisor's message already says so, with what became of the database; do not say it twice.
    throw new Error(
      journal.message ||
        `The migration passed its ${settings.timeout}s deadline; the supervisor stopped its processes.`,
    );
  }
  // Success by inclusion: only the known good results pass; anything else (blocked, failed, a result this
  // version does not know) fails the step.
  const passing = settings.dryRun ? ["up-to-date", "migrated", "dry-run"] : ["up-to-date", "migrated"];
  if (!passing.includes(result)) throw new Error(message ?? `The deploy ended with result ${result}.`);
  core.info(`Deploy result: ${result}`);
}

/** Post step: remove the key file and close the SSH master connection. Must never throw. */
export async function cleanupDeploy(): Promise<void> {
  const dir = core.getState(STATE_SSH_DIR);
  if (!dir || !existsSync(dir)) return;
  try {
    await SshConnection.fromDir(dir).dispose();
  } catch (error) {
    // The post step: the deploy's result is already decided; a clean-up failure is said, not hidden.
    core.warning(`Could not remove the SSH files in ${dir}: ${(error as Error).message}`);
  }
}
