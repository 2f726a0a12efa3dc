import type { CommonSettings } from "../inputs.js";

// STUB: to be implemented.
export async function runDeploy(_common: CommonSettings): Promise<void> {
  throw new Error("`command: deploy` is not implemented yet");
}

/** Post step: remove the key file and close the SSH master connection. Must never throw. */
export async function cleanupDeploy(): Promise<void> {}
