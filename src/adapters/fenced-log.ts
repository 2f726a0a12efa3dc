// The deploy's log: one group per phase, remote output fenced so it cannot issue workflow commands.
import * as core from "@actions/core";
import { randomBytes } from "node:crypto";

export class FencedLog {
  private readonly token = randomBytes(16).toString("hex");
  private stopped = false;
  private group: string | undefined;

  private stop(): void {
    if (!this.stopped) process.stdout.write(`::stop-commands::${this.token}\n`);
    this.stopped = true;
  }

  private resume(): void {
    if (this.stopped) process.stdout.write(`::${this.token}::\n`);
    this.stopped = false;
  }

  phase(name: string): void {
    this.resume();
    if (this.group) core.endGroup();
    this.group = name;
    core.startGroup(name);
    this.stop();
  }

  /** Remote text: printed only while workflow commands are stopped. */
  remote(text: string): void {
    this.stop();
    process.stdout.write(text + "\n");
  }

  /** Our own annotations and messages need commands enabled. */
  ours(fn: () => void): void {
    const was = this.stopped;
    this.resume();
    fn();
    if (was) this.stop();
  }

  close(): void {
    this.resume();
    if (this.group) core.endGroup();
    this.group = undefined;
  }
}
