// Before the action loads (@actions/core with its HTTP client, the config, the command's code: ~0.2 s of
// node's time), a deploy or status starts its SSH handshake, so the two overlap. Only when every SSH input
// is valid by the same checks the settings use (inputs-ssh.ts); otherwise nothing starts here and the step
// reports the inputs as before. `connect` uses the connection only for exactly the target the validated
// settings name, and the step closes it when nothing claimed it.
import { connectEarly, sshTarget } from "./adapters/early-ssh.js";
import { sshInputs } from "./inputs-ssh.js";

/**
 * An input as @actions/core's getInput reads it (INPUT_<NAME>, trimmed). Read here without @actions/core:
 * importing it evaluates its HTTP client (undici), the cost this start is meant to overlap.
 */
const readInput = (name: string): string =>
  (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();

export function startEarlyConnection(): void {
  const command = readInput("command");
  if (command !== "deploy" && command !== "status") return;
  try {
    connectEarly(sshTarget(sshInputs(readInput, command)));
  } catch {
    // Fails towards the ordinary path: a bad input starts nothing here; the settings name it, and the step
    // fails there, before connecting.
  }
}
