// The promotion record in GitHub's Deployments API: every deploy writes a `migrate` deployment of its
// environment (the applied list in its payload, a status for its result), and a deploy with
// `require-applied-in` reads the named environments' ones back. Every failure is a sentence naming the
// permission the job needs; the caller decides which way it fails (reading: the gate stays shut).
import { createGitHubClient, GitHubApiError, type GitHubClient } from "./github.js";
import {
  appliedIn,
  MIGRATE_TASK,
  type MigrateRecord,
  type PromotionHistory,
} from "../core/deploy/promotion.js";

export interface DeploymentsTarget {
  token: string;
  apiUrl: string;
  owner: string;
  repo: string;
  ref: string;
}

function client(target: DeploymentsTarget): GitHubClient | string {
  if (!target.token) return "no `token` was given";
  if (!target.owner || !target.repo) return "GITHUB_REPOSITORY does not name the repository";
  return createGitHubClient({
    token: target.token,
    apiUrl: target.apiUrl,
    owner: target.owner,
    repo: target.repo,
  });
}

function failure(error: unknown, access: "read" | "write"): string {
  const permission = `give the deploy job \`permissions: deployments: ${access}\``;
  if (error instanceof GitHubApiError) {
    const what = `${error.method} ${error.path} answered ${error.status || "no response"}`;
    if (error.status === 401) return `the token was refused (${what}); check the deploy's \`token\` input`;
    if (error.status === 403 || error.status === 404)
      return `the token cannot ${access} deployments (${what}); ${permission}`;
    return `GitHub's API failed (${what}); ${permission} and re-run the deploy`;
  }
  return `${error instanceof Error ? error.message : String(error)}; ${permission}`;
}

/**
 * The `migrate` deployments of each environment, with the latest status of those that carry one of
 * `blobs` (the others cannot prove anything, so their status is not asked for).
 */
export async function readPromotionHistory(
  target: DeploymentsTarget,
  environments: readonly string[],
  blobs: ReadonlySet<string>,
): Promise<Map<string, PromotionHistory>> {
  const history = new Map<string, PromotionHistory>();
  const gh = client(target);
  for (const environment of environments) {
    if (typeof gh === "string") {
      history.set(environment, {
        ok: false,
        error: `${gh}; the check needs a token with \`deployments: read\``,
      });
      continue;
    }
    try {
      const deploys = [];
      for (const d of await gh.listDeployments(environment, MIGRATE_TASK)) {
        if (d.task !== MIGRATE_TASK || !appliedIn(d.payload).some((m) => blobs.has(m.blob))) continue;
        deploys.push({ ...d, state: await gh.deploymentState(d.id) });
      }
      history.set(environment, { ok: true, deploys });
    } catch (error) {
      // Fails closed: an environment whose deployments could not be read proves nothing (the gate blocks).
      history.set(environment, { ok: false, error: failure(error, "read") });
    }
  }
  return history;
}

/** Writes one `migrate` deployment and its status; returns why it could not, or undefined. */
export async function recordMigrate(
  target: DeploymentsTarget,
  record: MigrateRecord,
  state: "success" | "failure",
  description: string,
): Promise<string | undefined> {
  const gh = client(target);
  if (typeof gh === "string") return `${gh}; recording needs a token with \`deployments: write\``;
  if (!target.ref) return "GITHUB_SHA is not set, and a deployment needs the commit it deployed";
  try {
    const id = await gh.createDeployment({
      ref: target.ref,
      environment: record.environment,
      task: MIGRATE_TASK,
      description: `Migration Guard: ${record.migrations.length} migration(s)`,
      payload: record,
    });
    await gh.createDeploymentStatus(id, { state, description, logUrl: record.runUrl });
    return undefined;
  } catch (error) {
    // Fails towards the gate: a deploy whose record is missing is later held by require-applied-in.
    return failure(error, "write");
  }
}
