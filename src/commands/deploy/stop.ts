/**
 * A phase that stops the deploy before anything migrates: `line` is what the supervisor is told
 * (`stop <why>`), the message is the step's error.
 */
export class StopDeploy extends Error {
  constructor(
    readonly line: string,
    message: string,
  ) {
    super(message);
    this.name = "StopDeploy";
  }
}
