// Orchestration only: read the common settings, run the command, and fail the step in one place.
import * as core from "@actions/core";
import { disposeUnclaimed } from "./adapters/early-ssh.js";
import { readCommonSettings } from "./inputs.js";

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === "string" ? error : JSON.stringify(error);
}

export async function run(): Promise<void> {
  core.saveState("isPost", "true");
  try {
    const common = readCommonSettings();
    // Each command is imported when it runs: a deploy does not load (parse, compile) the check's code before
    // its SSH connection starts, nor the other way round.
    if (common.command === "check") await (await import("./commands/check.js")).runCheck(common);
    else if (common.command === "deploy") await (await import("./commands/deploy.js")).runDeploy(common);
    else await (await import("./commands/status.js")).runStatus(common);
  } catch (error) {
    core.setFailed(describe(error));
  } finally {
    // The connection src/early-connect.ts started, when the step failed before claiming it: closed, key removed.
    await disposeUnclaimed();
  }
}

export async function post(): Promise<void> {
  try {
    await (await import("./commands/deploy.js")).cleanupDeploy();
  } catch (error) {
    core.warning(`Clean-up after the deploy failed: ${describe(error)}`);
  }
}
