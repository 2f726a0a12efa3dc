// Orchestration only; the one place that fails the step.
import * as core from "@actions/core";

export async function run(): Promise<void> {
  core.saveState("isPost", "true");
  core.setFailed("Migration Guard: no command is implemented yet");
}

export async function post(): Promise<void> {}
