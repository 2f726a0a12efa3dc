// The deploy's phases, in order: the orchestration in commands/deploy.ts runs exactly these, and the table
// in docs/deploy.md lists exactly these (a unit test reads both).
export const DEPLOY_PHASES = [
  "connect",
  "plan",
  "pending",
  "classify",
  "gate",
  "backup",
  "migrate",
  "health",
  "report",
] as const;

export type DeployPhase = (typeof DEPLOY_PHASES)[number];
