// pending: the supervisor's status round → the pending migrations (a never-migrated database: every file).
import * as core from "@actions/core";
import type { FencedLog } from "../../adapters/fenced-log.js";
import type { HostFiles } from "../../adapters/supervisor.js";
import type { DeployFramework } from "../../core/deploy/presets.js";
import { statusRound, type Journal } from "../../core/deploy/protocol.js";
import { railsMigrationsPaths } from "../../core/deploy/rails-paths.js";
import {
  noMigrationsTable,
  parseRails,
  parseStatus,
  railsAllPending,
  type StatusReport,
} from "../../core/deploy/status.js";
import { StopDeploy } from "./stop.js";

export interface Pending {
  before: StatusReport;
  notes: string[];
}

/** Throws StopDeploy when the status cannot be read (nothing runs). */
export async function readPending(
  journal: Journal,
  framework: DeployFramework,
  files: HostFiles,
  log: FencedLog,
): Promise<Pending> {
  const round = statusRound(journal, "before");
  const notes: string[] = [];
  let before: StatusReport;
  if (noMigrationsTable(framework, round)) {
    // A database that was never migrated: every migration file in the app is pending.
    // Rails runs the files of db/migrate and of the migrations_paths: all of them are gated.
    const yml = (await files.read(["config/database.yml"])).get("config/database.yml")?.[0];
    const paths = yml ? railsMigrationsPaths(yml.bytes.toString("utf8")) : { dirs: [], problems: [] };
    const globs = [...new Set(["db/migrate", ...paths.dirs])].map((dir) => `${dir}/*.rb`);
    const listed = await files.read(globs);
    // A multi-database app whose later database is new: what the earlier databases recorded stays applied.
    const recorded = round.flatMap((r) => parseRails(r.stdout).applied);
    before = railsAllPending(
      globs.flatMap((g) => (listed.get(g) ?? []).map((f) => f.path)),
      recorded,
    );
    // A migrations_paths we could not read holds the gate (status problems), as for a pending file.
    before.problems.push(...paths.problems);
    notes.push(
      recorded.length
        ? `A database of the app had no migrations table (never migrated): every migration in the app that no other database recorded (${before.pending.length}) was pending.`
        : `The database had no migrations table (never migrated): every migration in the app (${before.pending.length}) was pending.`,
    );
    log.remote("the database has no migrations table yet: every migration file in the app is pending");
  } else if (round.some((s) => s.rc !== 0)) {
    // The supervisor goes on after a failed status only for the recognised wording; anything else stops.
    throw new StopDeploy(
      "stop unreadable-status",
      "The status command failed and its output is not the framework's own. Nothing ran.",
    );
  } else
    before = parseStatus(
      framework,
      round.map((s) => s.stdout),
    );
  if (before.problems.length && !before.pending.length)
    throw new StopDeploy(
      "stop unreadable-status",
      `The status output could not be read: ${before.problems.join("; ")}. Nothing ran.`,
    );
  for (const a of before.ahead) {
    log.ours(() =>
      core.warning(
        `Migration ${a.id}${a.database ? ` (${a.database})` : ""} is recorded in the database but has no file in the code: the database is ahead of the deployed code.`,
      ),
    );
  }
  return { before, notes };
}
