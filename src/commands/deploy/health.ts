// health: after the migration, the app's up and health URLs → the verdict line the supervisor hears.
import type { HealthCheckResult, HttpResponse } from "../../core/deploy/health.js";
import { pollHealth } from "../../core/deploy/health.js";
import type { HealthSettings } from "../../inputs-deploy.js";

export interface Health {
  /** Undefined when the judgement itself failed. */
  results?: HealthCheckResult[];
  line: string;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function judge(
  health: HealthSettings,
  probe: (url: string) => Promise<HttpResponse>,
  onAttempt: (text: string) => void,
  seen: HealthCheckResult[],
): Promise<string> {
  const results = await pollHealth({
    ...(health.upUrl ? { upUrl: health.upUrl } : {}),
    ...(health.healthUrl ? { healthUrl: health.healthUrl } : {}),
    timeoutMs: health.timeout * 1000,
    probe,
    sleep,
    now: Date.now,
    onAttempt: (kind, verdict) => onAttempt(`${kind} check: ${verdict.reason}`),
  });
  seen.push(...results);
  const bad = results.find((r) => !r.healthy);
  // Healthy by inclusion: every configured check ran and passed. Nothing judged is not "ok".
  if (!results.length) return "health failed no health check ran";
  // One line, no newline: the reason is text the app sent.
  return bad ? `health failed ${bad.url}: ${bad.reason}` : "health ok";
}

export async function checkHealth(
  health: HealthSettings,
  probe: (url: string) => Promise<HttpResponse>,
  onAttempt: (text: string) => void,
): Promise<Health> {
  const results: HealthCheckResult[] = [];
  try {
    return { results, line: await judge(health, probe, onAttempt, results) };
  } catch (error) {
    // Fails closed: an exception inside the judgement is a failed check, never a healthy one.
    return { line: `health failed the health check could not be judged: ${String(error)}` };
  }
}
