// The client of the host-side supervisor: the script (installed when missing, named by its hash), one-shot
// runs (status, fetch) and the deploy's session (which also serves the gate's file reads) (run, attach after a dropped connection, the lines the
// action said repeated to the reattached session). Every session is a channel of the one SSH connection.
import * as core from "@actions/core";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { HttpResponse } from "../core/deploy/health.js";
import { encodeParams } from "../core/deploy/plan.js";
import {
  applyEvent,
  decodeBase64,
  emptyJournal,
  parseLine,
  requestText,
  str,
  type Journal,
  type SupervisorEvent,
} from "../core/deploy/protocol.js";
import { claimEarly, sshAttempts, sshTarget, sshTempRoot } from "./early-ssh.js";
import { remoteCommand, SshConnection, SshError, type RemoteCommand } from "./ssh.js";

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
  /** Runs the installed script; exits NOT_INSTALLED when this version is not on the host yet. */
  run: RemoteCommand;
  /**
   * Installs this version from the first bytes of stdin (exactly the script's length, checked against its
   * sha256 before it is named) and runs it on the rest: one session, where install-then-run took two.
   */
  installAndRun: RemoteCommand;
}

/** The exit status of `run` when this version of the supervisor is not on the host yet. */
export const NOT_INSTALLED = 86;
/** The exit status of `installAndRun` when the script could not be installed (nothing was run). */
export const INSTALL_FAILED = 87;

/** The remote commands name the script by its hash: constant text for a given build, never input data. */
export function supervisorScript(): SupervisorScript {
  const text = readFileSync(supervisorPath(), "utf8");
  const sha256 = createHash("sha256").update(text).digest("hex");
  const file = `.migration-guard/bin/supervisor-${sha256.slice(0, 16)}.sh`;
  // GNU head -c reads no further than the count it is given: the parameters after the script stay on stdin
  // for the supervisor. A script cut short (the connection dropped) fails the sha256 and is never named.
  const size = Buffer.byteLength(text, "utf8");
  return {
    text,
    // Installed once per version: a deploy whose supervisor is already there saves a session (on a host
    // whose login shell is slow to start, the largest single cost of the guard after the framework's boot).
    run: remoteCommand(`[ -f ${file} ] || exit ${NOT_INSTALLED}; exec bash ${file}`),
    installAndRun: remoteCommand(
      `umask 077 && mkdir -p .migration-guard/bin && head -c ${size} > ${file}.$$ && ` +
        `[ "$(sha256sum < ${file}.$$)" = "${sha256}  -" ] && mv -f ${file}.$$ ${file} && exec bash ${file}; ` +
        `rm -f ${file}.$$; echo "the supervisor could not be installed in ~/.migration-guard/bin" >&2; exit ${INSTALL_FAILED}`,
    ),
  };
}

// --- connecting ------------------------------------------------------------------------------------------

export interface ConnectTarget {
  host: string;
  port: number;
  user: string;
  privateKey: string;
  knownHosts: string;
  jumpHost?: string | undefined;
}

export async function connect(settings: ConnectTarget): Promise<SshConnection> {
  const target = sshTarget(settings);
  const log = (m: string): void => core.info(m);
  // Started by src/early-connect.ts for the very same target, or here.
  const early = await claimEarly(target, log);
  const conn = early?.conn ?? SshConnection.prepare(target, { tempRoot: sshTempRoot(), log });
  core.saveState(STATE_SSH_DIR, conn.dir);
  await (early?.opened ?? conn.open({ tempRoot: sshTempRoot(), log, attempts: sshAttempts() }));
  return conn;
}

/** Post step: remove the key file and close the SSH master connection. Must never throw. */
export async function disposeSavedConnection(): Promise<void> {
  const dir = core.getState(STATE_SSH_DIR);
  if (!dir || !existsSync(dir)) return;
  try {
    await SshConnection.fromDir(dir).dispose();
  } catch (error) {
    // The post step: the deploy's result is already decided; a clean-up failure is said, not hidden.
    core.warning(`Could not remove the SSH files in ${dir}: ${(error as Error).message}`);
  }
}

/**
 * One supervisor run with `input`, installing this version in the same session when the host does not have
 * it yet (the first run said NOT_INSTALLED before reading anything).
 */
export async function runSupervisor(
  conn: SshConnection,
  script: SupervisorScript,
  input: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const first = await conn.run(script.run, input);
  if (first.code !== NOT_INSTALLED || first.stdout) return first;
  const installed = await conn.run(script.installAndRun, script.text + input);
  if (installed.code === INSTALL_FAILED && !installed.stdout)
    throw installError(installed.code, installed.stderr);
  return installed;
}

function installError(code: number, stderr: string): Error {
  return new Error(`Could not install the supervisor on the host (exit ${code}): ${stderr.trim()}`);
}

// --- one-shot reads on the host --------------------------------------------------------------------------

export interface HostFile {
  path: string;
  bytes: Buffer;
}

/**
 * The host's files, by glob below the app dir: what the pending and classify phases read. The deploy's
 * session serves them (SupervisorSession.readFiles): no second session.
 */
export interface HostFiles {
  read(patterns: readonly string[]): Promise<Map<string, HostFile[]>>;
}

/**
 * `metrics-dir-on-host`: the supervisor writes `text` as `dir/name` on the host, atomically (temp file in the
 * folder, then renamed). Returns the path written; throws when the write did not happen (the step fails).
 */
export async function writeHostMetrics(
  conn: SshConnection,
  script: SupervisorScript,
  file: { dir: string; name: string; text: string },
): Promise<string> {
  const params = {
    MG_MODE: "metrics",
    MG_METRICS_DIR: file.dir,
    MG_METRICS_NAME: file.name,
    MG_METRICS_TEXT: file.text,
  };
  const result = await runSupervisor(conn, script, encodeParams(params));
  for (const line of result.stdout.split("\n")) {
    const parsed = parseLine(line);
    if (parsed.kind !== "event") continue;
    const path = str(parsed.event, "path") ?? `${file.dir}/${file.name}`;
    if (parsed.event.t === "metrics" && str(parsed.event, "result") === "ok") return path;
    if (parsed.event.t === "metrics" || parsed.event.t === "error")
      throw new Error(
        `Could not write the metric file ${path} on the host (metrics-dir-on-host): ${str(parsed.event, "message") ?? "no reason given"}.`,
      );
  }
  throw new Error(
    `Could not write the metric file in ${file.dir} on the host (metrics-dir-on-host): the supervisor exited ${result.code} without saying it was written. ${result.stderr.trim()}`.trim(),
  );
}

/** A `fetch` event (`health-from: host`: one GET the host made with curl) as the response it describes. */
function fetchResponse(event: SupervisorEvent): HttpResponse {
  const code = Number(event.code) || 0;
  const error = str(event, "error") || `curl exited with ${str(event, "rc")}`;
  return { status: code, body: decodeBase64(str(event, "body")), ...(code ? {} : { error }) };
}

// --- the deploy's session --------------------------------------------------------------------------------

export interface SessionHooks {
  /** Every line the supervisor writes, folded into the journal first (`event` undefined for plain text). */
  onLine(line: { event?: SupervisorEvent; text: string }, journal: Journal): void;
  /** The connection dropped and the session is being reattached (attempt n). */
  onReconnect(attempt: number, journal: Journal): void;
  /** Output of a session that ended badly, before the supervisor's `end`. */
  onLost(stderr: string): void;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * One deploy's supervisor, followed to its end across dropped connections. The journal is the only state:
 * `until` waits for it to reach a point (or for the session to end), `decide` and `say` answer the supervisor
 * on its stdin, and a reattached session hears again what was said (a verdict that reaches no one would leave
 * the worker to its deadline).
 */
export class SupervisorSession {
  readonly journal: Journal = emptyJournal();
  readonly notes: string[] = [];
  /** Settles when the supervisor has ended, or it cannot be followed any more (rejects). */
  readonly finished: Promise<void>;
  private readonly said: string[] = [];
  private decided = false;
  private write: ((line: string) => void) | undefined;
  private over = false;
  private readonly waiters: { test: (j: Journal) => boolean; resolve: () => void }[] = [];
  /** The health probes from the host, by request id: the supervisor's `fetch` event once it came. */
  private readonly fetches = new Map<string, { event?: SupervisorEvent }>();
  /** The gate's file reads, by request id: the files received so far, and the supervisor's `files-end`. */
  private readonly reads = new Map<string, { files: Map<string, HostFile[]>; end?: SupervisorEvent }>();

  private constructor(
    private readonly conn: SshConnection,
    private readonly script: SupervisorScript,
    private readonly params: Record<string, string>,
    private readonly hooks: SessionHooks,
  ) {
    this.finished = this.follow().finally(() => {
      this.over = true;
      for (const w of this.waiters.splice(0)) w.resolve();
    });
    // `until` callers see the end as "not reached"; the rejection is read from `finished`.
    this.finished.catch(() => undefined);
  }

  static start(
    conn: SshConnection,
    script: SupervisorScript,
    params: Record<string, string>,
    hooks: SessionHooks,
  ): SupervisorSession {
    return new SupervisorSession(conn, script, params, hooks);
  }

  /** True when the journal reached `test`; false when the session ended first. */
  async until(test: (j: Journal) => boolean): Promise<boolean> {
    if (!test(this.journal) && !this.over)
      await new Promise<void>((resolve) => this.waiters.push({ test, resolve }));
    return test(this.journal);
  }

  /** The gate's decision (`go`, `stop <why>`): the first one counts, later ones are ignored. */
  decide(line: string): void {
    if (this.decided) return;
    this.decided = true;
    this.say(line);
  }

  /** One line to the supervisor (newlines folded), repeated to a reattached session. */
  say(line: string): void {
    const one = line.replace(/[\r\n]+/g, " ");
    this.said.push(one);
    this.write?.(one);
  }

  /**
   * The files matching `patterns` below the app dir, read by the supervisor while it waits at its gate and
   * sent in this session (`read ID TEXT` on its stdin, see requestText; `file` events, then `files-end`).
   * Throws when the session ended first or the answer is incomplete (past the host's limits): the gate then
   * stops the deploy.
   */
  async readFiles(patterns: readonly string[]): Promise<Map<string, HostFile[]>> {
    if (!patterns.length) return new Map();
    const id = String(this.reads.size + 1);
    const read: { files: Map<string, HostFile[]>; end?: SupervisorEvent } = { files: new Map() };
    this.reads.set(id, read);
    this.say(`read ${id} ${requestText(patterns.join("\n"))}`);
    if (!(await this.until(() => read.end !== undefined)))
      throw new Error("The supervisor ended before it sent the migration files the gate reads.");
    const end = read.end as SupervisorEvent;
    if (str(end, "error"))
      throw new Error(`Reading the migration files on the host failed: ${str(end, "error")}`);
    if (end.truncated)
      throw new Error(
        `Reading the migration files on the host stopped at its limits (${end.count} files sent): the gate ` +
          "did not see every file it asked for.",
      );
    return read.files;
  }

  /**
   * `health-from: host`: one GET made by the host (curl) while the supervisor waits for the health verdict,
   * asked and answered in this session (`fetch ID TEXT` on its stdin, see requestText; a `fetch` event with
   * the id).
   */
  async fetch(url: string): Promise<HttpResponse> {
    const id = String(this.fetches.size + 1);
    const slot: { event?: SupervisorEvent } = {};
    this.fetches.set(id, slot);
    this.say(`fetch ${id} ${requestText(url)}`);
    if (!(await this.until(() => slot.event !== undefined)) || !slot.event)
      return { status: 0, body: "", error: "the supervisor ended before it fetched the URL" };
    return fetchResponse(slot.event);
  }

  /** A `file` or `files-end` event: part of the answer to a read. */
  private collect(event: SupervisorEvent): void {
    const read = this.reads.get(str(event, "req") ?? "");
    if (!read || read.end) return;
    if (event.t === "files-end") {
      read.end = event;
      return;
    }
    const pattern = str(event, "pattern") ?? "";
    const list = read.files.get(pattern) ?? [];
    list.push({
      path: str(event, "path") ?? "",
      bytes: Buffer.from(str(event, "b64") ?? "", "base64"),
    });
    read.files.set(pattern, list);
  }

  private wake(): void {
    for (const w of [...this.waiters]) {
      if (!w.test(this.journal)) continue;
      this.waiters.splice(this.waiters.indexOf(w), 1);
      w.resolve();
    }
  }

  private async attach(fromLine: number, first: boolean, install = false): Promise<number> {
    const proc = this.conn.spawn(install ? this.script.installAndRun : this.script.run);
    const write = (line: string): void => {
      if (proc.child.stdin.writable && !proc.child.stdin.writableEnded) proc.child.stdin.write(line + "\n");
    };
    proc.onLine((line) => {
      this.journal.lines++;
      const parsed = parseLine(line);
      if (parsed.kind === "event" && (parsed.event.t === "file" || parsed.event.t === "files-end"))
        this.collect(parsed.event);
      else if (parsed.kind === "event" && parsed.event.t === "fetch") {
        const slot = this.fetches.get(str(parsed.event, "req") ?? "");
        if (slot && !slot.event) slot.event = parsed.event;
      } else if (parsed.kind === "event") {
        applyEvent(this.journal, parsed.event);
        this.hooks.onLine({ event: parsed.event, text: line }, this.journal);
        if (parsed.event.t === "end") proc.child.stdin.end();
      } else this.hooks.onLine({ text: parsed.text }, this.journal);
      this.wake();
    });
    // The supervisor may write while stdin is gone (it ended): that is its deadline's business, not a crash.
    proc.child.stdin.on("error", () => undefined);
    if (install) proc.child.stdin.write(this.script.text);
    if (first) proc.child.stdin.write(encodeParams(this.params));
    else {
      // Attach keeps stdin open, like the first session: what was decided while disconnected is said again.
      proc.child.stdin.write(
        encodeParams({ ...this.params, MG_MODE: "attach", MG_FROM_LINE: String(fromLine) }),
      );
      for (const line of this.said) write(line);
    }
    this.write = write;
    const code = await proc.exited;
    if (this.write === write) this.write = undefined;
    if (install && code === INSTALL_FAILED && this.journal.lines === 0)
      throw installError(code, proc.stderr());
    if (code !== 0 && code !== NOT_INSTALLED && !this.journal.ended) this.hooks.onLost(proc.stderr().trim());
    return code;
  }

  private async follow(): Promise<void> {
    const journal = this.journal;
    if ((await this.attach(1, true)) === NOT_INSTALLED && journal.lines === 0) {
      this.hooks.onLine({ text: "installing this version of the supervisor on the host" }, journal);
      await this.attach(1, true, true);
    }
    // A dropped connection does not stop the supervisor: reconnect and read the rest of its journal.
    for (let attempt = 1; !journal.ended && journal.deployId && attempt <= 5; attempt++) {
      this.notes.push(
        `The SSH connection dropped during the deploy; reconnected (attempt ${attempt}) and read the journal on the host.`,
      );
      this.hooks.onReconnect(attempt, journal);
      await sleep(1000 * attempt);
      try {
        await this.conn.ensureOpen({ tempRoot: this.conn.dir, attempts: 3 });
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
        // Fails towards retrying: a transient failure is another attempt, and after the last one the deploy
        // is reported as failed (the journal never ended).
        this.notes.push(`Reconnect attempt ${attempt} failed: ${error.message}`);
        continue;
      }
      await this.attach(journal.lines + 1, false);
    }
  }
}
