// Orchestration only: read the common settings, run the command, and fail the step in one place.
import * as core from "@actions/core";
import { runCheck } from "./commands/check.js";
import { cleanupDeploy, runDeploy } from "./commands/deploy.js";
import { runStatus } from "./commands/status.js";
import { readCommonSettings } from "./inputs.js";

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === "string" ? error : JSON.stringify(error);
}

export async function run(): Promise<void> {
  core.saveState("isPost", "true");
  try {
    const common = readCommonSettings();
    if (common.command === "check") await runCheck(common);
    else if (common.command === "deploy") await runDeploy(common);
    else await runStatus(common);
  } catch (error) {
    core.setFailed(describe(error));
  }
}

export async function post(): Promise<void> {
  try {
    await cleanupDeploy();
  } catch (error) {
    core.warning(`Clean-up after the deploy failed: ${describe(error)}`);
  }
}
