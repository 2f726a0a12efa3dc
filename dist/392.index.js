export const id = 392;
export const ids = [392];
export const modules = {

/***/ 7142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ FencedLog)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
// The deploy's log: one group per phase, remote output fenced so it cannot issue workflow commands.


class FencedLog {
    token = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(16).toString("hex");
    stopped = false;
    group;
    stop() {
        if (!this.stopped)
            process.stdout.write(`::stop-commands::${this.token}\n`);
        this.stopped = true;
    }
    resume() {
        if (this.stopped)
            process.stdout.write(`::${this.token}::\n`);
        this.stopped = false;
    }
    phase(name) {
        this.resume();
        if (this.group)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.endGroup();
        this.group = name;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.startGroup(name);
        this.stop();
    }
    /** Remote text: printed only while workflow commands are stopped. */
    remote(text) {
        this.stop();
        process.stdout.write(text + "\n");
    }
    /** Our own annotations and messages need commands enabled. */
    ours(fn) {
        const was = this.stopped;
        this.resume();
        fn();
        if (was)
            this.stop();
    }
    close() {
        this.resume();
        if (this.group)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.endGroup();
        this.group = undefined;
    }
}


/***/ }),

/***/ 2364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K4: () => (/* binding */ runSupervisor),
/* harmony export */   N2: () => (/* binding */ disposeSavedConnection),
/* harmony export */   NA: () => (/* binding */ SupervisorSession),
/* harmony export */   Ng: () => (/* binding */ connect),
/* harmony export */   iu: () => (/* binding */ supervisorScript),
/* harmony export */   tD: () => (/* binding */ writeHostMetrics)
/* harmony export */ });
/* unused harmony exports NOT_INSTALLED, INSTALL_FAILED */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _core_deploy_plan_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1204);
/* harmony import */ var _core_deploy_protocol_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5063);
/* harmony import */ var _early_ssh_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9520);
/* harmony import */ var _ssh_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(882);
// The client of the host-side supervisor: the script (installed when missing, named by its hash), one-shot
// runs (status, fetch) and the deploy's session (which also serves the gate's file reads) (run, attach after a dropped connection, the lines the
// action said repeated to the reattached session). Every session is a channel of the one SSH connection.









const STATE_SSH_DIR = "deploySshDir";
// --- the supervisor script and the constant remote commands that start it --------------------------------
function supervisorPath() {
    const here = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(import.meta.url));
    for (const candidate of [(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(here, "host", "supervisor.sh"), (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(here, "..", "host", "supervisor.sh")]) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(candidate))
            return candidate;
    }
    throw new Error(`the host supervisor script is missing from the action (looked beside ${here})`);
}
/** The exit status of `run` when this version of the supervisor is not on the host yet. */
const NOT_INSTALLED = 86;
/** The exit status of `installAndRun` when the script could not be installed (nothing was run). */
const INSTALL_FAILED = 87;
/** The remote commands name the script by its hash: constant text for a given build, never input data. */
function supervisorScript() {
    const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(supervisorPath(), "utf8");
    const sha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)("sha256").update(text).digest("hex");
    const file = `.migration-guard/bin/supervisor-${sha256.slice(0, 16)}.sh`;
    // GNU head -c reads no further than the count it is given: the parameters after the script stay on stdin
    // for the supervisor. A script cut short (the connection dropped) fails the sha256 and is never named.
    const size = Buffer.byteLength(text, "utf8");
    return {
        text,
        // Installed once per version: a deploy whose supervisor is already there saves a session (on a host
        // whose login shell is slow to start, the largest single cost of the guard after the framework's boot).
        run: (0,_ssh_js__WEBPACK_IMPORTED_MODULE_6__/* .remoteCommand */ .S2)(`[ -f ${file} ] || exit ${NOT_INSTALLED}; exec bash ${file}`),
        installAndRun: (0,_ssh_js__WEBPACK_IMPORTED_MODULE_6__/* .remoteCommand */ .S2)(`umask 077 && mkdir -p .migration-guard/bin && head -c ${size} > ${file}.$$ && ` +
            `[ "$(sha256sum < ${file}.$$)" = "${sha256}  -" ] && mv -f ${file}.$$ ${file} && exec bash ${file}; ` +
            `rm -f ${file}.$$; echo "the supervisor could not be installed in ~/.migration-guard/bin" >&2; exit ${INSTALL_FAILED}`),
    };
}
async function connect(settings) {
    const target = (0,_early_ssh_js__WEBPACK_IMPORTED_MODULE_5__/* .sshTarget */ .ov)(settings);
    const log = (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(m);
    // Started by src/early-connect.ts for the very same target, or here.
    const early = await (0,_early_ssh_js__WEBPACK_IMPORTED_MODULE_5__/* .claimEarly */ .mT)(target, log);
    const conn = early?.conn ?? _ssh_js__WEBPACK_IMPORTED_MODULE_6__/* .SshConnection */ .Tx.prepare(target, { tempRoot: (0,_early_ssh_js__WEBPACK_IMPORTED_MODULE_5__/* .sshTempRoot */ .$q)(), log });
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(STATE_SSH_DIR, conn.dir);
    await (early?.opened ?? conn.open({ tempRoot: (0,_early_ssh_js__WEBPACK_IMPORTED_MODULE_5__/* .sshTempRoot */ .$q)(), log, attempts: (0,_early_ssh_js__WEBPACK_IMPORTED_MODULE_5__/* .sshAttempts */ .fs)() }));
    return conn;
}
/** Post step: remove the key file and close the SSH master connection. Must never throw. */
async function disposeSavedConnection() {
    const dir = _actions_core__WEBPACK_IMPORTED_MODULE_0__.getState(STATE_SSH_DIR);
    if (!dir || !(0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(dir))
        return;
    try {
        await _ssh_js__WEBPACK_IMPORTED_MODULE_6__/* .SshConnection */ .Tx.fromDir(dir).dispose();
    }
    catch (error) {
        // The post step: the deploy's result is already decided; a clean-up failure is said, not hidden.
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`Could not remove the SSH files in ${dir}: ${error.message}`);
    }
}
/**
 * One supervisor run with `input`, installing this version in the same session when the host does not have
 * it yet (the first run said NOT_INSTALLED before reading anything).
 */
async function runSupervisor(conn, script, input) {
    const first = await conn.run(script.run, input);
    if (first.code !== NOT_INSTALLED || first.stdout)
        return first;
    const installed = await conn.run(script.installAndRun, script.text + input);
    if (installed.code === INSTALL_FAILED && !installed.stdout)
        throw installError(installed.code, installed.stderr);
    return installed;
}
function installError(code, stderr) {
    return new Error(`Could not install the supervisor on the host (exit ${code}): ${stderr.trim()}`);
}
/**
 * `metrics-dir-on-host`: the supervisor writes `text` as `dir/name` on the host, atomically (temp file in the
 * folder, then renamed). Returns the path written; throws when the write did not happen (the step fails).
 */
async function writeHostMetrics(conn, script, file) {
    const params = {
        MG_MODE: "metrics",
        MG_METRICS_DIR: file.dir,
        MG_METRICS_NAME: file.name,
        MG_METRICS_TEXT: file.text,
    };
    const result = await runSupervisor(conn, script, (0,_core_deploy_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .encodeParams */ .hm)(params));
    for (const line of result.stdout.split("\n")) {
        const parsed = (0,_core_deploy_protocol_js__WEBPACK_IMPORTED_MODULE_8__/* .parseLine */ .A)(line);
        if (parsed.kind !== "event")
            continue;
        const path = (0,_core_deploy_protocol_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(parsed.event, "path") ?? `${file.dir}/${file.name}`;
        if (parsed.event.t === "metrics" && (0,_core_deploy_protocol_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(parsed.event, "result") === "ok")
            return path;
        if (parsed.event.t === "metrics" || parsed.event.t === "error")
            throw new Error(`Could not write the metric file ${path} on the host (metrics-dir-on-host): ${(0,_core_deploy_protocol_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(parsed.event, "message") ?? "no reason given"}.`);
    }
    throw new Error(`Could not write the metric file in ${file.dir} on the host (metrics-dir-on-host): the supervisor exited ${result.code} without saying it was written. ${result.stderr.trim()}`.trim());
}
/** A `fetch` event (`health-from: host`: one GET the host made with curl) as the response it describes. */
function fetchResponse(event) {
    const code = Number(event.code) || 0;
    const error = (0,_core_deploy_protocol_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(event, "error") || `curl exited with ${(0,_core_deploy_protocol_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(event, "rc")}`;
    return { status: code, body: (0,_core_deploy_protocol_js__WEBPACK_IMPORTED_MODULE_8__/* .decodeBase64 */ .y4)((0,_core_deploy_protocol_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(event, "body")), ...(code ? {} : { error }) };
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/**
 * One deploy's supervisor, followed to its end across dropped connections. The journal is the only state:
 * `until` waits for it to reach a point (or for the session to end), `decide` and `say` answer the supervisor
 * on its stdin, and a reattached session hears again what was said (a verdict that reaches no one would leave
 * the worker to its deadline).
 */
class SupervisorSession {
    conn;
    script;
    params;
    hooks;
    journal = (0,_core_deploy_protocol_js__WEBPACK_IMPORTED_MODULE_8__/* .emptyJournal */ .xw)();
    notes = [];
    /** Settles when the supervisor has ended, or it cannot be followed any more (rejects). */
    finished;
    said = [];
    decided = false;
    write;
    over = false;
    waiters = [];
    /** The health probes from the host, by request id: the supervisor's `fetch` event once it came. */
    fetches = new Map();
    /** The gate's file reads, by request id: the files received so far, and the supervisor's `files-end`. */
    reads = new Map();
    constructor(conn, script, params, hooks) {
        this.conn = conn;
        this.script = script;
        this.params = params;
        this.hooks = hooks;
        this.finished = this.follow().finally(() => {
            this.over = true;
            for (const w of this.waiters.splice(0))
                w.resolve();
        });
        // `until` callers see the end as "not reached"; the rejection is read from `finished`.
        this.finished.catch(() => undefined);
    }
    static start(conn, script, params, hooks) {
        return new SupervisorSession(conn, script, params, hooks);
    }
    /** True when the journal reached `test`; false when the session ended first. */
    async until(test) {
        if (!test(this.journal) && !this.over)
            await new Promise((resolve) => this.waiters.push({ test, resolve }));
        return test(this.journal);
    }
    /** The gate's decision (`go`, `stop <why>`): the first one counts, later ones are ignored. */
    decide(line) {
        if (this.decided)
            return;
        this.decided = true;
        this.say(line);
    }
    /** One line to the supervisor (newlines folded), repeated to a reattached session. */
    say(line) {
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
    async readFiles(patterns) {
        if (!patterns.length)
            return new Map();
        const id = String(this.reads.size + 1);
        const read = { files: new Map() };
        this.reads.set(id, read);
        this.say(`read ${id} ${(0,_core_deploy_protocol_js__WEBPACK_IMPORTED_MODULE_8__/* .requestText */ .T9)(patterns.join("\n"))}`);
        if (!(await this.until(() => read.end !== undefined)))
            throw new Error("The supervisor ended before it sent the migration files the gate reads.");
        const end = read.end;
        if ((0,_core_deploy_protocol_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(end, "error"))
            throw new Error(`Reading the migration files on the host failed: ${(0,_core_deploy_protocol_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(end, "error")}`);
        if (end.truncated)
            throw new Error(`Reading the migration files on the host stopped at its limits (${end.count} files sent): the gate ` +
                "did not see every file it asked for.");
        return read.files;
    }
    /**
     * `health-from: host`: one GET made by the host (curl) while the supervisor waits for the health verdict,
     * asked and answered in this session (`fetch ID TEXT` on its stdin, see requestText; a `fetch` event with
     * the id).
     */
    async fetch(url) {
        const id = String(this.fetches.size + 1);
        const slot = {};
        this.fetches.set(id, slot);
        this.say(`fetch ${id} ${(0,_core_deploy_protocol_js__WEBPACK_IMPORTED_MODULE_8__/* .requestText */ .T9)(url)}`);
        if (!(await this.until(() => slot.event !== undefined)) || !slot.event)
            return { status: 0, body: "", error: "the supervisor ended before it fetched the URL" };
        return fetchResponse(slot.event);
    }
    /** A `file` or `files-end` event: part of the answer to a read. */
    collect(event) {
        const read = this.reads.get((0,_core_deploy_protocol_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(event, "req") ?? "");
        if (!read || read.end)
            return;
        if (event.t === "files-end") {
            read.end = event;
            return;
        }
        const pattern = (0,_core_deploy_protocol_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(event, "pattern") ?? "";
        const list = read.files.get(pattern) ?? [];
        list.push({
            path: (0,_core_deploy_protocol_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(event, "path") ?? "",
            bytes: Buffer.from((0,_core_deploy_protocol_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(event, "b64") ?? "", "base64"),
        });
        read.files.set(pattern, list);
    }
    wake() {
        for (const w of [...this.waiters]) {
            if (!w.test(this.journal))
                continue;
            this.waiters.splice(this.waiters.indexOf(w), 1);
            w.resolve();
        }
    }
    async attach(fromLine, first, install = false) {
        const proc = this.conn.spawn(install ? this.script.installAndRun : this.script.run);
        const write = (line) => {
            if (proc.child.stdin.writable && !proc.child.stdin.writableEnded)
                proc.child.stdin.write(line + "\n");
        };
        proc.onLine((line) => {
            this.journal.lines++;
            const parsed = (0,_core_deploy_protocol_js__WEBPACK_IMPORTED_MODULE_8__/* .parseLine */ .A)(line);
            if (parsed.kind === "event" && (parsed.event.t === "file" || parsed.event.t === "files-end"))
                this.collect(parsed.event);
            else if (parsed.kind === "event" && parsed.event.t === "fetch") {
                const slot = this.fetches.get((0,_core_deploy_protocol_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(parsed.event, "req") ?? "");
                if (slot && !slot.event)
                    slot.event = parsed.event;
            }
            else if (parsed.kind === "event") {
                (0,_core_deploy_protocol_js__WEBPACK_IMPORTED_MODULE_8__/* .applyEvent */ .Z8)(this.journal, parsed.event);
                this.hooks.onLine({ event: parsed.event, text: line }, this.journal);
                if (parsed.event.t === "end")
                    proc.child.stdin.end();
            }
            else
                this.hooks.onLine({ text: parsed.text }, this.journal);
            this.wake();
        });
        // The supervisor may write while stdin is gone (it ended): that is its deadline's business, not a crash.
        proc.child.stdin.on("error", () => undefined);
        if (install)
            proc.child.stdin.write(this.script.text);
        if (first)
            proc.child.stdin.write((0,_core_deploy_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .encodeParams */ .hm)(this.params));
        else {
            // Attach keeps stdin open, like the first session: what was decided while disconnected is said again.
            proc.child.stdin.write((0,_core_deploy_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .encodeParams */ .hm)({ ...this.params, MG_MODE: "attach", MG_FROM_LINE: String(fromLine) }));
            for (const line of this.said)
                write(line);
        }
        this.write = write;
        const code = await proc.exited;
        if (this.write === write)
            this.write = undefined;
        if (install && code === INSTALL_FAILED && this.journal.lines === 0)
            throw installError(code, proc.stderr());
        if (code !== 0 && code !== NOT_INSTALLED && !this.journal.ended)
            this.hooks.onLost(proc.stderr().trim());
        return code;
    }
    async follow() {
        const journal = this.journal;
        if ((await this.attach(1, true)) === NOT_INSTALLED && journal.lines === 0) {
            this.hooks.onLine({ text: "installing this version of the supervisor on the host" }, journal);
            await this.attach(1, true, true);
        }
        // A dropped connection does not stop the supervisor: reconnect and read the rest of its journal.
        for (let attempt = 1; !journal.ended && journal.deployId && attempt <= 5; attempt++) {
            this.notes.push(`The SSH connection dropped during the deploy; reconnected (attempt ${attempt}) and read the journal on the host.`);
            this.hooks.onReconnect(attempt, journal);
            await sleep(1000 * attempt);
            try {
                await this.conn.ensureOpen({ tempRoot: this.conn.dir, attempts: 3 });
            }
            catch (error) {
                // A host key that changed mid-deploy, or a key the host no longer accepts, is not a dropped line:
                // stop at once and say so (the supervisor on the host goes on to its own deadlines, journal kept).
                if (!(error instanceof _ssh_js__WEBPACK_IMPORTED_MODULE_6__/* .SshError */ .DZ) || error.permanent)
                    throw new Error(`Reconnecting to follow deploy ${journal.deployId} failed and was not retried: ` +
                        `${error instanceof Error ? error.message : String(error)} The supervisor on the host finishes ` +
                        `alone; see its journal (${journal.journalPath ?? "under ~/.migration-guard"}).`, { cause: error });
                // Fails towards retrying: a transient failure is another attempt, and after the last one the deploy
                // is reported as failed (the journal never ended).
                this.notes.push(`Reconnect attempt ${attempt} failed: ${error.message}`);
                continue;
            }
            await this.attach(journal.lines + 1, false);
        }
    }
}


/***/ }),

/***/ 4721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F5: () => (/* binding */ renderRunbook),
/* harmony export */   IT: () => (/* binding */ runbookState),
/* harmony export */   XO: () => (/* binding */ restoreEstimate),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports shellQuote, databaseState */
// What a backup means for the people who may need it: sizes in words, the restore time a logical dump
// implies for a database of that size, and the runbook a failed deploy prints. Pure.
const GB = 1024 ** 3;
function formatBytes(bytes) {
    if (bytes >= GB)
        return `${(bytes / GB).toFixed(1)} GiB`;
    if (bytes >= 1024 ** 2)
        return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
    if (bytes >= 1024)
        return `${(bytes / 1024).toFixed(0)} KiB`;
    return `${bytes} B`;
}
/** Restore-time bands of a logical (pg_dump) backup, by database size. */
function restoreEstimate(databaseBytes) {
    const size = formatBytes(databaseBytes);
    if (databaseBytes < GB)
        return {
            band: "fine",
            text: `The database is ${size}: a logical restore takes minutes at most.`,
            warn: false,
        };
    if (databaseBytes < 10 * GB)
        return {
            band: "1-10GB",
            text: `The database is ${size}: restoring a logical dump takes about 15-30 minutes, and the app is down meanwhile.`,
            warn: true,
        };
    if (databaseBytes < 50 * GB)
        return {
            band: "10-50GB",
            text: `The database is ${size}: restoring a logical dump takes about 1-2 hours, and the app is down meanwhile.`,
            warn: true,
        };
    return {
        band: "over-50GB",
        text: `The database is ${size}: restoring a logical dump takes about 2-4 hours. For a database this size use ` +
            "physical backups with WAL archiving (point-in-time recovery, e.g. pgBackRest or your provider's snapshots) " +
            "and set backup-command/restore-command to drive them.",
        warn: true,
    };
}
/** POSIX single quotes for a runbook line a human pastes into a shell (display only, never executed here). */
function shellQuote(word) {
    return /^[A-Za-z0-9_./:=@%+,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
/** What the database holds now, in one sentence, from what the supervisor did. */
function databaseState(input) {
    if (input.rolledBack)
        return "The supervisor restored the backup taken before migrating; the recorded migrations equal those before the deploy.";
    if (input.migrateStarted === false)
        return "The migration never started: this deploy did not change the database.";
    if (input.restoreState === "failed")
        return ("The supervisor's restore failed and nothing of it was committed: the database is as the migration left it " +
            "(migrations that finished stay applied; step 1 shows which).");
    if (input.restoreState === "ok")
        return "The backup was restored, but the recorded migrations differ from those before the deploy: check step 1.";
    return "Nothing was restored: the database is as the migration left it (migrations that finished stay applied; step 1 shows which).";
}
/** The exact commands for this deploy: where the backup is, how to restore it by hand, how to check. */
function renderRunbook(input) {
    const q = (words) => words.map(shellQuote).join(" ");
    const lines = ["### Runbook", ""];
    lines.push(databaseState(input), "", input.rolledBack ? "To check, or to restore again by hand, on the host:" : "On the host:", "", "```sh", `ssh -p ${input.target.port} ${shellQuote(`${input.target.user}@${input.target.host}`)}`, `cd ${shellQuote(input.appDir)}`);
    lines.push("# 1. what the database has recorded now");
    for (const argv of input.statusCommands)
        lines.push(q([...input.runPrefix, ...argv]));
    const backups = input.backups ??
        (input.backupPath
            ? [
                {
                    path: input.backupPath,
                    ...(input.sha256 ? { sha256: input.sha256 } : {}),
                    ...(input.connection ? { connection: input.connection } : {}),
                },
            ]
            : []);
    if (backups.length && input.restoreCommand) {
        // A backup-command ran once for the whole app: so does the restore-command.
        const b = backups[0];
        lines.push(`# 2. the verified backup taken before migrating (writes made after it are lost by a restore)`);
        verifyLines(lines, b);
        lines.push("# 3. restore it (put the app in maintenance mode first)");
        lines.push(`MG_BACKUP_PATH=${shellQuote(b.path)} ${q([...input.runPrefix, "sh", "-c", input.restoreCommand])}`);
    }
    else if (backups.length) {
        lines.push(backups.length > 1
            ? `# 2. the verified backups taken before migrating, one per database (writes made after them are lost by a restore)`
            : `# 2. the verified backup taken before migrating (writes made after it are lost by a restore)`);
        for (const b of backups)
            verifyLines(lines, b);
        lines.push(backups.length > 1
            ? "# 3. restore each (put the app in maintenance mode first)"
            : "# 3. restore it (put the app in maintenance mode first)");
        for (const b of backups) {
            if (b.database && backups.length > 1)
                lines.push(`# database ${b.database}`);
            // Exported on lines of their own: `PGDATABASE=x cmd "$PGDATABASE"` would expand before assigning.
            if (b.connection)
                lines.push(`export ${b.connection}`);
            lines.push(`export PGPASSWORD=...   # the app's database password, from your secret store; never on the command line`, `${q([...input.runPrefix, "pg_restore", "--clean", "--if-exists", "--single-transaction", "--dbname"])} "$PGDATABASE" < ${shellQuote(b.path)}`);
        }
    }
    if (backups.length) {
        lines.push("# 4. then read the status again (step 1): the same migrations must be recorded as before the deploy");
    }
    else {
        lines.push("# no backup was taken for this deploy (backup: never): restore from your own backups");
    }
    if (input.journal)
        lines.push(`# the supervisor's journal of this deploy`, `cat ${shellQuote(input.journal)}`);
    lines.push("```", "");
    lines.push("`pg_restore --single-transaction` commits all or nothing. `--clean` leaves objects the backup does not know " +
        "(a table a migration created): the supervisor drops those in the same transaction; by hand, drop them " +
        "first. A restore discards every write made after the backup.", "");
    return lines.join("\n");
}
function verifyLines(lines, b) {
    lines.push(`ls -l ${shellQuote(b.path)} && sha256sum ${shellQuote(b.path)}`);
    if (b.sha256)
        lines.push(`#    it must print ${b.sha256}: any other sum is not the verified backup, do not restore it`);
}
/** The runbook's view of the journal: did the migration start, and how did the restore end. */
function runbookState(journal) {
    const restore = [...journal.phases].reverse().find((p) => p.phase === "restore");
    return {
        migrateStarted: journal.phases.some((p) => p.phase === "migrate"),
        ...(restore ? { restoreState: restore.state } : {}),
    };
}


/***/ }),

/***/ 1204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FA: () => (/* binding */ makeDeployId),
/* harmony export */   Vi: () => (/* binding */ supervisorParams),
/* harmony export */   hm: () => (/* binding */ encodeParams)
/* harmony export */ });
function words(argv) {
    for (const w of argv) {
        if (w.includes("\n") || w.includes("\0"))
            throw new Error(`argv word ${JSON.stringify(w)} holds a newline or NUL`);
    }
    return argv.join("\n");
}
function supervisorParams(plan) {
    const params = {
        MG_MODE: "deploy",
        MG_DEPLOY_ID: plan.deployId,
        MG_APP_DIR: plan.appDir,
        MG_ENVIRONMENT: plan.environment,
        MG_DATABASE: plan.database,
        MG_RUN_PREFIX: words(plan.runPrefix),
        MG_UPDATE_COMMAND: plan.updateCommand,
        MG_MIGRATE: words(plan.migrateCommand),
        MG_TIMEOUT: String(Math.ceil(plan.timeout)),
        MG_LOCK_TIMEOUT: String(Math.round(plan.lockTimeoutMs)),
        MG_LOCK_WAIT: String(Math.ceil(plan.lockWait)),
        MG_DECISION_WAIT: String(Math.ceil(plan.decisionWait)),
        MG_ORIGIN: plan.origin,
        MG_REF: plan.ref,
        MG_SHA: plan.sha,
    };
    if (plan.appEnv?.length)
        params.MG_APP_ENV = words(plan.appEnv);
    if (plan.dbconfigCommand?.length)
        params.MG_DBCONFIG = words(plan.dbconfigCommand);
    if (plan.runner) {
        params.MG_RUNNER = words(plan.runner.argv);
        params.MG_RUNNER_KIND = plan.runner.kind;
    }
    if (plan.noMigrationsTableStatus)
        params.MG_STATUS_NO_TABLE = plan.noMigrationsTableStatus;
    if (plan.backup) {
        params.MG_BACKUP = plan.backup.mode;
        params.MG_BACKUP_KEEP = String(plan.backup.keep);
        if (plan.backup.dir)
            params.MG_BACKUP_DIR = plan.backup.dir;
        if (plan.backup.command)
            params.MG_BACKUP_COMMAND = plan.backup.command;
        if (plan.backup.restoreCommand)
            params.MG_RESTORE_COMMAND = plan.backup.restoreCommand;
    }
    if (plan.onFailure)
        params.MG_ON_FAILURE = plan.onFailure;
    if (plan.preMigrateCommand)
        params.MG_PRE_MIGRATE_COMMAND = plan.preMigrateCommand;
    if (plan.postMigrateCommand)
        params.MG_POST_MIGRATE_COMMAND = plan.postMigrateCommand;
    if (plan.healthTimeout !== undefined) {
        params.MG_HEALTH = "true";
        params.MG_HEALTH_TIMEOUT = String(Math.ceil(plan.healthTimeout));
    }
    if (plan.statementTimeoutMs !== undefined)
        params.MG_STATEMENT_TIMEOUT = String(Math.round(plan.statementTimeoutMs));
    plan.statusCommands.slice(0, 3).forEach((argv, i) => (params[`MG_STATUS_${i + 1}`] = words(argv)));
    return params;
}
/** NUL-terminated records, closed by an empty record. Values with NUL cannot be sent and are refused. */
function encodeParams(params) {
    let out = "";
    for (const [name, value] of Object.entries(params)) {
        if (!/^MG_[A-Z0-9_]+$/.test(name))
            throw new Error(`bad parameter name ${name}`);
        if (value.includes("\0"))
            throw new Error(`parameter ${name} holds a NUL byte`);
        out += `${name}=${value}\0`;
    }
    return out + "\0";
}
/** A deploy id the supervisor accepts: time, run and a random part, `[A-Za-z0-9._-]`. */
function makeDeployId(now, runId, random) {
    const stamp = now
        .toISOString()
        .replace(/[-:]/g, "")
        .replace(/\.\d+Z$/, "Z");
    const run = runId.replace(/[^A-Za-z0-9]/g, "").slice(0, 20) || "local";
    return `${stamp}-${run}-${random.replace(/[^A-Za-z0-9]/g, "").slice(0, 12)}`;
}


/***/ }),

/***/ 6875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S$: () => (/* binding */ DEPLOY_FRAMEWORKS),
/* harmony export */   fG: () => (/* binding */ PRESETS),
/* harmony export */   tb: () => (/* binding */ safeGlobPart)
/* harmony export */ });
// Per-framework commands: how to read pending migrations from the database, how to migrate, and where the
// file of a pending migration lives (globs relative to the app dir, tried in order).
const DEPLOY_FRAMEWORKS = ["rails", "django", "alembic", "knex"];
// Every database of the environment (Rails 6.1 multi-db: `primary`, `animals`, ...; replicas are left out,
// they are not migrated), each announced by `MG_DB <name> <adapter>`.
const RAILS_DBCONFIG = "ActiveRecord::Base.configurations.configs_for(env_name: Rails.env).each { |d| c = d.configuration_hash; " +
    'puts "MG_DB #{d.name} #{c[:adapter]}"; ' +
    '{ "PGHOST" => c[:host], "PGPORT" => c[:port], "PGDATABASE" => c[:database], "PGUSER" => c[:username], ' +
    '"PGPASSWORD" => c[:password], "PGSSLMODE" => c[:sslmode] }.each { |k, v| ' +
    'puts "MG_PG #{k}=#{v}" unless v.nil? || v.to_s.empty? || v.to_s.include?("\\n") } }';
const DJANGO_DBCONFIG = "from django.db import connection as c; s = c.settings_dict; " +
    '[print("MG_PG %s=%s" % (k, v)) for k, v in (("PGHOST", s.get("HOST")), ("PGPORT", s.get("PORT")), ' +
    '("PGDATABASE", s.get("NAME")), ("PGUSER", s.get("USER")), ("PGPASSWORD", s.get("PASSWORD")), ' +
    '("PGSSLMODE", (s.get("OPTIONS") or {}).get("sslmode"))) if v and "\\n" not in str(v)]';
const ALEMBIC_DBCONFIG = "from alembic.config import Config; from sqlalchemy.engine import make_url; " +
    'u = make_url(Config("alembic.ini").get_main_option("sqlalchemy.url")); ' +
    '[print("MG_PG %s=%s" % (k, v)) for k, v in (("PGHOST", u.host), ("PGPORT", u.port), ' +
    '("PGDATABASE", u.database), ("PGUSER", u.username), ("PGPASSWORD", u.password)) if v]';
const KNEX_DBCONFIG = 'const f = require(require("path").resolve("knexfile")); const e = f[process.env.NODE_ENV || "development"] || f; ' +
    'let c = e.connection || {}; if (typeof c === "string") { const u = new URL(c); c = { host: u.hostname, ' +
    "port: u.port, database: decodeURIComponent(u.pathname.slice(1)), user: decodeURIComponent(u.username), " +
    "password: decodeURIComponent(u.password) }; } " +
    'for (const [k, v] of [["PGHOST", c.host], ["PGPORT", c.port], ["PGDATABASE", c.database], ["PGUSER", c.user], ' +
    '["PGPASSWORD", c.password]]) if (v) console.log(`MG_PG ${k}=${v}`);';
const PRESETS = {
    // `db:migrate:status` covers every database of a multi-database app, one `database:` block each.
    rails: {
        status: [["bin/rails", "db:migrate:status"]],
        migrate: ["bin/rails", "db:migrate"],
        dbconfig: ["bin/rails", "runner", RAILS_DBCONFIG],
        runner: { kind: "rails", argv: ["bin/rails", "runner"] },
    },
    django: {
        status: [["python3", "manage.py", "showmigrations", "--plan"]],
        migrate: ["python3", "manage.py", "migrate", "--no-input"],
        dbconfig: ["python3", "manage.py", "shell", "-c", DJANGO_DBCONFIG],
        runner: { kind: "django", argv: ["python3", "manage.py", "shell", "-c"] },
    },
    // Alembic has no "pending" listing: the current revisions against the whole history gives it.
    alembic: {
        status: [
            ["alembic", "current"],
            ["alembic", "history"],
        ],
        migrate: ["alembic", "upgrade", "heads"],
        dbconfig: ["python3", "-c", ALEMBIC_DBCONFIG],
    },
    knex: {
        status: [["npx", "knex", "migrate:list"]],
        migrate: ["npx", "knex", "migrate:latest"],
        dbconfig: ["node", "-e", KNEX_DBCONFIG],
    },
};
/** Migration ids come from the status output of a tool we do not control: only plain names become globs. */
function safeGlobPart(text) {
    return /^[A-Za-z0-9_.-]+$/.test(text) && !text.includes("..");
}


/***/ }),

/***/ 5063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ parseLine),
/* harmony export */   Jg: () => (/* binding */ statusRound),
/* harmony export */   T9: () => (/* binding */ requestText),
/* harmony export */   Z8: () => (/* binding */ applyEvent),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   xw: () => (/* binding */ emptyJournal),
/* harmony export */   y4: () => (/* binding */ decodeBase64)
/* harmony export */ });
/* unused harmony exports EVENT_PREFIX, OUTPUT_PREFIX, num */
// The supervisor's stdout protocol: `@mg:event <json>` lines are events, `@mg:out <text>` lines are the
// output of the commands it ran. Anything else (a shell error before the supervisor started) is raw text.
const EVENT_PREFIX = "@mg:event ";
const OUTPUT_PREFIX = "@mg:out ";
function isEvent(value) {
    if (typeof value !== "object" || value === null || Array.isArray(value))
        return false;
    const record = value;
    if (typeof record.t !== "string" || typeof record.at !== "number")
        return false;
    return Object.values(record).every((v) => typeof v === "string" || typeof v === "number");
}
function parseLine(line) {
    if (line.startsWith(EVENT_PREFIX)) {
        try {
            const value = JSON.parse(line.slice(EVENT_PREFIX.length));
            if (isEvent(value))
                return { kind: "event", event: value };
        }
        catch {
            /* a malformed event is shown as text, never trusted */
        }
        return { kind: "raw", text: line };
    }
    if (line.startsWith(OUTPUT_PREFIX))
        return { kind: "output", text: line.slice(OUTPUT_PREFIX.length) };
    return { kind: "raw", text: line };
}
function str(event, field) {
    const v = event[field];
    return typeof v === "string" ? v : v === undefined ? undefined : String(v);
}
function num(event, field) {
    const v = event[field];
    return typeof v === "number" ? v : undefined;
}
function decodeBase64(text) {
    return text ? Buffer.from(text, "base64").toString("utf8") : "";
}
/**
 * The text of a request said on the supervisor's stdin (`read ID TEXT`, `fetch ID TEXT`): every UTF-8 byte as
 * `\xHH`, so the request stays one line of a fixed alphabet whatever the text holds, and bash's own
 * `printf '%b'` gives the bytes back on the host. It was base64, and `base64 -d` was a process on the way to
 * every gate decision (10-18 ms on a 2-core VM, against 0.1 ms).
 */
function requestText(text) {
    return Buffer.from(text, "utf8").toString("hex").replace(/../g, "\\x$&");
}
function emptyJournal() {
    return {
        phases: [],
        statuses: [],
        backups: [],
        awaiting: false,
        ended: false,
        deadlineActions: [],
        lines: 0,
        terminated: 0,
        awaitingHealth: false,
        notes: [],
        progress: [],
    };
}
/** Folds one event into the journal (mutates and returns it: the runner feeds thousands of lines). */
function applyEvent(journal, event) {
    switch (event.t) {
        case "hello":
            journal.deployId = str(event, "deploy") ?? journal.deployId;
            journal.journalPath = str(event, "journal") ?? journal.journalPath;
            break;
        case "phase": {
            const phase = str(event, "phase") ?? "?";
            const state = str(event, "state") ?? "?";
            if (state === "start") {
                journal.phases.push({ phase, state: "running", startedAt: event.at });
            }
            else {
                let record = [...journal.phases].reverse().find((p) => p.phase === phase);
                if (!record) {
                    record = { phase, state, startedAt: event.at };
                    journal.phases.push(record);
                }
                record.state = state;
                const ms = num(event, "ms");
                if (ms !== undefined)
                    record.ms = ms;
                const message = str(event, "message");
                if (message)
                    record.message = message;
            }
            break;
        }
        case "status":
            journal.statuses.push({
                name: str(event, "name") ?? "",
                index: num(event, "index") ?? 0,
                rc: num(event, "rc") ?? -1,
                stdout: decodeBase64(str(event, "stdout")),
                stderr: decodeBase64(str(event, "stderr")),
            });
            break;
        case "lock":
            journal.lockHolder = str(event, "holder");
            break;
        case "awaiting":
            if (str(event, "phase") === "health")
                journal.awaitingHealth = true;
            else
                journal.awaiting = true;
            break;
        case "backup-check":
            journal.backupCheck = {
                databaseBytes: num(event, "db_size") ?? 0,
                freeBytes: num(event, "free") ?? 0,
                dir: str(event, "dir") ?? "",
            };
            break;
        case "backup": {
            const backup = {
                path: str(event, "path") ?? "",
                bytes: num(event, "size") ?? 0,
                sha256: str(event, "sha256") ?? "",
                databaseBytes: num(event, "db_size") ?? 0,
                freeBytes: num(event, "free") ?? 0,
                entries: num(event, "entries") ?? 0,
                dumpMs: num(event, "dump_ms") ?? 0,
                verifyMs: num(event, "verify_ms") ?? 0,
                pruned: num(event, "pruned") ?? 0,
                verified: str(event, "verified") ?? "",
                connection: str(event, "connection") ?? "",
                database: str(event, "database") ?? "",
            };
            journal.backups.push(backup);
            journal.backup ??= backup;
            break;
        }
        case "terminate":
            journal.terminated += num(event, "terminated") ?? 0;
            break;
        case "migration": {
            const id = str(event, "id") ?? "";
            const database = str(event, "database") ?? "";
            if (str(event, "state") === "start") {
                journal.progress.push({ id, database, name: str(event, "name") ?? "", state: "running" });
                break;
            }
            const record = journal.progress.find((p) => p.id === id && p.database === database);
            if (record) {
                record.state = "done";
                record.ms = num(event, "ms");
            }
            break;
        }
        case "note":
            journal.notes.push(str(event, "message") ?? "");
            break;
        case "deadline":
            journal.deadlineActions.push(str(event, "action") ?? "");
            break;
        case "result":
            journal.result = str(event, "result");
            journal.message = str(event, "message") || undefined;
            break;
        case "end":
            journal.ended = true;
            break;
    }
    return journal;
}
/** The status outputs of one round (`before`, `after`, `now`), in command order. */
function statusRound(journal, name) {
    return journal.statuses.filter((s) => s.name === name).sort((a, b) => a.index - b.index);
}


/***/ }),

/***/ 5769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IN: () => (/* binding */ railsAllPending),
/* harmony export */   NO: () => (/* binding */ noMigrationsTable),
/* harmony export */   TF: () => (/* binding */ parseRails),
/* harmony export */   Xz: () => (/* binding */ NO_MIGRATIONS_TABLE),
/* harmony export */   i$: () => (/* binding */ parseStatus),
/* harmony export */   oi: () => (/* binding */ prometheusMetrics),
/* harmony export */   tz: () => (/* binding */ metricsFileName),
/* harmony export */   wM: () => (/* binding */ driftStatus)
/* harmony export */ });
/* unused harmony exports parseDjango, parseAlembic, parseKnex */
/* harmony import */ var _presets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6875);

function driftStatus(report) {
    if (report.problems.length)
        return "unknown";
    if (report.pending.length)
        return "pending";
    if (report.ahead.length)
        return "ahead";
    return "up-to-date";
}
function empty() {
    return { pending: [], ahead: [], applied: [], problems: [] };
}
/**
 * Rails `db:migrate:status`:
 *   database: app_production
 *    Status   Migration ID    Migration Name
 *   --------------------------------------------------
 *      up     20240101000000  Create users
 *     down    20240102000000  Add email
 *      up     20230101000000  ********** NO FILE **********
 */
function parseRails(output) {
    const report = empty();
    let database;
    let sawTable = false;
    for (const raw of output.split("\n")) {
        const line = raw.trimEnd();
        const db = /^database:\s*(.+)$/.exec(line.trim());
        if (db) {
            database = db[1].trim();
            continue;
        }
        if (/^\s*Status\s+Migration ID/.test(line)) {
            sawTable = true;
            continue;
        }
        const row = /^\s*(up|down)\s+(\d+)\s+(.*)$/.exec(line);
        if (!row)
            continue;
        sawTable = true;
        const [, state, version, name] = row;
        if (/NO FILE/.test(name)) {
            report.ahead.push({ id: version, ...(database ? { database } : {}) });
            if (state === "up")
                report.applied.push(version);
            continue;
        }
        if (state === "up") {
            report.applied.push(version);
            continue;
        }
        report.pending.push({
            id: version,
            name: name.trim(),
            ...(database ? { database } : {}),
            patterns: [
                `db/migrate/${version}_*.rb`,
                `db/*migrate*/${version}_*.rb`,
                `db/*/*migrate*/${version}_*.rb`,
            ],
        });
    }
    if (!sawTable && output.trim())
        report.problems.push("no migration table in the `db:migrate:status` output");
    return report;
}
/** Django `showmigrations --plan`: `[X]  app.0001_initial` applied, `[ ]  app.0002_x` pending. */
function parseDjango(output) {
    const report = empty();
    for (const raw of output.split("\n")) {
        const row = /^\s*\[( |X|x)\]\s+([A-Za-z0-9_]+)\.([A-Za-z0-9_]+)/.exec(raw);
        if (!row)
            continue;
        const [, mark, app, name] = row;
        const id = `${app}.${name}`;
        if (mark !== " ") {
            report.applied.push(id);
            continue;
        }
        report.pending.push({
            id,
            name,
            patterns: [`${app}/migrations/${name}.py`, `*/${app}/migrations/${name}.py`, `*/migrations/${name}.py`],
        });
    }
    if (!report.applied.length && !report.pending.length && output.trim()) {
        report.problems.push("no migration rows in the `showmigrations --plan` output");
    }
    return report;
}
const ALEMBIC_REV = /^[0-9A-Za-z_]+$/;
/**
 * Alembic: output 1 is `alembic current` (`ae1027a6acf (head)`, one line per current head, empty when the
 * database is at base); output 2 is `alembic history` (`<base> -> ae10, msg`, `a, b -> c (head), merge`).
 * Pending = every revision that is neither a current one nor an ancestor of one.
 */
function parseAlembic(current, history) {
    const report = empty();
    const parents = new Map();
    const messages = new Map();
    const order = [];
    for (const raw of history.split("\n")) {
        const m = /^\s*(.+?)\s*->\s*([0-9A-Za-z_]+)(?:\s*\([^)]*\))*\s*,?\s*(.*)$/.exec(raw);
        if (!m)
            continue;
        const from = m[1]
            .split(",")
            .map((s) => s.trim())
            .filter((s) => s && s !== "<base>");
        parents.set(m[2], from);
        messages.set(m[2], m[3].trim());
        order.push(m[2]);
    }
    const currents = [];
    for (const raw of current.split("\n")) {
        const m = /^\s*([0-9A-Za-z_]+)(?:\s+\((?:head|mergepoint|effective head)[^)]*\))*\s*$/.exec(raw);
        if (m && ALEMBIC_REV.test(m[1]) && !/^(INFO|WARNING|ERROR)$/.test(m[1]))
            currents.push(m[1]);
    }
    const done = new Set();
    const visit = (rev) => {
        if (done.has(rev))
            return;
        done.add(rev);
        for (const p of parents.get(rev) ?? [])
            visit(p);
    };
    for (const c of currents) {
        if (!parents.has(c))
            report.ahead.push({ id: c });
        visit(c);
    }
    report.applied.push(...currents);
    // `history` lists newest first; migrations run oldest first.
    for (const rev of [...order].reverse()) {
        if (done.has(rev))
            continue;
        report.pending.push({
            id: rev,
            name: messages.get(rev) || undefined,
            patterns: [`*/versions/${rev}_*.py`, `versions/${rev}_*.py`, `*/*/versions/${rev}_*.py`],
        });
    }
    if (!order.length && history.trim())
        report.problems.push("no revisions in the `alembic history` output");
    return report;
}
/** Knex `migrate:list`: `Found N Completed Migration file/files.` then names, `Found N Pending ...` then names. */
function parseKnex(output) {
    const report = empty();
    let section;
    let sawHeader = false;
    for (const raw of output.split("\n")) {
        // knex colours its output when it thinks it has a terminal.
        // eslint-disable-next-line no-control-regex
        const line = raw.replace(/\x1b\[[0-9;]*m/g, "").trim();
        if (/^Found \d+ Completed Migration/i.test(line)) {
            section = "completed";
            sawHeader = true;
            continue;
        }
        if (/^Found \d+ Pending Migration/i.test(line)) {
            section = "pending";
            sawHeader = true;
            continue;
        }
        if (/^No (Completed|Pending) Migration/i.test(line)) {
            section = undefined;
            sawHeader = true;
            continue;
        }
        if (!section || !line || /^Using environment/i.test(line))
            continue;
        const name = line.replace(/^[-*]\s*/, "");
        if (section === "completed")
            report.applied.push(name);
        else
            report.pending.push({
                id: name,
                patterns: [
                    `migrations/${name}`,
                    `db/migrations/${name}`,
                    `*/migrations/${name}`,
                    `*/*/migrations/${name}`,
                ],
            });
    }
    if (!sawHeader && output.trim())
        report.problems.push("no `Found N ... Migration` lines in `migrate:list` output");
    return report;
}
/**
 * What a framework's status command prints, alone on stderr with exit 1, when the database exists but has
 * no migrations table yet (never migrated). Measured against an empty PostgreSQL 15 database: Rails 6.1
 * `db:migrate:status` aborts with this line; Django 3.2 `showmigrations --plan` and Alembic 1.8
 * `current`/`history` exit 0 and list every migration as pending (no wording needed); Knex creates its table.
 */
const NO_MIGRATIONS_TABLE = {
    rails: "Schema migrations table does not exist yet.",
};
/**
 * Rails multi-database: `db:migrate:status` prints the databases in order and aborts at the first one with no
 * migrations table (a database added to an app that is already migrated). What it printed before is only
 * complete database blocks: `database:` lines, the table header and rule, `up`/`down` rows.
 */
const RAILS_STATUS_LINE = /^(database: .*|\s*Status\s+Migration ID\s+Migration Name|-+|\s*(up|down)\s+\d+\s+.*)$/;
/**
 * True only when every status command that failed said exactly the framework's "no migrations table" line
 * (exit 1, that one line on stderr; on stdout nothing, or for Rails only the complete blocks of the databases
 * before the one without a table) and at least one failed. Anything else, a connection error above all, is
 * not this: it stays a failure.
 */
function noMigrationsTable(framework, runs) {
    const wording = NO_MIGRATIONS_TABLE[framework];
    if (!wording)
        return false;
    const printed = (stdout) => {
        const lines = stdout.split("\n").filter((line) => line.trim() !== "");
        return (framework === "rails" &&
            lines[0].startsWith("database: ") &&
            lines.every((line) => RAILS_STATUS_LINE.test(line.trimEnd())));
    };
    const failed = runs.filter((r) => r.rc !== 0);
    return (failed.length > 0 &&
        failed.every((r) => r.rc === 1 && (r.stdout.trim() === "" || printed(r.stdout)) && r.stderr.trim() === wording));
}
/**
 * Rails, no migrations table: every migration file of the app is pending (`<dir>/<version>_<name>.rb` paths
 * as the host listed them, from `db/migrate` and the `migrations_paths`), oldest first. Names that are not a
 * version and a plain name are left out.
 */
function railsAllPending(paths, applied = []) {
    const report = empty();
    // Versions a database before the one without a table recorded as run (Rails versions are unique app-wide).
    const seen = new Set(applied);
    report.applied.push(...applied);
    for (const path of paths) {
        const m = /^((?:[A-Za-z0-9_.-]+\/)*)(\d+)_([a-z0-9_]+)\.rb$/.exec(path);
        if (!m || seen.has(m[2]))
            continue;
        seen.add(m[2]);
        report.pending.push({
            id: m[2],
            name: m[3].replace(/_/g, " "),
            patterns: [`${m[1]}${m[2]}_*.rb`],
        });
    }
    report.pending.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : BigInt(a.id) > BigInt(b.id) ? 1 : 0));
    return report;
}
/** Reads one status round (the outputs of the preset's commands, in order) for a framework. */
function parseStatus(framework, outputs) {
    let report;
    switch (framework) {
        case "rails":
            report = parseRails(outputs.join("\n"));
            break;
        case "django":
            report = parseDjango(outputs.join("\n"));
            break;
        case "alembic":
            report = parseAlembic(outputs[0] ?? "", outputs[1] ?? "");
            break;
        case "knex":
            report = parseKnex(outputs.join("\n"));
            break;
    }
    // Ids from another program's output become globs on the host only when they are plain names.
    for (const p of report.pending) {
        if (!p.patterns.every((pattern) => pattern.split("/").every((part) => part === "*" || (0,_presets_js__WEBPACK_IMPORTED_MODULE_0__/* .safeGlobPart */ .tb)(part.replace(/\*/g, "x"))))) {
            report.problems.push(`the migration id ${JSON.stringify(p.id)} has unexpected characters; its file was not read`);
            p.patterns = [];
        }
    }
    return report;
}
/** `pending_migrations_count{environment="..."} N` in the Prometheus text exposition format. */
/**
 * The metric file's name on the host: one per environment, `migration-guard-<environment>.prom` (what the
 * staleness rule in examples/prometheus/alerts.yml matches), with anything but [A-Za-z0-9_.-] made `_`.
 */
function metricsFileName(environment) {
    return `migration-guard-${environment.replace(/[^A-Za-z0-9_.-]/g, "_").slice(0, 100) || "default"}.prom`;
}
function prometheusMetrics(environment, pending) {
    const label = environment.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
    return ("# HELP pending_migrations_count Migrations in the code that the database has not run.\n" +
        "# TYPE pending_migrations_count gauge\n" +
        `pending_migrations_count{environment="${label}"} ${pending}\n`);
}


/***/ }),

/***/ 4699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ renderDeploySummary),
/* harmony export */   H: () => (/* binding */ cell)
/* harmony export */ });
/* harmony import */ var _backup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4721);
// The deploy summary as markdown: result, phase timeline with durations, pending table, findings.
// Pure: the command writes it with core.summary. Nothing secret is ever passed in.

const ICON = {
    "up-to-date": "✅",
    migrated: "✅",
    "dry-run": "🔎",
    blocked: "⛔",
    failed: "❌",
    "timed-out": "⏱️",
    "rolled-back": "↩️",
};
/** Markdown table cells: no pipes or newlines from data, and backticks cannot close our code spans. */
function cell(text) {
    return text
        .replace(/\\/g, "\\\\")
        .replace(/\|/g, "\\|")
        .replace(/[\r\n]+/g, " ")
        .replace(/`/g, "'");
}
function duration(ms) {
    if (ms === undefined)
        return "";
    return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
function renderDeploySummary(input) {
    const out = [];
    out.push(`## ${ICON[input.result] ?? "•"} ${cell(input.title)}: \`${cell(input.result)}\``, "");
    out.push(`Environment \`${cell(input.environment || "(none)")}\` on \`${cell(input.target)}\`, app dir \`${cell(input.appDir)}\`` +
        (input.deployId ? `, deploy \`${cell(input.deployId)}\`` : "") +
        (input.timeout ? `, deadline ${input.timeout} s` : "") +
        ".", "");
    if (input.message)
        out.push(`> ${cell(input.message)}`, "");
    for (const note of input.notes ?? [])
        out.push(`> ${cell(note)}`, "");
    if (input.phases.length) {
        out.push("### Phases", "", "| phase | state | duration | note |", "| --- | --- | ---: | --- |");
        for (const p of input.phases) {
            out.push(`| ${cell(p.phase)} | ${cell(p.state)} | ${duration(p.ms)} | ${cell(p.message ?? "")} |`);
        }
        out.push("");
    }
    if (input.migrations.length) {
        out.push(`### Pending migrations (${input.migrations.length})`, "", "| migration | database | file | findings |", "| --- | --- | --- | --- |");
        for (const m of input.migrations) {
            const id = m.pending.name ? `${m.pending.id} ${m.pending.name}` : m.pending.id;
            const findings = m.report
                ? m.report.findings.length
                    ? m.report.findings.map((f) => `${f.rule} (${f.category}) line ${f.line}`).join("<br>")
                    : "none"
                : (m.note ?? "not analysed");
            const applied = input.applied.includes(m.pending.id) ? " ✓" : "";
            out.push(`| ${cell(id)}${applied} | ${cell(m.pending.database ?? "")} | ${cell(m.path ?? "")} | ${cell(findings)} |`);
        }
        out.push("");
    }
    if (input.destructive.length) {
        // What the gate held (blocked) or warned about (staging): each with why.
        out.push(`### Not proven safe (${input.destructive.length})`, "", ...input.destructive.map((h) => `- ${cell(h.reason)}: ${cell(h.why)}`), "");
    }
    const details = input.migrations.flatMap((m) => (m.report?.findings ?? []).map((f) => ({ m, f })));
    if (details.length) {
        out.push("### Findings", "");
        for (const { m, f } of details) {
            out.push(`- **${cell(f.rule)}** (${f.category}, ${f.severity}) \`${cell(m.path ?? m.pending.id)}:${f.line}\`: ${cell(f.message)}` +
                (f.safeAlternative ? ` Safer: ${cell(f.safeAlternative)}` : "") +
                (f.docsUrl ? ` ([docs](${f.docsUrl}))` : ""));
        }
        out.push("");
    }
    if (input.backup || input.backupCheck) {
        out.push("### Backup", "");
        const b = input.backup;
        const all = input.backups ?? [];
        const databaseBytes = (all.length > 1 ? all.reduce((sum, x) => sum + x.databaseBytes, 0) : b?.databaseBytes) ||
            input.backupCheck?.databaseBytes ||
            0;
        if (all.length > 1) {
            out.push("| database | file | size | sha256 | verified |", "| --- | --- | ---: | --- | --- |", ...all.map((x) => `| ${cell(x.database)} | \`${cell(x.path)}\` | ${(0,_backup_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(x.bytes)} | \`${cell(x.sha256)}\` | ${cell(x.verified === "pg_restore-list" ? `pg_restore --list: ${x.entries} entries` : x.verified)} |`), "");
            if (all[0].pruned)
                out.push(`Older backups removed: ${all[0].pruned} files.`, "");
        }
        else if (b) {
            out.push("| | |", "| --- | --- |", `| file | \`${cell(b.path)}\` |`, `| size | ${(0,_backup_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(b.bytes)} (${b.bytes} bytes) |`, `| sha256 | \`${cell(b.sha256)}\` |`, `| verified | ${cell(b.verified === "pg_restore-list" ? `pg_restore --list: ${b.entries} entries` : b.verified)} |`, `| time | dump ${duration(b.dumpMs)}, verify ${duration(b.verifyMs)} |`);
            if (databaseBytes)
                out.push(`| database | ${(0,_backup_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(databaseBytes)} |`);
            if (b.freeBytes)
                out.push(`| free before the backup | ${(0,_backup_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(b.freeBytes)} |`);
            if (b.pruned)
                out.push(`| older backups removed | ${b.pruned} |`);
            out.push("");
        }
        else if (input.backupCheck) {
            out.push(`Database ${(0,_backup_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(input.backupCheck.databaseBytes)}, ${(0,_backup_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(input.backupCheck.freeBytes)} free in \`${cell(input.backupCheck.dir)}\`.`, "");
        }
        if (databaseBytes)
            out.push(`Restore estimate: ${cell((0,_backup_js__WEBPACK_IMPORTED_MODULE_0__/* .restoreEstimate */ .XO)(databaseBytes).text)}`, "");
    }
    if (input.health?.length) {
        out.push("### Health", "", "| check | url | result | attempts | time |", "| --- | --- | --- | ---: | ---: |");
        for (const h of input.health) {
            out.push(`| ${h.kind} | \`${cell(h.url)}\` | ${h.healthy ? "✅" : "❌"} ${cell(h.reason)} | ${h.attempts} | ${duration(h.ms)} |`);
        }
        out.push("");
        const bad = input.health.find((h) => !h.healthy);
        if (bad?.last) {
            // The body is the app's text: fenced, and it cannot close the fence.
            out.push("Last response:", "", "```text", `HTTP ${bad.last.status || "(none)"}${bad.last.error ? ` ${bad.last.error}` : ""}`, bad.last.body.replace(/`{3,}/g, "'''").slice(0, 2048), "```", "");
        }
    }
    if (input.runbook)
        out.push(input.runbook);
    if (input.ahead.length) {
        out.push("### Database ahead of the code", "", "These migrations are recorded in the database but have no file in the deployed code (a rollback of " +
            "the code, or a migration run by hand):", "", ...input.ahead.map((a) => `- \`${cell(a.id)}\`${a.database ? ` (${cell(a.database)})` : ""}`), "");
    }
    return out.join("\n");
}


/***/ }),

/***/ 8551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ readDeploySettings)
});

// UNUSED EXPORTS: PG_MAX_TIMEOUT_MS

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/core/config.ts + 3 modules
var config = __webpack_require__(936);
;// CONCATENATED MODULE: ./src/core/deploy/argv.ts
// Shell-like word splitting for argv inputs (`run-prefix`, `status-command`, `migrate-command`): quotes and
// backslashes group words, nothing is expanded. The words then travel as data, never as a shell string.
class ArgvError extends Error {
}
/** Splits `text` into words. Throws ArgvError for an unclosed quote or a newline/NUL inside a word. */
function splitArgv(text) {
    const words = [];
    let word = "";
    let inWord = false;
    let quote;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === "\0")
            throw new ArgvError("contains a NUL byte");
        if (quote === "'") {
            if (c === "'")
                quote = undefined;
            else
                word += c;
            continue;
        }
        if (quote === '"') {
            if (c === '"')
                quote = undefined;
            else if (c === "\\" && i + 1 < text.length && '"\\$`'.includes(text[i + 1]))
                word += text[++i];
            else
                word += c;
            continue;
        }
        if (c === "'" || c === '"') {
            quote = c;
            inWord = true;
        }
        else if (c === "\\" && i + 1 < text.length) {
            word += text[++i];
            inWord = true;
        }
        else if (/\s/.test(c)) {
            if (inWord)
                words.push(word);
            word = "";
            inWord = false;
        }
        else {
            word += c;
            inWord = true;
        }
    }
    if (quote)
        throw new ArgvError(`has an unclosed ${quote} quote`);
    if (inWord)
        words.push(word);
    for (const w of words) {
        if (w.includes("\n"))
            throw new ArgvError("has a newline inside a quoted word");
    }
    return words;
}

// EXTERNAL MODULE: ./src/core/deploy/presets.ts
var presets = __webpack_require__(6875);
// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(8422);
// EXTERNAL MODULE: ./src/inputs-ssh.ts
var inputs_ssh = __webpack_require__(5717);
;// CONCATENATED MODULE: ./src/inputs-deploy.ts
// Every input of `command: deploy` and `command: status`, read and validated here into one immutable
// DeploySettings. Errors name the input, the value and the fix. The key is masked before anything else.






function argvInput(name) {
    const text = (0,inputs/* input */.hF)(name);
    if (!text)
        return undefined;
    try {
        return splitArgv(text);
    }
    catch (error) {
        throw new inputs/* InputError */.dz(`Input \`${name}\` ${error.message}; it is split into words like a shell would (quotes group words, nothing is expanded).`);
    }
}
function durationInput(name, fallback) {
    const text = (0,inputs/* input */.hF)(name) || fallback;
    if (!text)
        return undefined;
    const seconds = (0,config/* parseDuration */.E9)(text);
    if (seconds === undefined) {
        throw new inputs/* InputError */.dz(`Input \`${name}\` must be a duration like \`300\`, \`90s\`, \`5m\` or \`1h\`; got ${JSON.stringify(text)}.`);
    }
    return seconds;
}
/** PostgreSQL's limit for lock_timeout and statement_timeout (an int of milliseconds). */
const PG_MAX_TIMEOUT_MS = 2147483647;
/**
 * A duration that becomes a deadline on the host or a PostgreSQL timeout: checked against the real limits
 * here, before anything connects (PostgreSQL refuses the connection for an out-of-range statement_timeout,
 * and bash arithmetic cannot take `1e+21`). `ms`: the value is sent in milliseconds, whole ones.
 */
function boundedDuration(name, seconds, unit) {
    const max = unit === "ms" ? PG_MAX_TIMEOUT_MS / 1000 : Math.floor(PG_MAX_TIMEOUT_MS / 1000);
    const whole = unit === "ms" ? Number.isInteger(Math.round(seconds * 1e6) / 1e3) : Number.isInteger(seconds);
    if (!whole || seconds < (unit === "ms" ? 0.001 : 1) || seconds > max) {
        throw new inputs/* InputError */.dz(`Input \`${name}\` must be ${unit === "ms" ? "whole milliseconds from 0.001 s" : "whole seconds from 1 s"} up to ${max} s (PostgreSQL's limit is ${PG_MAX_TIMEOUT_MS} ms, about 24.8 days); got ${seconds} s. Use a value like \`300\`, \`90s\`, \`5m\` or \`1h\`.`);
    }
    return seconds;
}
function urlInput(name) {
    const text = (0,inputs/* input */.hF)(name);
    if (!text)
        return "";
    let url;
    try {
        url = new URL(text);
    }
    catch {
        url = undefined;
    }
    if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
        throw new inputs/* InputError */.dz(`Input \`${name}\` must be an http:// or https:// URL, e.g. \`https://app.example.com/up\`; got ${JSON.stringify(text)}.`);
    }
    return text;
}
function environmentInput(command) {
    const environment = command === "deploy"
        ? (0,inputs/* requiredInput */.YF)("environment", "for `deploy`: it selects the profile (timeout, destructive policy)")
        : (0,inputs/* input */.hF)("environment") || "production";
    if (!/^[A-Za-z0-9_.-]+$/.test(environment)) {
        throw new inputs/* InputError */.dz(`Input \`environment\` must be a name of letters, digits, \`.\`, \`_\` or \`-\`; got ${JSON.stringify(environment)}.`);
    }
    return environment;
}
/** A folder on the host: `~/` and relative paths are under the home directory, where the supervisor runs. */
function hostPathInput(name, required) {
    const path = required === undefined ? (0,inputs/* input */.hF)(name) : (0,inputs/* requiredInput */.YF)(name, required);
    if (required !== undefined && !path.startsWith("/") && !path.startsWith("~/")) {
        throw new inputs/* InputError */.dz(`Input \`${name}\` must be an absolute path on the host (or start with \`~/\`); got ${JSON.stringify(path)}.`);
    }
    if (/[\0\r\n]/.test(path))
        throw new inputs/* InputError */.dz(`Input \`${name}\` must be one path on the host, without line breaks.`);
    return path.startsWith("~/") ? path.slice(2) : path;
}
/** Variables the supervisor's own shell reads, or that would change what every command on the host runs. */
const RESERVED_ENV = /^(MG_.*|IFS|PATH|HOME|SHELL|ENV|BASH_ENV|BASH_.*|SHELLOPTS|BASHOPTS|PS4|LD_.*|DYLD_.*)$/;
/**
 * `env`: names of variables in the step's environment (where `${{ secrets.X }}` lands), passed through to the
 * app's commands on the host, like appleboy/ssh-action's `envs`. The values travel in the supervisor's
 * parameters (stdin, a file only the deploy user can read), never in a command line or the log.
 */
function appEnvInput() {
    const names = (0,inputs/* input */.hF)("env")
        .split(/[\s,]+/)
        .filter(Boolean);
    const pairs = [];
    const problems = [];
    for (const name of new Set(names)) {
        const value = process.env[name];
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || RESERVED_ENV.test(name))
            problems.push(`${JSON.stringify(name)} is not a name it passes (letters, digits, \`_\`; not the supervisor's own ` +
                "`MG_*` or the shell's `PATH`, `IFS`, `BASH_*`, `LD_*`, ...)");
        else if (value === undefined)
            problems.push(`${name} is not set in the step's environment (set it under the step's \`env:\`, e.g. ` +
                `\`${name}: \${{ secrets.${name} }}\`)`);
        else if (/[\0\n]/.test(value))
            problems.push(`${name}'s value holds a line break (pass one line)`);
        else
            pairs.push(`${name}=${value}`);
    }
    if (problems.length)
        throw new inputs/* InputError */.dz(`Input \`env\`: ${problems.join("; ")}.`);
    return pairs;
}
function backupKeepInput() {
    const keep = Number((0,inputs/* input */.hF)("backup-keep") || "5");
    if (!Number.isInteger(keep) || keep < 1) {
        throw new inputs/* InputError */.dz(`Input \`backup-keep\` must be a whole number of at least 1; got ${JSON.stringify((0,inputs/* input */.hF)("backup-keep"))}.`);
    }
    return keep;
}
/**
 * Every input of the step, each read through `problems`: a run with several bad inputs names them all at once
 * and connects to nothing (problems.done() throws before the settings exist).
 */
function readDeploySettings(common) {
    const command = common.command === "status" ? "status" : "deploy";
    // Masked first: if any later validation fails, the key still never reaches the log.
    const rawKey = core.getInput("ssh-key");
    if (rawKey.trim()) {
        core.setSecret(rawKey);
        for (const line of rawKey.split(/\r?\n/))
            if (line.trim().length >= 8)
                core.setSecret(line.trim());
    }
    const problems = new inputs/* InputProblems */.Nh();
    const environment = problems.read(() => environmentInput(command), "production");
    const host = problems.read(() => (0,inputs_ssh/* hostInput */.Jo)(inputs/* input */.hF, command), "");
    const user = problems.read(() => (0,inputs_ssh/* userInput */.mj)(inputs/* input */.hF, command), "");
    const privateKey = problems.read(() => (0,inputs_ssh/* privateKeyInput */.j7)(command, rawKey), "");
    // Without a valid host, the known-hosts message would name "" as the host: it waits for one.
    const knownHosts = host ? problems.read(() => (0,inputs_ssh/* knownHostsInput */.fh)(inputs/* input */.hF, host), "") : "";
    const appDir = problems.read(() => hostPathInput("app-dir", `for \`${command}\``), "");
    const framework = problems.read(() => (0,inputs/* oneOf */.yL)("framework", presets/* DEPLOY_FRAMEWORKS */.S$, ""), 
    // Only so the other inputs are still read: done() throws before a fallback is used.
    "rails");
    const preset = presets/* PRESETS */.fG[framework];
    const statusOverride = problems.read(() => argvInput("status-command"), undefined);
    const migrateOverride = problems.read(() => argvInput("migrate-command"), undefined);
    const profile = (0,config/* environmentProfile */.xv)(common.config, environment);
    // The migration deadline is also its default statement_timeout (in ms): both limits apply.
    const timeout = problems.read(() => boundedDuration("timeout", durationInput("timeout", "") ?? profile.timeout, "s"), profile.timeout);
    const lockTimeout = problems.read(() => boundedDuration("lock-timeout", durationInput("lock-timeout", "5s"), "ms"), 5);
    const statementTimeout = problems.read(() => {
        const seconds = durationInput("statement-timeout", "");
        return seconds === undefined ? undefined : boundedDuration("statement-timeout", seconds, "ms");
    }, undefined);
    const backup = Object.freeze({
        mode: problems.read(() => (0,inputs/* oneOf */.yL)("backup", ["always", "never"], "always"), "always"),
        dir: problems.read(() => hostPathInput("backup-dir", undefined), ""),
        keep: problems.read(backupKeepInput, 5),
        command: (0,inputs/* input */.hF)("backup-command"),
        restoreCommand: (0,inputs/* input */.hF)("restore-command"),
    });
    const health = Object.freeze({
        upUrl: problems.read(() => urlInput("up-url"), ""),
        healthUrl: problems.read(() => urlInput("health-url"), ""),
        from: problems.read(() => (0,inputs/* oneOf */.yL)("health-from", ["runner", "host"], "runner"), "runner"),
        timeout: problems.read(() => boundedDuration("health-timeout", durationInput("health-timeout", "60s"), "s"), 60),
    });
    const settings = {
        command,
        environment,
        profile,
        database: common.config.database,
        host,
        port: problems.read(() => (0,inputs_ssh/* port */.Oh)("port", (0,inputs/* input */.hF)("port") || "22"), 22),
        user,
        privateKey,
        knownHosts,
        jumpHost: problems.read(() => (0,inputs_ssh/* jumpHostInput */.$F)(inputs/* input */.hF), undefined),
        appDir,
        framework,
        runPrefix: problems.read(() => argvInput("run-prefix"), undefined) ?? [],
        updateCommand: (0,inputs/* input */.hF)("update-command"),
        statusCommands: statusOverride ? [statusOverride] : preset.status,
        migrateCommand: migrateOverride ?? preset.migrate,
        ...(preset.runner && !statusOverride && !migrateOverride ? { runner: preset.runner } : {}),
        timeout,
        lockTimeoutMs: lockTimeout * 1000,
        ...(statementTimeout !== undefined ? { statementTimeoutMs: statementTimeout * 1000 } : {}),
        allowDestructive: problems.read(() => (0,inputs/* booleanInput */.tE)("allow-destructive", false), false),
        prApproval: problems.read(() => (0,inputs/* booleanInput */.tE)("trust-pr-approval", true), false)
            ? problems.read(() => prApprovalLookup(common.token), undefined)
            : undefined,
        dryRun: problems.read(() => (0,inputs/* booleanInput */.tE)("dry-run", false), false),
        promotion: problems.read(() => promotionSettings(common.token, profile), undefined),
        backup,
        onFailure: problems.read(() => (0,inputs/* oneOf */.yL)("on-failure", ["restore", "none"], "restore"), "restore"),
        preMigrateCommand: (0,inputs/* input */.hF)("pre-migrate-command"),
        postMigrateCommand: (0,inputs/* input */.hF)("post-migrate-command"),
        health,
        failOnPending: problems.read(() => (0,inputs/* booleanInput */.tE)("fail-on-pending", false), false),
        metricsFile: (0,inputs/* input */.hF)("metrics-file"),
        metricsDirOnHost: problems.read(() => hostPathInput("metrics-dir-on-host", undefined), ""),
        appEnv: problems.read(appEnvInput, []),
    };
    // Fails closed: nothing above is used while any input was bad.
    problems.done();
    return Object.freeze(settings);
}
function promotionSettings(token, profile) {
    const text = (0,inputs/* input */.hF)("require-applied-in");
    const required = text ? (0,config/* environmentNames */.iF)(text) : (profile.requireAppliedIn ?? []);
    if (!required)
        throw new inputs/* InputError */.dz(`Input \`require-applied-in\` must be environment names separated by commas or spaces; got ${JSON.stringify(text)}.`);
    const { apiUrl, owner, repo } = (0,inputs/* githubRepository */.GP)();
    const server = process.env.GITHUB_SERVER_URL || "https://github.com";
    const run = process.env.GITHUB_RUN_ID;
    return Object.freeze({
        requireAppliedIn: required,
        skip: (0,inputs/* booleanInput */.tE)("skip-promotion-check", false),
        github: { token, apiUrl, owner, repo, ref: process.env.GITHUB_SHA ?? "" },
        runUrl: run && owner ? `${server}/${owner}/${repo}/actions/runs/${run}` : "",
    });
}
/** From the runner's environment; a missing piece leaves the lookup to say so when it is needed. */
function prApprovalLookup(token) {
    const { apiUrl, owner, repo } = (0,inputs/* githubRepository */.GP)();
    return { token, apiUrl, owner, repo, ref: process.env.GITHUB_SHA ?? "", key: (0,inputs/* approvalKeyInput */.JP)() };
}


/***/ })

};
