// The deploy's SSH connection, started before the rest of the action is loaded: the handshake (a separate
// process) overlaps node's loading of @actions/core, the config and the command's code. It is only ever used
// by `connect` for exactly the target the validated settings name; any other outcome closes it and removes
// its key file. Nothing here logs (what ssh says goes to its own 0600 file) or reads beyond its inputs.
import { tmpdir } from "node:os";
import type { SshInputs } from "../inputs-ssh.js";
import { SshConnection, type SshTarget } from "./ssh.js";

/** The one target a deploy or status connects to, from its validated SSH inputs. */
export function sshTarget(inputs: SshInputs): SshTarget {
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

export const sshTempRoot = (): string => process.env.RUNNER_TEMP || tmpdir();
export const sshAttempts = (): number => Number(process.env.MG_SSH_ATTEMPTS) || 4;

interface Early {
  readonly key: string;
  readonly conn: SshConnection;
  readonly opened: Promise<void>;
  /** What the attempts said before anyone could log it (retries), and where to say the rest. */
  readonly said: string[];
  sink?: (message: string) => void;
}

let early: Early | undefined;

const keyOf = (target: SshTarget, tempRoot: string): string => JSON.stringify([target, tempRoot]);

/** Starts connecting to `target`; claimed (or closed) later. Throws nothing: a failure here is claimed too. */
export function connectEarly(target: SshTarget): void {
  const tempRoot = sshTempRoot();
  let conn: SshConnection;
  try {
    conn = SshConnection.prepare(target, { tempRoot });
  } catch {
    // Fails towards the ordinary path: `connect` prepares again and reports the same problem there.
    return;
  }
  const said: string[] = [];
  const entry: Early = {
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
export async function claimEarly(
  target: SshTarget,
  log: (message: string) => void,
): Promise<{ conn: SshConnection; opened: Promise<void> } | undefined> {
  const entry = early;
  early = undefined;
  if (!entry) return undefined;
  if (entry.key !== keyOf(target, sshTempRoot())) {
    // Not the target the settings name: closed whether or not it opened (its failure concerns no one; the
    // caller connects to its own target and reports that connection's failures).
    await entry.opened.catch(() => undefined);
    await entry.conn.dispose();
    return undefined;
  }
  for (const m of entry.said) log(m);
  entry.sink = log;
  return { conn: entry.conn, opened: entry.opened };
}

/** Closes an early connection nobody claimed (the step failed before connecting). Never throws. */
export async function disposeUnclaimed(): Promise<void> {
  const entry = early;
  early = undefined;
  if (!entry) return;
  // Closed whether or not it opened: the step has already failed for its own reason, which stays the one said.
  await entry.opened.catch(() => undefined);
  await entry.conn.dispose();
}
