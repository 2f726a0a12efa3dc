// The OpenSSH client on the runner, as a careful operator would use it: a pinned known_hosts file, strict
// host key checking, a 0600 key file under RUNNER_TEMP, and ONE multiplexed connection (ControlMaster) that
// every command of the deploy shares. All options live in a generated ssh_config so that a ProxyJump's own
// ssh (which OpenSSH starts with `-F` but not with our `-o` flags) gets the same pinning.
// Remote commands are constant strings written in this repository; data travels on stdin only.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface SshTarget {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly privateKey: string;
  readonly knownHosts: string;
  /** `user@host:port`, validated by the inputs. */
  readonly jumpHost?: string;
  /** Seconds. */
  readonly connectTimeout: number;
}

export interface SshOptions {
  /** Where the key, config and control socket go (RUNNER_TEMP on a runner). */
  readonly tempRoot: string;
  /** Attempts to establish the connection (connection setup only; commands are never retried). */
  readonly attempts?: number;
  /** First backoff in ms, doubled each retry. */
  readonly backoffMs?: number;
  readonly log?: (message: string) => void;
  /** The ssh binary (tests may point at a wrapper). */
  readonly sshBinary?: string;
}

export class SshError extends Error {
  constructor(
    message: string,
    /** true when retrying cannot help: host key or authentication refused. */
    public readonly permanent: boolean,
  ) {
    super(message);
    this.name = "SshError";
  }
}

/** Marks a remote command string as one of ours: constant text, never built from inputs. */
export type RemoteCommand = string & { readonly __constant: unique symbol };
export function remoteCommand(text: string): RemoteCommand {
  return text as RemoteCommand;
}

export interface RemoteProcess {
  readonly child: ChildProcessWithoutNullStreams;
  /** Resolves with the exit code (255: ssh itself failed, e.g. the connection dropped). */
  readonly exited: Promise<number>;
  /** Calls `onLine` for every stdout line (without the newline). */
  onLine(onLine: (line: string) => void): void;
  stderr(): string;
}

const ALIAS = "mg-target";
/** How long after the master starts its pid is asked for (see learnMasterPid): after the first session's start. */
const MASTER_PID_DELAY_MS = 300;
const PATH_SAFE = /^[A-Za-z0-9_./-]+$/;

/** Setup failures worth another try: the network or the server was not ready, not a refusal. */
export function isTransient(stderr: string): boolean {
  if (
    /Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED|No .* host key is known|Permission denied|too many authentication failures/i.test(
      stderr,
    )
  ) {
    return false;
  }
  return /Connection refused|timed out|Connection reset|No route to host|Network is unreachable|Could not resolve|Temporary failure|kex_exchange_identification|Connection closed|ssh_exchange_identification|Broken pipe/i.test(
    stderr,
  );
}

/**
 * true when the private key is protected by a passphrase: the OpenSSH format names its cipher after the
 * `openssh-key-v1` magic (`none` = plain), PEM says `ENCRYPTED`. BatchMode ssh cannot ask for the
 * passphrase and only reports "Permission denied", which sends people to authorized_keys instead.
 */
export function keyHasPassphrase(key: string): boolean {
  if (/-----BEGIN ENCRYPTED PRIVATE KEY-----|^Proc-Type:\s*4,ENCRYPTED/m.test(key)) return true;
  const body = /-----BEGIN OPENSSH PRIVATE KEY-----([\s\S]*?)-----END OPENSSH PRIVATE KEY-----/.exec(key);
  if (!body) return false;
  const bytes = Buffer.from(body[1].replace(/\s+/g, ""), "base64");
  const magic = "openssh-key-v1\0";
  if (bytes.subarray(0, magic.length).toString("latin1") !== magic) return false;
  const length = bytes.readUInt32BE(magic.length);
  return bytes.subarray(magic.length + 4, magic.length + 4 + length).toString("latin1") !== "none";
}

function configText(dir: string, target: SshTarget): string {
  const quote = (path: string): string => `"${path.replace(/%/g, "%%")}"`;
  const common = [
    `  IdentityFile ${quote(join(dir, "key"))}`,
    "  IdentitiesOnly yes",
    `  UserKnownHostsFile ${quote(join(dir, "known_hosts"))}`,
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
    `  ControlPath ${quote(join(dir, "cm"))}`,
    "  ControlMaster no",
    ...(target.jumpHost ? [`  ProxyJump ${target.jumpHost}`] : []),
    // The jump host (and anything else) gets the same pinning, but never the control socket.
    "Host *",
    ...common,
    "",
  ];
  return lines.join("\n");
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class SshConnection {
  private constructor(
    readonly dir: string,
    private readonly binary: string,
  ) {}

  /** The control socket and files for a deploy, written before anything connects. */
  static prepare(target: SshTarget, options: SshOptions): SshConnection {
    // A unix socket path is limited to ~104 bytes; a long RUNNER_TEMP falls back to the system temp dir.
    let root = options.tempRoot;
    if (!PATH_SAFE.test(root) || root.length > 60) root = tmpdir();
    if (keyHasPassphrase(target.privateKey))
      throw new SshError(
        "The ssh-key has a passphrase, and a deploy cannot type one: give the deploy its own key without a " +
          "passphrase (`ssh-keygen -t ed25519 -N '' -f deploy_key`), keep it in a secret, and authorize only it on the host.",
        true,
      );
    const dir = mkdtempSync(join(root, "mg-ssh-"));
    if (!PATH_SAFE.test(dir))
      throw new SshError(`temporary directory ${dir} has characters ssh_config cannot hold`, true);
    writeFileSync(join(dir, "key"), target.privateKey.replace(/\r\n/g, "\n").replace(/\n*$/, "\n"), {
      mode: 0o600,
    });
    writeFileSync(join(dir, "known_hosts"), target.knownHosts.replace(/\r\n/g, "\n") + "\n", { mode: 0o600 });
    writeFileSync(join(dir, "config"), configText(dir, target), { mode: 0o600 });
    return new SshConnection(dir, options.sshBinary ?? "ssh");
  }

  /** Rebuilds the handle in the post step from the saved directory. */
  static fromDir(dir: string, sshBinary = "ssh"): SshConnection {
    return new SshConnection(dir, sshBinary);
  }

  private baseArgs(): string[] {
    return ["-F", join(this.dir, "config")];
  }

  /**
   * Opens the master connection: the deploy's one handshake. Retries with backoff when the failure looks
   * transient (refused, timed out), never when the host key or the key was refused.
   */
  async open(options: SshOptions): Promise<void> {
    const attempts = options.attempts ?? 4;
    let backoff = options.backoffMs ?? 1000;
    for (let attempt = 1; ; attempt++) {
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
      const key = lines.filter((l) =>
        /fingerprint|SHA256:|verification failed|has changed|Permission denied/i.test(l),
      );
      const text = (key.length ? key : lines.slice(-3)).join(" ").trim() || `ssh exited with code ${code}`;
      const transient = isTransient(text);
      if (!transient || attempt >= attempts) {
        throw new SshError(
          /Host key verification failed|host key/i.test(text)
            ? `SSH refused the host key of the server: ${text}. Check the known-hosts input: it must hold the ` +
                "server's current public host key (ssh-keyscan it from a trusted network and compare fingerprints)."
            : /Permission denied/i.test(text)
              ? `SSH authentication failed: ${text}. Check the ssh-key input and the user's authorized_keys.`
              : `SSH connection failed after ${attempt} attempt(s): ${text}`,
          !transient,
        );
      }
      options.log?.(`SSH connection attempt ${attempt} failed (${text}); retrying in ${backoff} ms`);
      await sleep(backoff);
      backoff *= 2;
    }
  }

  private startMaster(): Promise<{ code: number; stderr: string }> {
    const logPath = join(this.dir, "master.log");
    const fd = openSync(logPath, "w", 0o600);
    return new Promise((resolve) => {
      // The master daemonizes after authenticating (-f); its stderr goes to a file, not a pipe we would wait on.
      const child = spawn(
        this.binary,
        [...this.baseArgs(), "-o", "ControlMaster=yes", "-o", "ControlPersist=120", "-f", "-N", ALIAS],
        { stdio: ["ignore", "ignore", fd] },
      );
      child.on("error", (error) => {
        closeSync(fd);
        resolve({ code: 255, stderr: error.message });
      });
      child.on("exit", (code) => {
        closeSync(fd);
        resolve({ code: code ?? 255, stderr: readFileSync(logPath, "utf8") });
      });
    });
  }

  /** Runs one constant remote command over the master connection, streaming stdout lines. */
  spawn(command: RemoteCommand): RemoteProcess {
    const child = spawn(this.binary, [...this.baseArgs(), "-T", ALIAS, command], {
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stderr = "";
    let buffered = "";
    const listeners: ((line: string) => void)[] = [];
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      if (stderr.length < 65536) stderr += chunk;
    });
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      buffered += chunk;
      let nl: number;
      while ((nl = buffered.indexOf("\n")) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        for (const l of listeners) l(line);
      }
    });
    // The remote side may exit without reading all of stdin; that is not our error.
    child.stdin.on("error", () => undefined);
    const exited = new Promise<number>((resolve) => {
      child.on("error", (error) => {
        stderr += error.message;
        resolve(255);
      });
      child.on("close", (code) => {
        if (buffered) for (const l of listeners) l(buffered);
        buffered = "";
        resolve(code ?? 255);
      });
    });
    return { child, exited, onLine: (fn) => listeners.push(fn), stderr: () => stderr };
  }

  /** Runs a constant remote command with `input` on stdin; collects the output. */
  async run(
    command: RemoteCommand,
    input: string | Buffer,
  ): Promise<{ code: number; stdout: string; stderr: string }> {
    const proc = this.spawn(command);
    const lines: string[] = [];
    proc.onLine((l) => lines.push(l));
    proc.child.stdin.end(input);
    const code = await proc.exited;
    return { code, stdout: lines.join("\n"), stderr: proc.stderr() };
  }

  /** true when the master connection is up (`ssh -O check`). */
  check(): Promise<boolean> {
    if (!existsSync(join(this.dir, "cm"))) return Promise.resolve(false);
    return new Promise((resolve) => {
      const child = spawn(this.binary, [...this.baseArgs(), "-O", "check", ALIAS], { stdio: "ignore" });
      child.on("error", () => resolve(false));
      child.on("exit", (code) => resolve(code === 0));
    });
  }

  /** Re-establishes the master when it is gone (after a dropped connection). */
  async ensureOpen(options: SshOptions): Promise<void> {
    if (await this.check()) return;
    rmSync(join(this.dir, "cm"), { force: true });
    await this.open(options);
  }

  /**
   * The master's pid, once `ssh -O check` has said it (asked a little after the master starts, off the way to
   * the first session): close() then ends the master with a signal instead of starting another ssh (~50 ms
   * at the end of every deploy here).
   */
  private masterPid: number | undefined;
  private masterPidTimer: NodeJS.Timeout | undefined;

  private learnMasterPid(): void {
    this.masterPid = undefined;
    clearTimeout(this.masterPidTimer);
    const ask = () => {
      const child = spawn(this.binary, [...this.baseArgs(), "-O", "check", ALIAS], {
        stdio: ["ignore", "ignore", "pipe"],
      });
      let said = "";
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => (said += chunk));
      // No pid learnt (ssh missing now, the master gone): close() asks ssh to end it, as without this.
      child.on("error", () => undefined);
      child.on("exit", (code) => {
        const pid = /\(pid=(\d+)\)/.exec(said)?.[1];
        if (code === 0 && pid) this.masterPid = Number(pid);
      });
    };
    this.masterPidTimer = setTimeout(ask, MASTER_PID_DELAY_MS).unref();
  }

  /**
   * Ends the master by its pid when that pid is surely this connection's master: on Linux, its command line
   * names this connection's own config file. True when the signal was sent.
   */
  private endMasterByPid(): boolean {
    const pid = this.masterPid;
    if (pid === undefined) return false;
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      if (!args.includes(join(this.dir, "config")) || !args.includes("ControlMaster=yes")) return false;
      process.kill(pid, "SIGTERM");
      return true;
    } catch {
      // No /proc (macOS), the process gone, or not ours to signal: close() asks ssh to end the master, as
      // without a pid (the slower way that needs no guess).
      return false;
    }
  }

  /**
   * Closes the master connection: by its pid (`signalled`), else by asking ssh (`asked`); `not-open` when
   * there was none. Never throws.
   */
  async close(): Promise<"signalled" | "asked" | "not-open"> {
    clearTimeout(this.masterPidTimer);
    if (!existsSync(join(this.dir, "cm"))) return "not-open";
    if (this.endMasterByPid()) return "signalled";
    await new Promise<void>((resolve) => {
      const child = spawn(this.binary, [...this.baseArgs(), "-O", "exit", ALIAS], { stdio: "ignore" });
      child.on("error", () => resolve());
      child.on("exit", () => resolve());
    });
    return "asked";
  }

  /** Closes the connection (see close) and removes the key, known_hosts and config. Never throws. */
  async dispose(): Promise<"signalled" | "asked" | "not-open"> {
    const closed = await this.close();
    rmSync(this.dir, { recursive: true, force: true });
    return closed;
  }
}
