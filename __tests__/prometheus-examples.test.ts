// examples/prometheus/ alerts on, and draws, the metric `status` writes: a renamed metric or label would leave
// the rules silent (promtool checks their syntax in `npm run lint`; this checks they name what we emit).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { metricsFileName, prometheusMetrics } from "../src/core/deploy/status.js";

const dir = join(process.cwd(), "examples", "prometheus");
const emitted = prometheusMetrics("production", 3);
const metric = /^(\w+)\{environment="production"\} 3$/m.exec(emitted)?.[1];

interface Rule {
  alert: string;
  expr: string;
  for: string;
  labels: Record<string, string>;
}

it("the metric is a gauge labelled by environment", () => {
  expect(metric).toBe("pending_migrations_count");
  expect(emitted).toContain(`# TYPE ${metric} gauge`);
});

it("the alerting rules fire on that metric after 15 minutes, per environment", () => {
  const rules = (
    parse(readFileSync(join(dir, "alerts.yml"), "utf8")) as { groups: { rules: Rule[] }[] }
  ).groups.flatMap((g) => g.rules);
  const pending = rules.filter((r) => r.expr.includes(`${metric}`));
  expect(pending.map((r) => r.alert)).toEqual(["MigrationsPending", "MigrationsPendingProduction"]);
  for (const rule of pending) {
    expect(rule.for).toBe("15m");
    expect(rule.expr).toMatch(/by \(environment, instance\)/);
    expect(rule.expr).toMatch(/> 0$/);
  }
});

it("every dashboard panel about pending migrations queries that metric by environment", () => {
  const dashboard = JSON.parse(readFileSync(join(dir, "grafana-dashboard.json"), "utf8")) as {
    panels: { title: string; targets: { expr: string }[] }[];
  };
  const pendingPanels = dashboard.panels.filter((p) => /pending/i.test(p.title));
  expect(pendingPanels.length).toBeGreaterThanOrEqual(2);
  for (const panel of pendingPanels)
    for (const target of panel.targets)
      expect(target.expr).toContain(`${metric}{environment=~"$environment"}`);
});

it("the file status writes on the host (metrics-dir-on-host) is one the staleness rule watches", () => {
  const stale = (
    parse(readFileSync(join(dir, "alerts.yml"), "utf8")) as { groups: { rules: Rule[] }[] }
  ).groups
    .flatMap((g) => g.rules)
    .find((r) => r.alert === "MigrationStatusStale");
  const pattern = /file=~"([^"]+)"/.exec(stale?.expr ?? "")?.[1]?.replace(/\\\\/g, "\\");
  expect(pattern).toBeDefined();
  for (const environment of ["production", "staging-eu", "a b/../c"]) {
    const name = metricsFileName(environment);
    expect(name).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_.-]*\.prom$/);
    expect(name).toMatch(new RegExp(`^${pattern}$`));
  }
  expect(metricsFileName("production")).toBe("migration-guard-production.prom");
});
