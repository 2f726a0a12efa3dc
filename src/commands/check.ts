import type { CommonSettings } from "../inputs.js";

// STUB: to be implemented.
export async function runCheck(_common: CommonSettings): Promise<void> {
  throw new Error("`command: check` is not implemented yet");
}
