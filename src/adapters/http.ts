// One HTTP GET from the runner, for the health checks: never throws, a transport failure is status 0.
import type { HttpResponse } from "../core/deploy/health.js";

export async function httpGet(url: string, timeoutMs = 10_000): Promise<HttpResponse> {
  try {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      redirect: "follow",
      headers: { accept: "application/json, */*" },
    });
    const body = await response.text();
    return { status: response.status, body: body.slice(0, 65536) };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { status: 0, body: "", error: cause?.code ?? cause?.message ?? (error as Error).message };
  }
}
