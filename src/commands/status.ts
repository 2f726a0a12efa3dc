import type { CommonSettings } from "../inputs.js";

// STUB: to be implemented.
export async function runStatus(_common: CommonSettings): Promise<void> {
  throw new Error("`command: status` is not implemented yet");
}
