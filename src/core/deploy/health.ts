// Judging an app's health after a migration: `up-url` must answer 200; `health-url` must answer JSON with
// `status: "ok"` and `migrations.pending_count: 0`. Pure: the fetching is an adapter's (runner or host).

export interface HttpResponse {
  /** 0 when no response arrived (connection refused, timeout). */
  status: number;
  body: string;
  /** The transport error, when there was no response. */
  error?: string;
}

export interface HealthVerdict {
  healthy: boolean;
  /** One line: why not (or `ok`). */
  reason: string;
}

export function judgeUp(response: HttpResponse): HealthVerdict {
  if (response.status === 200) return { healthy: true, reason: "HTTP 200" };
  return {
    healthy: false,
    reason: response.status ? `HTTP ${response.status}` : `no response (${response.error ?? "unreachable"})`,
  };
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** `{"status":"ok","database":"connected","migrations":{"pending_count":0,"status":"up_to_date"}}` is healthy. */
export function judgeHealth(response: HttpResponse): HealthVerdict {
  if (!response.status) return { healthy: false, reason: `no response (${response.error ?? "unreachable"})` };
  let json: Record<string, unknown> | undefined;
  try {
    json = record(JSON.parse(response.body));
  } catch {
    json = undefined;
  }
  if (!json) return { healthy: false, reason: `HTTP ${response.status}, the body is not a JSON object` };
  const status = json.status;
  const migrations = record(json.migrations);
  const pending = migrations?.pending_count;
  if (status === "ok" && pending === 0 && response.status === 200) return { healthy: true, reason: "ok" };
  const parts = [`HTTP ${response.status}`, `status ${JSON.stringify(status ?? null)}`];
  if (typeof pending === "number") parts.push(`${pending} pending migration(s)`);
  else parts.push("no migrations.pending_count");
  const list = json.pending_migrations ?? migrations?.pending_migrations;
  if (Array.isArray(list) && list.length) parts.push(`pending: ${list.slice(0, 10).map(String).join(", ")}`);
  return { healthy: false, reason: parts.join(", ") };
}

/** Delay before the next probe: 0.5 s doubling to 5 s, never past the deadline. */
export function nextDelay(attempt: number, remainingMs: number): number {
  return Math.max(0, Math.min(500 * 2 ** Math.min(attempt, 4), 5000, remainingMs));
}

export interface HealthCheckResult extends HealthVerdict {
  url: string;
  kind: "up" | "health";
  attempts: number;
  ms: number;
  /** The last response, for the summary (body cut to 2 KB). */
  last?: HttpResponse;
}

/**
 * Polls `probe(url)` until healthy or the deadline: first `upUrl` (the app booted), then `healthUrl`.
 * `sleep` and `now` are passed in so the logic is testable without timers.
 */
export async function pollHealth(options: {
  upUrl?: string;
  healthUrl?: string;
  timeoutMs: number;
  probe: (url: string) => Promise<HttpResponse>;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  onAttempt?: (kind: "up" | "health", verdict: HealthVerdict) => void;
}): Promise<HealthCheckResult[]> {
  const start = options.now();
  const deadline = start + options.timeoutMs;
  const results: HealthCheckResult[] = [];
  const checks: ["up" | "health", string | undefined, (r: HttpResponse) => HealthVerdict][] = [
    ["up", options.upUrl, judgeUp],
    ["health", options.healthUrl, judgeHealth],
  ];
  for (const [kind, url, judge] of checks) {
    if (!url) continue;
    const began = options.now();
    let attempts = 0;
    for (;;) {
      attempts++;
      const last = await options.probe(url);
      const verdict = judge(last);
      options.onAttempt?.(kind, verdict);
      const remaining = deadline - options.now();
      if (verdict.healthy || remaining <= 0) {
        results.push({
          ...verdict,
          url,
          kind,
          attempts,
          ms: options.now() - began,
          last: { ...last, body: last.body.slice(0, 2048) },
        });
        if (!verdict.healthy) return results;
        break;
      }
      await options.sleep(nextDelay(attempts - 1, remaining));
    }
  }
  return results;
}
