// A real OpenSSH server on 127.0.0.1 for the integration suites: its own config, host keys (ed25519 and
// ECDSA) and an authorized client key, all in a temp dir. Logs in as the current user (root in CI and on
// the dev machines: `PermitRootLogin prohibit-password`, key only). A server that cannot start throws: the
// suites fail, they never skip.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, sleep } from "./ports.js";

export interface Sshd {
  host: string;
  port: number;
  user: string;
  /** The client's private key (OpenSSH format), authorized on this server. */
  privateKey: string;
  /** `known_hosts` lines pinned to this server's host keys (ed25519 and ECDSA). */
  knownHosts: string;
  /** `known_hosts` lines for this host and port, but with keys this server does not have. */
  wrongKnownHosts: string;
  /** The temp dir holding the config, keys and the client key file (`client_key`). */
  dir: string;
  /** Everything sshd logged so far (`-e`: to stderr). */
  logs(): string;
  stop(): Promise<void>;
}

const SSHD = "/usr/sbin/sshd";

function keygen(path: string, type: "ed25519" | "ecdsa", comment: string): string {
  execFileSync("ssh-keygen", ["-q", "-t", type, "-N", "", "-C", comment, "-f", path], { stdio: "pipe" });
  return readFileSync(`${path}.pub`, "utf8").trim();
}

/** `type base64` of a public key line, without its comment. */
const keyOf = (pub: string): string => pub.split(/\s+/).slice(0, 2).join(" ");

export async function startSshd(): Promise<Sshd> {
  const dir = mkdtempSync(join(tmpdir(), "mg-sshd-"));
  // Privilege separation directory; the packaged service creates it, a bare `sshd -D` does not.
  mkdirSync("/run/sshd", { recursive: true, mode: 0o755 });
  const hostEd = keygen(join(dir, "host_ed25519"), "ed25519", "mg-test-host");
  const hostEcdsa = keygen(join(dir, "host_ecdsa"), "ecdsa", "mg-test-host");
  const wrongEd = keygen(join(dir, "wrong_ed25519"), "ed25519", "mg-test-wrong");
  const wrongEcdsa = keygen(join(dir, "wrong_ecdsa"), "ecdsa", "mg-test-wrong");
  const clientPub = keygen(join(dir, "client_key"), "ed25519", "mg-test-client");
  writeFileSync(join(dir, "authorized_keys"), `${clientPub}\n`, { mode: 0o600 });
  const user = userInfo().username;

  let lastError = "";
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort();
    const config = join(dir, "sshd_config");
    writeFileSync(
      config,
      [
        `ListenAddress 127.0.0.1:${port}`,
        `HostKey ${join(dir, "host_ed25519")}`,
        `HostKey ${join(dir, "host_ecdsa")}`,
        `PidFile ${join(dir, "sshd.pid")}`,
        `AuthorizedKeysFile ${join(dir, "authorized_keys")}`,
        // The keys live under /tmp, which sshd's ownership checks reject.
        "StrictModes no",
        "PermitRootLogin prohibit-password",
        "PubkeyAuthentication yes",
        "PasswordAuthentication no",
        "KbdInteractiveAuthentication no",
        "UsePAM no",
        "AllowAgentForwarding no",
        "AllowTcpForwarding no",
        "X11Forwarding no",
        "PrintMotd no",
        // Concurrent deploys each open a connection with several sessions on it.
        "MaxStartups 50",
        "MaxSessions 50",
        "LogLevel VERBOSE",
        "",
      ].join("\n"),
    );
    // Fail fast on a bad config, with sshd's own words.
    try {
      execFileSync(SSHD, ["-t", "-f", config], { stdio: "pipe" });
    } catch (e) {
      const stderr = (e as { stderr?: Buffer }).stderr?.toString() ?? String(e);
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`sshd rejected its test config (${config}): ${stderr}`, { cause: e });
    }
    const child = spawn(SSHD, ["-D", "-e", "-f", config], { stdio: ["ignore", "ignore", "pipe"] });
    let log = "";
    child.stderr?.on("data", (d: Buffer) => (log += d.toString()));
    const ready = await waitListening(child, port, () => log);
    if (ready === true) {
      const pinned = (keys: string[]) => keys.map((k) => `[127.0.0.1]:${port} ${keyOf(k)}`).join("\n") + "\n";
      return {
        host: "127.0.0.1",
        port,
        user,
        privateKey: readFileSync(join(dir, "client_key"), "utf8"),
        knownHosts: pinned([hostEd, hostEcdsa]),
        wrongKnownHosts: pinned([wrongEd, wrongEcdsa]),
        dir,
        logs: () => log,
        stop: () => stopSshd(child, dir),
      };
    }
    lastError = ready;
    await stopSshd(child, undefined);
  }
  rmSync(dir, { recursive: true, force: true });
  throw new Error(`sshd did not start on 127.0.0.1 after 3 attempts: ${lastError}`);
}

/** true once sshd says it listens; otherwise why not (exited, or silent for 15 s). */
async function waitListening(child: ChildProcess, port: number, log: () => string): Promise<true | string> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (log().includes(`Server listening on 127.0.0.1 port ${port}`)) return true;
    if (child.exitCode !== null || child.signalCode !== null)
      return `sshd exited (${child.exitCode ?? child.signalCode}): ${log()}`;
    await sleep(50);
  }
  return `sshd did not report listening on port ${port} within 15 s: ${log()}`;
}

async function stopSshd(child: ChildProcess, dir: string | undefined): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((r) => child.once("exit", () => r()));
    child.kill("SIGTERM");
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 5000)))]);
    clearTimeout(timer);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }
  // Sessions still running (a detached supervisor) may hold the log pipe: do not let it keep jest alive.
  child.stderr?.destroy();
  child.unref();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
