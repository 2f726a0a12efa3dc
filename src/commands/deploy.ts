// `command: deploy`: one SSH connection, the host-side supervisor does the work (lock, journal, deadline);
// this side reads the pending migrations it reports, classifies the files that will run, gates, and reports.
//
// The plan, in the order of DEPLOY_PHASES (core/deploy/phases.ts) and of the table in docs/deploy.md:
//   connect → plan → pending → classify → gate → backup → migrate → health → report
// Each phase is a function of plain data in commands/deploy/; the I/O is behind adapters/.
import * as core from "@actions/core";
import { randomBytes } from "node:crypto";
import { FencedLog } from "../adapters/fenced-log.js";
import { httpGet } from "../adapters/http.js";
import type { SshConnection } from "../adapters/ssh.js";
import {
  connect,
  disposeSavedConnection,
  supervisorScript,
  type HostFiles,
  SupervisorSession,
} from "../adapters/supervisor.js";
import type { Config } from "../core/config.js";
import type { DeployPhase } from "../core/deploy/phases.js";
import type { DeployFramework } from "../core/deploy/presets.js";
import type { Journal } from "../core/deploy/protocol.js";
import { statusRound } from "../core/deploy/protocol.js";
import { parseStatus } from "../core/deploy/status.js";
import type { Parsers } from "../core/parsers.js";
import type { CommonSettings } from "../inputs.js";
import { readDeploySettings, type DeploySettings } from "../inputs-deploy.js";
import { loadParsers, parsersFor, type ParserName } from "../parsers/index.js";
import { classifyPending, warmUpClassify } from "./deploy/classify.js";
import { logHooks } from "./deploy/events.js";
import { gatePending } from "./deploy/gate.js";
import { checkHealth } from "./deploy/health.js";
import { readPending } from "./deploy/pending.js";
import { planDeploy, runContext } from "./deploy/plan.js";
import { recordDeploy, reportDeploy, type RunOutcome } from "./deploy/report.js";
import { StopDeploy } from "./deploy/stop.js";

/** What a framework's migration files are read with (the pending files' own extensions decide the rest). */
const FRAMEWORK_PARSERS: Record<DeployFramework, ParserName[]> = {
  rails: ["ruby", "postgres"],
  django: ["python", "postgres"],
  alembic: ["python", "postgres"],
  knex: ["javascript", "typescript", "postgres"],
};

/** Marks where each phase of DEPLOY_PHASES runs (a unit test reads these calls, in order, from this file). */
function phase<T>(name: DeployPhase, run: () => T): T {
  core.debug(`deploy phase: ${name}`);
  return run();
}

/** Past the backup: the supervisor went on to the migration (or ended). */
const backedUp = (j: Journal): boolean =>
  j.awaitingHealth || j.phases.some((p) => p.phase === "pre-migrate" || p.phase === "migrate");

export async function runDeploy(common: CommonSettings): Promise<void> {
  const settings = readDeploySettings(common);
  const log = new FencedLog();
  let conn: SshConnection | undefined;
  let outcome: RunOutcome | undefined;
  let failure: unknown;
  // The SSH connection starts first (its process is spawned before anything else is loaded).
  const connecting = phase("connect", () => connectLogged(settings));
  // Only keeps a failure from being an unhandled rejection while the parsers start loading: awaited below.
  connecting.catch(() => undefined);
  // The framework's parsers load while we connect (only its own: the five tree-sitter grammars and the
  // others cost CPU the host's app boot may share); classify loads any other a pending file needs.
  const early = loadParsers(FRAMEWORK_PARSERS[settings.framework]);
  // Only keeps a load failure from being an unhandled rejection: the gate awaits it and fails on it.
  early.catch(() => undefined);
  const parsers = (paths: string[]): Promise<Parsers> => early.then(() => loadParsers(parsersFor(paths)));
  try {
    conn = await connecting;
    const params = phase("plan", () =>
      planDeploy(settings, runContext(process.env, new Date(), randomBytes(6).toString("hex"))),
    );
    outcome = await supervise(conn, params, settings, common.config, log, parsers);
  } catch (error) {
    // Fails closed: kept to write the summary and outputs first, then thrown by the report (the step fails).
    failure = error;
  } finally {
    log.close();
  }
  // The connection closes while the report is written (the report needs no connection); both are awaited.
  const closed = conn?.dispose();
  try {
    await phase("report", async () =>
      reportDeploy(settings, outcome, failure, await recordDeploy(settings, outcome, failure)),
    );
  } finally {
    await closed;
  }
}

async function connectLogged(settings: DeploySettings): Promise<SshConnection> {
  core.startGroup(`connect to ${settings.user}@${settings.host}:${settings.port}`);
  try {
    return await connect(settings);
  } finally {
    core.endGroup();
  }
}

/** From the supervisor's start to its end: the runner decides at the gate and judges health. */
async function supervise(
  conn: SshConnection,
  params: Record<string, string>,
  settings: DeploySettings,
  config: Config,
  log: FencedLog,
  parsers: (paths: string[]) => Promise<Parsers>,
): Promise<RunOutcome> {
  const script = supervisorScript();
  const session = SupervisorSession.start(conn, script, params, logHooks(log));
  // While the host starts and boots the app: the classification's first run, on a sample (its result is
  // dropped). A failure here changes nothing: the real classification runs, and fails closed, on its own.
  void warmUpClassify(settings.framework, config, parsers).catch(() => undefined);
  // The gate reads the pending files through the supervisor's own session, while it waits at its gate.
  const files: HostFiles = { read: (patterns) => session.readFiles(patterns) };
  const outcome: RunOutcome = { journal: session.journal, migrations: [], notes: [] };
  let stopped: unknown;
  // The host locks, updates and reads the status, then waits at its gate for the runner's decision.
  if (await session.until((j) => j.awaiting)) {
    try {
      const decided = await decide(session.journal, files, settings, config, log, parsers);
      Object.assign(outcome, decided.outcome);
      session.decide(decided.line);
    } catch (error) {
      // Fails closed: whatever goes wrong before the decision stops the deploy before migrating, and is
      // reported.
      session.decide(error instanceof StopDeploy ? error.line : "stop gate-error");
      stopped = error;
    }
  }
  // Both on the host after a `go`: the verified backup, then the migration under its deadline.
  await phase("backup", () => session.until(backedUp));
  if (await phase("migrate", () => session.until((j) => j.awaitingHealth))) {
    // From the host: asked in the supervisor's session (no session per probe).
    const probe =
      settings.health.from === "host"
        ? (url: string) => session.fetch(url)
        : (url: string) => httpGet(url, 10_000);
    const health = await phase("health", () =>
      checkHealth(settings.health, probe, (text) => log.remote(text)),
    );
    if (health.results) outcome.health = health.results;
    session.say(health.line);
  }
  // The journal's `end` is the supervisor's last word (what it still does, dropping its lock with its process,
  // is on the host, detached from this session): the report does not wait for the SSH session to close too.
  // A session that ends without it is awaited to its end, and its failure to follow is thrown from here.
  if (!(await session.until((j) => j.ended))) await session.finished;
  outcome.notes.push(...session.notes);
  if (stopped) throw stopped;
  const afterRound = statusRound(session.journal, "after");
  if (afterRound.length)
    outcome.after = parseStatus(
      settings.framework,
      afterRound.map((s) => s.stdout),
    );
  return outcome;
}

/** pending → classify → gate: what the supervisor is told at its gate, and what was learnt deciding it. */
async function decide(
  journal: Journal,
  files: HostFiles,
  settings: DeploySettings,
  config: Config,
  log: FencedLog,
  parsers: (paths: string[]) => Promise<Parsers>,
): Promise<{ line: string; outcome: Pick<RunOutcome, "before" | "migrations" | "gate" | "notes"> }> {
  const { before, notes } = await phase("pending", () =>
    readPending(journal, settings.framework, files, log),
  );
  if (!before.pending.length) return { line: "stop up-to-date", outcome: { before, notes, migrations: [] } };
  log.remote(`${before.pending.length} pending migration(s); classifying the files that will run:`);
  const migrations = await phase("classify", () =>
    classifyPending(files, settings.framework, before, config, parsers),
  );
  for (const m of migrations) {
    const findings =
      m.report?.findings.map((f) => `${f.rule}:${f.line}`).join(", ") || m.note || "no findings";
    log.remote(`${m.pending.id} ${m.path ?? ""} → ${findings}`);
  }
  const gated = await phase("gate", () => gatePending(migrations, before, settings, log));
  return {
    line: gated.line,
    outcome: { before, notes: [...notes, ...gated.notes], migrations, gate: gated.gate },
  };
}

/** Post step: remove the key file and close the SSH master connection. Must never throw. */
export async function cleanupDeploy(): Promise<void> {
  await disposeSavedConnection();
}
