// `command: status`: read-only. Connect, read the pending migrations from the database through the same
// supervisor (status mode: no lock, no journal, nothing written on the host), report and optionally fail;
// with metrics-dir-on-host, the metric file is then written on the host too (metrics mode, same connection).
import * as core from "@actions/core";
import { renameSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { SshConnection } from "../adapters/ssh.js";
import { encodeParams } from "../core/deploy/plan.js";
import { applyEvent, emptyJournal, parseLine, statusRound, type Journal } from "../core/deploy/protocol.js";
import { driftStatus, metricsFileName, parseStatus, prometheusMetrics } from "../core/deploy/status.js";
import { cell } from "../core/deploy/summary.js";
import type { CommonSettings } from "../inputs.js";
import { readDeploySettings, type DeploySettings } from "../inputs-deploy.js";
import { FencedLog } from "../adapters/fenced-log.js";
import {
  connect,
  runSupervisor,
  supervisorScript,
  writeHostMetrics,
  type SupervisorScript,
} from "../adapters/supervisor.js";

export async function runStatus(common: CommonSettings): Promise<void> {
  const settings = readDeploySettings(common);
  const script = supervisorScript();
  let conn: SshConnection | undefined;
  try {
    core.startGroup(`connect to ${settings.user}@${settings.host}:${settings.port}`);
    try {
      conn = await connect(settings);
    } finally {
      core.endGroup();
    }
    // The connection stays open to the end: the metric file on the host is written over it.
    await reportStatus(common, settings, await readStatus(conn, script, settings), (text) =>
      writeHostMetrics(conn as SshConnection, script, {
        dir: settings.metricsDirOnHost,
        name: metricsFileName(settings.environment),
        text,
      }),
    );
  } finally {
    if (conn) await conn.dispose();
  }
}

/** One status run of the supervisor (status mode: no lock, no journal, nothing written on the host). */
async function readStatus(
  conn: SshConnection,
  script: SupervisorScript,
  settings: DeploySettings,
): Promise<Journal> {
  const log = new FencedLog();
  const journal = emptyJournal();
  try {
    log.phase("pending migrations");
    const params: Record<string, string> = {
      MG_MODE: "status",
      MG_APP_DIR: settings.appDir,
      MG_RUN_PREFIX: settings.runPrefix.join("\n"),
      ...(settings.appEnv.length ? { MG_APP_ENV: settings.appEnv.join("\n") } : {}),
    };
    settings.statusCommands
      .slice(0, 3)
      .forEach((argv, i) => (params[`MG_STATUS_${i + 1}`] = argv.join("\n")));
    const result = await runSupervisor(conn, script, encodeParams(params));
    for (const line of result.stdout.split("\n")) {
      const parsed = parseLine(line);
      if (parsed.kind === "event") applyEvent(journal, parsed.event);
      else if (parsed.text) log.remote(parsed.text);
    }
    for (const s of journal.statuses) if (s.stderr.trim()) log.remote(s.stderr.trim());
    if (result.code !== 0 && !journal.ended)
      throw new Error(`The status run on the host failed (exit ${result.code}): ${result.stderr.trim()}`);
  } finally {
    log.close();
  }
  return journal;
}

async function reportStatus(
  common: CommonSettings,
  settings: DeploySettings,
  journal: Journal,
  writeOnHost: (text: string) => Promise<string>,
): Promise<void> {
  const round = statusRound(journal, "now");
  if (journal.result === "failed") throw new Error(journal.message ?? "The status run failed on the host.");
  const failed = round.find((s) => s.rc !== 0);
  if (failed || !round.length) {
    throw new Error(
      `The status command failed (exit ${failed?.rc ?? "?"}): ${failed?.stderr.trim().slice(-500) ?? "no output"}`,
    );
  }
  const report = parseStatus(
    settings.framework,
    round.map((s) => s.stdout),
  );
  if (report.problems.length && !report.pending.length) {
    throw new Error(`The status output could not be read: ${report.problems.join("; ")}`);
  }
  // Pending migrations were read, but not everything: the outputs, metric and summary are written (the count
  // is a lower bound, still enough to alert on), and the step fails below: a drift monitor that could not read
  // the status must not look green.
  for (const problem of report.problems) core.warning(`The status output was not fully read: ${problem}.`);
  const status = driftStatus(report);
  core.setOutput("pending-count", String(report.pending.length));
  core.setOutput(
    "pending",
    JSON.stringify(
      report.pending.map((p) => ({ id: p.id, name: p.name ?? null, database: p.database ?? null })),
    ),
  );
  core.setOutput("status", status);
  const metrics = prometheusMetrics(settings.environment, report.pending.length);
  if (settings.metricsFile) {
    // Written whole then renamed: a textfile collector never reads half a file.
    const path = resolve(common.workingDirectory, settings.metricsFile);
    writeFileSync(`${path}.tmp`, metrics);
    renameSync(`${path}.tmp`, path);
  }
  // Fails closed: a write on the host that did not happen throws, and the step fails saying why.
  if (settings.metricsDirOnHost) core.info(`metric written on the host: ${await writeOnHost(metrics)}`);
  if (process.env.GITHUB_STEP_SUMMARY) {
    const lines = [
      `## Migration status: \`${status}\``,
      "",
      `Environment \`${cell(settings.environment)}\` on \`${cell(`${settings.user}@${settings.host}:${settings.port}`)}\`, app dir \`${cell(settings.appDir)}\`: ${report.pending.length} pending.`,
      "",
    ];
    if (report.pending.length) {
      lines.push("| migration | database |", "| --- | --- |");
      for (const p of report.pending)
        lines.push(`| ${cell(`${p.id} ${p.name ?? ""}`.trim())} | ${cell(p.database ?? "")} |`);
      lines.push("");
    }
    if (report.ahead.length)
      lines.push(
        `Database ahead of the code: ${report.ahead.map((a) => `\`${cell(a.id)}\``).join(", ")}`,
        "",
      );
    await core.summary.addRaw(lines.join("\n")).write();
  }
  if (status === "ahead")
    core.warning(
      `The database is ahead of the code: ${report.ahead.map((a) => a.id).join(", ")} have no file.`,
    );
  if (report.problems.length) {
    throw new Error(
      `The status output was not fully read (${report.problems.join("; ")}): ${report.pending.length} pending is only a lower bound, so status is \`unknown\`. Check the status command's output on the host.`,
    );
  }
  if (settings.failOnPending && report.pending.length) {
    throw new Error(
      `${report.pending.length} migration(s) pending in ${settings.environment}: ${report.pending.map((p) => p.id).join(", ")}.`,
    );
  }
}
