// Staging first, enforced: a deploy to an environment with `require-applied-in` runs a pending migration only
// when its exact bytes (git blob) were applied by a successful deploy to each named environment. The record
// is GitHub's own Deployments API (task `migrate`, the applied list in the payload); this file decides from
// what was read, and shapes what is written. Pure: the reading and writing are adapters/deployments.ts.
import type { ClassifiedMigration } from "./gate.js";

/** The deployment task every deploy records under, and the production gate reads. */
export const MIGRATE_TASK = "migrate";

/** One migration as a deploy recorded it. */
export interface AppliedMigration {
  id: string;
  path: string;
  blob: string;
  /** `applied`: it ran and is recorded by the framework; `not-applied`: it was pending and is still. */
  result: "applied" | "not-applied";
}

/** The payload of one `migrate` deployment. */
export interface MigrateRecord {
  environment: string;
  runUrl: string;
  migrations: AppliedMigration[];
}

/** A `migrate` deployment of one environment as read back, with its latest status. */
export interface RecordedDeploy {
  id: number;
  environment: string;
  /** The latest deployment status (`success`, `failure`, `error`, ...); "" when it has none. */
  state: string;
  url: string;
  payload: unknown;
}

/** What the check read: per required environment, its `migrate` deployments, or why they could not be read. */
export type PromotionHistory = { ok: true; deploys: RecordedDeploy[] } | { ok: false; error: string };

export interface PromotionInput {
  /** `require-applied-in`: the environments each pending migration must have been applied in first. */
  required: readonly string[];
  /** `skip-promotion-check: true`: a person waived it for this deploy (said loudly, never silently). */
  skip: boolean;
  migrations: readonly ClassifiedMigration[];
  history: ReadonlyMap<string, PromotionHistory>;
}

export interface MissingPromotion {
  migration: string;
  path: string;
  blob?: string;
  /** The required environments where these bytes were not applied by a successful deploy. */
  environments: string[];
}

export interface PromotionDecision {
  action: "not-required" | "pass" | "skipped" | "blocked";
  missing: MissingPromotion[];
  /** The environments whose record could not be read, with why (each blocks). */
  unreadable: { environment: string; error: string }[];
  /** The sentence for the log and the summary (blocked: which, and where missing; skipped: said loudly). */
  message?: string;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The applied migrations of a payload; anything that is not our shape counts as nothing applied. */
export function appliedIn(payload: unknown): AppliedMigration[] {
  const list = isRecord(payload) ? payload.migrations : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((m): AppliedMigration[] => {
    if (!isRecord(m)) return [];
    const { id, path, blob, result } = m;
    if (typeof id !== "string" || typeof path !== "string" || typeof blob !== "string") return [];
    if (result !== "applied") return [];
    return [{ id, path, blob, result }];
  });
}

/** Blobs applied by a successful `migrate` deploy (its latest status `success`) of the environment. */
function appliedBlobs(deploys: readonly RecordedDeploy[], environment: string): Set<string> {
  const blobs = new Set<string>();
  for (const d of deploys) {
    if (d.state !== "success" || d.environment !== environment) continue;
    for (const m of appliedIn(d.payload)) blobs.add(m.blob);
  }
  return blobs;
}

export function decidePromotion(input: PromotionInput): PromotionDecision {
  const required = [...new Set(input.required)];
  if (!required.length || !input.migrations.length)
    return { action: "not-required", missing: [], unreadable: [] };
  if (input.skip)
    return {
      action: "skipped",
      missing: [],
      unreadable: [],
      message:
        `PROMOTION CHECK SKIPPED (skip-promotion-check: true): ${input.migrations.length} migration(s) ran ` +
        `without proof they were applied in ${required.join(", ")} first.`,
    };
  const unreadable: { environment: string; error: string }[] = [];
  const blobsOf = new Map<string, Set<string>>();
  for (const env of required) {
    const history = input.history.get(env);
    // Fails closed: an environment whose record was not read proves nothing.
    if (!history || !history.ok) {
      unreadable.push({ environment: env, error: history && !history.ok ? history.error : "not read" });
      blobsOf.set(env, new Set());
    } else blobsOf.set(env, appliedBlobs(history.deploys, env));
  }
  const missing: MissingPromotion[] = [];
  for (const m of input.migrations) {
    const environments = required.filter((env) => !m.blob || !blobsOf.get(env)!.has(m.blob));
    if (environments.length)
      missing.push({
        migration: m.pending.id,
        path: m.path ?? m.pending.id,
        ...(m.blob ? { blob: m.blob } : {}),
        environments,
      });
  }
  if (!missing.length) return { action: "pass", missing, unreadable };
  const lines = missing.map(
    (m) =>
      `${m.path}${m.blob ? ` (blob ${m.blob.slice(0, 12)})` : " (its file was not read, so its bytes are unknown)"} ` +
      `was not applied by a successful deploy to ${m.environments.join(", ")}`,
  );
  const reads = unreadable.map((u) => `the deploys of ${u.environment} could not be read: ${u.error}`);
  return {
    action: "blocked",
    missing,
    unreadable,
    message:
      `Blocked by require-applied-in (${required.join(", ")}): ${[...reads, ...lines].join("; ")}. ` +
      "Deploy these exact bytes there first; `allow-destructive` and approvals do not waive this, " +
      "`skip-promotion-check: true` does.",
  };
}

/** What a deploy records: every migration it classified, applied or not. */
export function migrateRecord(
  environment: string,
  runUrl: string,
  migrations: readonly ClassifiedMigration[],
  applied: readonly string[],
): MigrateRecord {
  const done = new Set(applied);
  return {
    environment,
    runUrl,
    migrations: migrations.map((m) => ({
      id: m.pending.id,
      path: m.path ?? "",
      blob: m.blob ?? "",
      result: done.has(m.pending.id) ? "applied" : "not-applied",
    })),
  };
}
