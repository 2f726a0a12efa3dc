// What the deploy's log shows of the supervisor's lines: a group per host phase, one line per event.
import * as core from "@actions/core";
import type { FencedLog } from "../../adapters/fenced-log.js";
import type { SessionHooks } from "../../adapters/supervisor.js";
import { formatBytes, restoreEstimate } from "../../core/deploy/backup.js";
import { decodeBase64, str } from "../../core/deploy/protocol.js";

export function logHooks(log: FencedLog): SessionHooks {
  return {
    onLost: (stderr) => log.remote(stderr),
    onReconnect: (attempt, journal) =>
      log.ours(() =>
        core.warning(
          `The SSH connection dropped; reconnecting to follow deploy ${journal.deployId} (attempt ${attempt}).`,
        ),
      ),
    onLine: ({ event, text }, journal) => {
      if (!event) return log.remote(text);
      if (event.t === "phase" && str(event, "state") === "start") log.phase(str(event, "phase") ?? "phase");
      else if (event.t === "phase") {
        const message = str(event, "message");
        log.remote(`${str(event, "phase")}: ${str(event, "state")}${message ? ` (${message})` : ""}`);
      } else if (event.t === "lock")
        log.remote(`waiting for the deploy lock, held by: ${str(event, "holder")}`);
      else if (event.t === "deadline")
        log.remote(
          `deadline passed: sending ${str(event, "action")?.toUpperCase()} to the migration's process group`,
        );
      else if (event.t === "status") {
        const err = decodeBase64(str(event, "stderr")).trim();
        if (err) log.remote(err);
      } else if (event.t === "error") log.remote(`supervisor: ${str(event, "message")}`);
      else if (event.t === "note") log.remote(`note: ${str(event, "message")}`);
      else if (event.t === "migration") {
        const db = str(event, "database") ? ` (${str(event, "database")})` : "";
        log.remote(
          str(event, "state") === "start"
            ? `migrating ${str(event, "id")} ${str(event, "name")}${db}`
            : `migrated ${str(event, "id")}${db} in ${str(event, "ms")} ms`,
        );
      } else if (event.t === "terminate")
        log.remote(`ended ${str(event, "terminated")} database session(s) of the migration`);
      else if (event.t === "backup-check" && journal.backupCheck) {
        const c = journal.backupCheck;
        log.remote(`database ${formatBytes(c.databaseBytes)}, ${formatBytes(c.freeBytes)} free in ${c.dir}`);
      } else if (event.t === "backup" && journal.backups.length) {
        const b = journal.backups[journal.backups.length - 1];
        log.remote(
          `backup${b.database ? ` of ${b.database}` : ""} ${b.path}: ${formatBytes(b.bytes)}, sha256 ${b.sha256}, verified (${b.verified}, ${b.entries} entries)`,
        );
        const estimate = restoreEstimate(b.databaseBytes);
        if (estimate.warn) log.ours(() => core.warning(estimate.text, { title: "Restore time" }));
      }
    },
  };
}
