import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9520:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $q: () => (/* binding */ sshTempRoot),
/* harmony export */   AG: () => (/* binding */ disposeUnclaimed),
/* harmony export */   Ir: () => (/* binding */ connectEarly),
/* harmony export */   fs: () => (/* binding */ sshAttempts),
/* harmony export */   mT: () => (/* binding */ claimEarly),
/* harmony export */   ov: () => (/* binding */ sshTarget)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ssh_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(882);
// The deploy's SSH connection, started before the rest of the action is loaded: the handshake (a separate
// process) overlaps node's loading of @actions/core, the config and the command's code. It is only ever used
// by `connect` for exactly the target the validated settings name; any other outcome closes it and removes
// its key file. Nothing here logs (what ssh says goes to its own 0600 file) or reads beyond its inputs.


/** The one target a deploy or status connects to, from its validated SSH inputs. */
function sshTarget(inputs) {
    return {
        host: inputs.host,
        port: inputs.port,
        user: inputs.user,
        privateKey: inputs.privateKey,
        knownHosts: inputs.knownHosts,
        connectTimeout: 15,
        ...(inputs.jumpHost ? { jumpHost: inputs.jumpHost } : {}),
    };
}
const sshTempRoot = () => process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)();
const sshAttempts = () => Number(process.env.MG_SSH_ATTEMPTS) || 4;
let early;
const keyOf = (target, tempRoot) => JSON.stringify([target, tempRoot]);
/** Starts connecting to `target`; claimed (or closed) later. Throws nothing: a failure here is claimed too. */
function connectEarly(target) {
    const tempRoot = sshTempRoot();
    let conn;
    try {
        conn = _ssh_js__WEBPACK_IMPORTED_MODULE_1__/* .SshConnection */ .Tx.prepare(target, { tempRoot });
    }
    catch {
        // Fails towards the ordinary path: `connect` prepares again and reports the same problem there.
        return;
    }
    const said = [];
    const entry = {
        key: keyOf(target, tempRoot),
        conn,
        said,
        opened: conn.open({
            tempRoot,
            attempts: sshAttempts(),
            log: (m) => (entry.sink ? entry.sink(m) : said.push(m)),
        }),
    };
    // Only keeps a failure from being an unhandled rejection: the claimant awaits `opened` and gets it.
    entry.opened.catch(() => undefined);
    early = entry;
}
/**
 * The early connection when it was made to exactly `target` (it then belongs to the caller, its retries'
 * messages said through `log`); undefined otherwise, after closing any other one.
 */
async function claimEarly(target, log) {
    const entry = early;
    early = undefined;
    if (!entry)
        return undefined;
    if (entry.key !== keyOf(target, sshTempRoot())) {
        // Not the target the settings name: closed whether or not it opened (its failure concerns no one; the
        // caller connects to its own target and reports that connection's failures).
        await entry.opened.catch(() => undefined);
        await entry.conn.dispose();
        return undefined;
    }
    for (const m of entry.said)
        log(m);
    entry.sink = log;
    return { conn: entry.conn, opened: entry.opened };
}
/** Closes an early connection nobody claimed (the step failed before connecting). Never throws. */
async function disposeUnclaimed() {
    const entry = early;
    early = undefined;
    if (!entry)
        return;
    // Closed whether or not it opened: the step has already failed for its own reason, which stays the one said.
    await entry.opened.catch(() => undefined);
    await entry.conn.dispose();
}


/***/ }),

/***/ 882:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DZ: () => (/* binding */ SshError),
/* harmony export */   S2: () => (/* binding */ remoteCommand),
/* harmony export */   Tx: () => (/* binding */ SshConnection)
/* harmony export */ });
/* unused harmony exports isTransient, keyHasPassphrase */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
// The OpenSSH client on the runner, as a careful operator would use it: a pinned known_hosts file, strict
// host key checking, a 0600 key file under RUNNER_TEMP, and ONE multiplexed connection (ControlMaster) that
// every command of the deploy shares. All options live in a generated ssh_config so that a ProxyJump's own
// ssh (which OpenSSH starts with `-F` but not with our `-o` flags) gets the same pinning.
// Remote commands are constant strings written in this repository; data travels on stdin only.




class SshError extends Error {
    permanent;
    constructor(message, 
    /** true when retrying cannot help: host key or authentication refused. */
    permanent) {
        super(message);
        this.permanent = permanent;
        this.name = "SshError";
    }
}
function remoteCommand(text) {
    return text;
}
const ALIAS = "mg-target";
/** How long after the master starts its pid is asked for (see learnMasterPid): after the first session's start. */
const MASTER_PID_DELAY_MS = 300;
const PATH_SAFE = /^[A-Za-z0-9_./-]+$/;
/** Setup failures worth another try: the network or the server was not ready, not a refusal. */
function isTransient(stderr) {
    if (/Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED|No .* host key is known|Permission denied|too many authentication failures/i.test(stderr)) {
        return false;
    }
    return /Connection refused|timed out|Connection reset|No route to host|Network is unreachable|Could not resolve|Temporary failure|kex_exchange_identification|Connection closed|ssh_exchange_identification|Broken pipe/i.test(stderr);
}
/**
 * true when the private key is protected by a passphrase: the OpenSSH format names its cipher after the
 * `openssh-key-v1` magic (`none` = plain), PEM says `ENCRYPTED`. BatchMode ssh cannot ask for the
 * passphrase and only reports "Permission denied", which sends people to authorized_keys instead.
 */
function keyHasPassphrase(key) {
    if (/-----BEGIN ENCRYPTED PRIVATE KEY-----|^Proc-Type:\s*4,ENCRYPTED/m.test(key))
        return true;
    const body = /-----BEGIN OPENSSH PRIVATE KEY-----([\s\S]*?)-----END OPENSSH PRIVATE KEY-----/.exec(key);
    if (!body)
        return false;
    const bytes = Buffer.from(body[1].replace(/\s+/g, ""), "base64");
    const magic = "openssh-key-v1\0";
    if (bytes.subarray(0, magic.length).toString("latin1") !== magic)
        return false;
    const length = bytes.readUInt32BE(magic.length);
    return bytes.subarray(magic.length + 4, magic.length + 4 + length).toString("latin1") !== "none";
}
function configText(dir, target) {
    const quote = (path) => `"${path.replace(/%/g, "%%")}"`;
    const common = [
        `  IdentityFile ${quote((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, "key"))}`,
        "  IdentitiesOnly yes",
        `  UserKnownHostsFile ${quote((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, "known_hosts"))}`,
        "  GlobalKnownHostsFile /dev/null",
        "  StrictHostKeyChecking yes",
        "  CheckHostIP no",
        "  UpdateHostKeys no",
        "  HashKnownHosts no",
        "  BatchMode yes",
        "  PasswordAuthentication no",
        "  KbdInteractiveAuthentication no",
        `  ConnectTimeout ${Math.max(1, Math.round(target.connectTimeout))}`,
        "  ServerAliveInterval 15",
        "  ServerAliveCountMax 4",
        "  LogLevel ERROR",
        "  ForwardAgent no",
        "  ClearAllForwardings yes",
    ];
    const lines = [
        // Our own file only: ~/.ssh/config and /etc/ssh/ssh_config must not weaken anything.
        `Host ${ALIAS}`,
        `  HostName ${target.host}`,
        `  Port ${target.port}`,
        `  User ${target.user}`,
        `  ControlPath ${quote((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, "cm"))}`,
        "  ControlMaster no",
        ...(target.jumpHost ? [`  ProxyJump ${target.jumpHost}`] : []),
        // The jump host (and anything else) gets the same pinning, but never the control socket.
        "Host *",
        ...common,
        "",
    ];
    return lines.join("\n");
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
class SshConnection {
    dir;
    binary;
    constructor(dir, binary) {
        this.dir = dir;
        this.binary = binary;
    }
    /** The control socket and files for a deploy, written before anything connects. */
    static prepare(target, options) {
        // A unix socket path is limited to ~104 bytes; a long RUNNER_TEMP falls back to the system temp dir.
        let root = options.tempRoot;
        if (!PATH_SAFE.test(root) || root.length > 60)
            root = (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)();
        if (keyHasPassphrase(target.privateKey))
            throw new SshError("The ssh-key has a passphrase, and a deploy cannot type one: give the deploy its own key without a " +
                "passphrase (`ssh-keygen -t ed25519 -N '' -f deploy_key`), keep it in a secret, and authorize only it on the host.", true);
        const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, "mg-ssh-"));
        if (!PATH_SAFE.test(dir))
            throw new SshError(`temporary directory ${dir} has characters ssh_config cannot hold`, true);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, "key"), target.privateKey.replace(/\r\n/g, "\n").replace(/\n*$/, "\n"), {
            mode: 0o600,
        });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, "known_hosts"), target.knownHosts.replace(/\r\n/g, "\n") + "\n", { mode: 0o600 });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, "config"), configText(dir, target), { mode: 0o600 });
        return new SshConnection(dir, options.sshBinary ?? "ssh");
    }
    /** Rebuilds the handle in the post step from the saved directory. */
    static fromDir(dir, sshBinary = "ssh") {
        return new SshConnection(dir, sshBinary);
    }
    baseArgs() {
        return ["-F", (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, "config")];
    }
    /**
     * Opens the master connection: the deploy's one handshake. Retries with backoff when the failure looks
     * transient (refused, timed out), never when the host key or the key was refused.
     */
    async open(options) {
        const attempts = options.attempts ?? 4;
        let backoff = options.backoffMs ?? 1000;
        for (let attempt = 1;; attempt++) {
            const { code, stderr } = await this.startMaster();
            if (code === 0) {
                this.learnMasterPid();
                return;
            }
            // OpenSSH's host-key warning is a 15-line banner; the fingerprint and the verdict are what matter.
            const lines = stderr
                .replace(/\r/g, "")
                .split("\n")
                .filter((l) => l.trim() && !/^@+$|^@ /.test(l.trim()));
            const key = lines.filter((l) => /fingerprint|SHA256:|verification failed|has changed|Permission denied/i.test(l));
            const text = (key.length ? key : lines.slice(-3)).join(" ").trim() || `ssh exited with code ${code}`;
            const transient = isTransient(text);
            if (!transient || attempt >= attempts) {
                throw new SshError(/Host key verification failed|host key/i.test(text)
                    ? `SSH refused the host key of the server: ${text}. Check the known-hosts input: it must hold the ` +
                        "server's current public host key (ssh-keyscan it from a trusted network and compare fingerprints)."
                    : /Permission denied/i.test(text)
                        ? `SSH authentication failed: ${text}. Check the ssh-key input and the user's authorized_keys.`
                        : `SSH connection failed after ${attempt} attempt(s): ${text}`, !transient);
            }
            options.log?.(`SSH connection attempt ${attempt} failed (${text}); retrying in ${backoff} ms`);
            await sleep(backoff);
            backoff *= 2;
        }
    }
    startMaster() {
        const logPath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, "master.log");
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(logPath, "w", 0o600);
        return new Promise((resolve) => {
            // The master daemonizes after authenticating (-f); its stderr goes to a file, not a pipe we would wait on.
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(this.binary, [...this.baseArgs(), "-o", "ControlMaster=yes", "-o", "ControlPersist=120", "-f", "-N", ALIAS], { stdio: ["ignore", "ignore", fd] });
            child.on("error", (error) => {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
                resolve({ code: 255, stderr: error.message });
            });
            child.on("exit", (code) => {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
                resolve({ code: code ?? 255, stderr: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(logPath, "utf8") });
            });
        });
    }
    /** Runs one constant remote command over the master connection, streaming stdout lines. */
    spawn(command) {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(this.binary, [...this.baseArgs(), "-T", ALIAS, command], {
            stdio: ["pipe", "pipe", "pipe"],
        });
        let stderr = "";
        let buffered = "";
        const listeners = [];
        child.stderr.setEncoding("utf8");
        child.stderr.on("data", (chunk) => {
            if (stderr.length < 65536)
                stderr += chunk;
        });
        child.stdout.setEncoding("utf8");
        child.stdout.on("data", (chunk) => {
            buffered += chunk;
            let nl;
            while ((nl = buffered.indexOf("\n")) >= 0) {
                const line = buffered.slice(0, nl);
                buffered = buffered.slice(nl + 1);
                for (const l of listeners)
                    l(line);
            }
        });
        // The remote side may exit without reading all of stdin; that is not our error.
        child.stdin.on("error", () => undefined);
        const exited = new Promise((resolve) => {
            child.on("error", (error) => {
                stderr += error.message;
                resolve(255);
            });
            child.on("close", (code) => {
                if (buffered)
                    for (const l of listeners)
                        l(buffered);
                buffered = "";
                resolve(code ?? 255);
            });
        });
        return { child, exited, onLine: (fn) => listeners.push(fn), stderr: () => stderr };
    }
    /** Runs a constant remote command with `input` on stdin; collects the output. */
    async run(command, input) {
        const proc = this.spawn(command);
        const lines = [];
        proc.onLine((l) => lines.push(l));
        proc.child.stdin.end(input);
        const code = await proc.exited;
        return { code, stdout: lines.join("\n"), stderr: proc.stderr() };
    }
    /** true when the master connection is up (`ssh -O check`). */
    check() {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, "cm")))
            return Promise.resolve(false);
        return new Promise((resolve) => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(this.binary, [...this.baseArgs(), "-O", "check", ALIAS], { stdio: "ignore" });
            child.on("error", () => resolve(false));
            child.on("exit", (code) => resolve(code === 0));
        });
    }
    /** Re-establishes the master when it is gone (after a dropped connection). */
    async ensureOpen(options) {
        if (await this.check())
            return;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, "cm"), { force: true });
        await this.open(options);
    }
    /**
     * The master's pid, once `ssh -O check` has said it (asked a little after the master starts, off the way to
     * the first session): close() then ends the master with a signal instead of starting another ssh (~50 ms
     * at the end of every deploy here).
     */
    masterPid;
    masterPidTimer;
    learnMasterPid() {
        this.masterPid = undefined;
        clearTimeout(this.masterPidTimer);
        const ask = () => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(this.binary, [...this.baseArgs(), "-O", "check", ALIAS], {
                stdio: ["ignore", "ignore", "pipe"],
            });
            let said = "";
            child.stderr.setEncoding("utf8").on("data", (chunk) => (said += chunk));
            // No pid learnt (ssh missing now, the master gone): close() asks ssh to end it, as without this.
            child.on("error", () => undefined);
            child.on("exit", (code) => {
                const pid = /\(pid=(\d+)\)/.exec(said)?.[1];
                if (code === 0 && pid)
                    this.masterPid = Number(pid);
            });
        };
        this.masterPidTimer = setTimeout(ask, MASTER_PID_DELAY_MS).unref();
    }
    /**
     * Ends the master by its pid when that pid is surely this connection's master: on Linux, its command line
     * names this connection's own config file. True when the signal was sent.
     */
    endMasterByPid() {
        const pid = this.masterPid;
        if (pid === undefined)
            return false;
        try {
            const args = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${pid}/cmdline`, "utf8").split("\0");
            if (!args.includes((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, "config")) || !args.includes("ControlMaster=yes"))
                return false;
            process.kill(pid, "SIGTERM");
            return true;
        }
        catch {
            // No /proc (macOS), the process gone, or not ours to signal: close() asks ssh to end the master, as
            // without a pid (the slower way that needs no guess).
            return false;
        }
    }
    /**
     * Closes the master connection: by its pid (`signalled`), else by asking ssh (`asked`); `not-open` when
     * there was none. Never throws.
     */
    async close() {
        clearTimeout(this.masterPidTimer);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, "cm")))
            return "not-open";
        if (this.endMasterByPid())
            return "signalled";
        await new Promise((resolve) => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(this.binary, [...this.baseArgs(), "-O", "exit", ALIAS], { stdio: "ignore" });
            child.on("error", () => resolve());
            child.on("exit", () => resolve());
        });
        return "asked";
    }
    /** Closes the connection (see close) and removes the key, known_hosts and config. Never throws. */
    async dispose() {
        const closed = await this.close();
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(this.dir, { recursive: true, force: true });
        return closed;
    }
}


/***/ }),

/***/ 2211:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ startEarlyConnection)
/* harmony export */ });
/* harmony import */ var _adapters_early_ssh_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9520);
/* harmony import */ var _inputs_ssh_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5717);
// Before the action loads (@actions/core with its HTTP client, the config, the command's code: ~0.2 s of
// node's time), a deploy or status starts its SSH handshake, so the two overlap. Only when every SSH input
// is valid by the same checks the settings use (inputs-ssh.ts); otherwise nothing starts here and the step
// reports the inputs as before. `connect` uses the connection only for exactly the target the validated
// settings name, and the step closes it when nothing claimed it.


/**
 * An input as @actions/core's getInput reads it (INPUT_<NAME>, trimmed). Read here without @actions/core:
 * importing it evaluates its HTTP client (undici), the cost this start is meant to overlap.
 */
const readInput = (name) => (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
function startEarlyConnection() {
    const command = readInput("command");
    if (command !== "deploy" && command !== "status")
        return;
    try {
        (0,_adapters_early_ssh_js__WEBPACK_IMPORTED_MODULE_0__/* .connectEarly */ .Ir)((0,_adapters_early_ssh_js__WEBPACK_IMPORTED_MODULE_0__/* .sshTarget */ .ov)((0,_inputs_ssh_js__WEBPACK_IMPORTED_MODULE_1__/* .sshInputs */ .aM)(readInput, command)));
    }
    catch {
        // Fails towards the ordinary path: a bad input starts nothing here; the settings name it, and the step
        // fails there, before connecting.
    }
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _early_connect_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2211);
// Entry of the action: the main step, or the post step that cleans up. Nothing else lives here.
// No static import of @actions/core (and so of its HTTP client) here: a deploy starts its SSH handshake first,
// and main's module graph loads while it runs. `STATE_isPost` is what core.getState("isPost") reads.

if (process.env.STATE_isPost === "true")
    await (await Promise.all(/* import() */[__nccwpck_require__.e(846), __nccwpck_require__.e(730)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1730))).post();
else {
    (0,_early_connect_js__WEBPACK_IMPORTED_MODULE_0__/* .startEarlyConnection */ .Q)();
    await (await Promise.all(/* import() */[__nccwpck_require__.e(846), __nccwpck_require__.e(730)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1730))).run();
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6236:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError),
/* harmony export */   m: () => (/* binding */ required)
/* harmony export */ });
// The error every input reader throws: a sentence naming the input, the value and the fix. Its own module so
// that the SSH inputs can be read before @actions/core is loaded (src/early-connect.ts).
class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = "InputError";
    }
}
function required(read, name, why) {
    const value = read(name);
    if (!value)
        throw new InputError(`Input \`${name}\` is required ${why}. Set it in the step's \`with:\`.`);
    return value;
}


/***/ }),

/***/ 5717:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ jumpHostInput),
/* harmony export */   Jo: () => (/* binding */ hostInput),
/* harmony export */   Oh: () => (/* binding */ port),
/* harmony export */   aM: () => (/* binding */ sshInputs),
/* harmony export */   fh: () => (/* binding */ knownHostsInput),
/* harmony export */   j7: () => (/* binding */ privateKeyInput),
/* harmony export */   mj: () => (/* binding */ userInput)
/* harmony export */ });
/* harmony import */ var _input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6236);
// The inputs that say where and how to connect (host, port, user, ssh-key, known-hosts, jump-host), validated
// here for inputs-deploy.ts and for src/early-connect.ts, which reads them before @actions/core is loaded so the
// handshake starts while the rest of the action loads. No @actions/core here: values come through a reader.

const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\]|[0-9A-Fa-f:.]+)$/;
const USER = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
function port(name, value) {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < 1 || n > 65535) {
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`Input \`${name}\` must be a TCP port (1-65535); got ${JSON.stringify(value)}.`);
    }
    return n;
}
function jumpHostInput(read) {
    const text = read("jump-host");
    if (!text)
        return undefined;
    const m = /^(?:([^@\s]+)@)?([^@:\s]+|\[[^\]\s]+\])(?::(\d+))?$/.exec(text);
    if (!m || (m[1] !== undefined && !USER.test(m[1])) || !HOST.test(m[2])) {
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`Input \`jump-host\` must look like \`user@host:port\` (user and port optional); got ${JSON.stringify(text)}.`);
    }
    if (m[3] !== undefined)
        port("jump-host", m[3]);
    return text;
}
function knownHostsInput(read, host) {
    const text = (0,_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .required */ .m)(read, "known-hosts", "for `deploy` and `status`: host key checking is never turned off. Pin the server's key, e.g. the output of `ssh-keyscan -p PORT HOST` checked against its fingerprint");
    const lines = text.split(/\r?\n/).filter((l) => l.trim() && !l.trim().startsWith("#"));
    for (const line of lines) {
        const fields = line.trim().split(/\s+/);
        const offset = fields[0].startsWith("@") ? 1 : 0;
        if (fields.length < offset + 3 || !/^(ssh-|ecdsa-|sk-)/.test(fields[offset + 1])) {
            throw new _input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`Input \`known-hosts\` must hold known_hosts lines (\`host key-type base64-key\`); this line is not one: ${JSON.stringify(line.slice(0, 80))}.`);
        }
    }
    if (!lines.length)
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`Input \`known-hosts\` holds no key for ${host}.`);
    return lines.join("\n");
}
function hostInput(read, command) {
    const host = (0,_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .required */ .m)(read, "host", `for \`${command}\``);
    if (!HOST.test(host)) {
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`Input \`host\` must be a host name or an IP address; got ${JSON.stringify(host)}.`);
    }
    return host;
}
function userInput(read, command) {
    const user = (0,_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .required */ .m)(read, "user", `for \`${command}\``);
    if (!USER.test(user))
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`Input \`user\` must be a plain user name; got ${JSON.stringify(user)}.`);
    return user;
}
function privateKeyInput(command, privateKey) {
    if (!privateKey.trim()) {
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`Input \`ssh-key\` is required for \`${command}\`. Pass the deploy key from a secret: \`ssh-key: \${{ secrets.DEPLOY_SSH_KEY }}\`.`);
    }
    if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(privateKey)) {
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d("Input `ssh-key` must be a private key in PEM/OpenSSH format (it starts with `-----BEGIN ... PRIVATE KEY-----`).");
    }
    return privateKey;
}
/** All of the SSH inputs, or the first problem (thrown): what the early connection needs, checked alike. */
function sshInputs(read, command) {
    const host = hostInput(read, command);
    return {
        host,
        port: port("port", read("port") || "22"),
        user: userInput(read, command),
        privateKey: privateKeyInput(command, read("ssh-key")),
        knownHosts: knownHostsInput(read, host),
        jumpHost: jumpHostInput(read),
    };
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 3631:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:wasi");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
