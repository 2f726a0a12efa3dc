// The supervisor's stdout protocol: `@mg:event <json>` lines are events, `@mg:out <text>` lines are the
// output of the commands it ran. Anything else (a shell error before the supervisor started) is raw text.

export const EVENT_PREFIX = "@mg:event ";
export const OUTPUT_PREFIX = "@mg:out ";

/** One event. `t` names it; the other fields depend on `t` (see src/host/supervisor.sh). */
export interface SupervisorEvent {
  readonly t: string;
  readonly at: number;
  readonly [field: string]: string | number;
}

export type SupervisorLine =
  | { kind: "event"; event: SupervisorEvent }
  | { kind: "output"; text: string }
  | { kind: "raw"; text: string };

function isEvent(value: unknown): value is SupervisorEvent {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  if (typeof record.t !== "string" || typeof record.at !== "number") return false;
  return Object.values(record).every((v) => typeof v === "string" || typeof v === "number");
}

export function parseLine(line: string): SupervisorLine {
  if (line.startsWith(EVENT_PREFIX)) {
    try {
      const value: unknown = JSON.parse(line.slice(EVENT_PREFIX.length));
      if (isEvent(value)) return { kind: "event", event: value };
    } catch {
      /* a malformed event is shown as text, never trusted */
    }
    return { kind: "raw", text: line };
  }
  if (line.startsWith(OUTPUT_PREFIX)) return { kind: "output", text: line.slice(OUTPUT_PREFIX.length) };
  return { kind: "raw", text: line };
}

export function str(event: SupervisorEvent, field: string): string | undefined {
  const v = event[field];
  return typeof v === "string" ? v : v === undefined ? undefined : String(v);
}

export function num(event: SupervisorEvent, field: string): number | undefined {
  const v = event[field];
  return typeof v === "number" ? v : undefined;
}

export function decodeBase64(text: string | undefined): string {
  return text ? Buffer.from(text, "base64").toString("utf8") : "";
}

/**
 * The text of a request said on the supervisor's stdin (`read ID TEXT`, `fetch ID TEXT`): every UTF-8 byte as
 * `\xHH`, so the request stays one line of a fixed alphabet whatever the text holds, and bash's own
 * `printf '%b'` gives the bytes back on the host. It was base64, and `base64 -d` was a process on the way to
 * every gate decision (10-18 ms on a 2-core VM, against 0.1 ms).
 */
export function requestText(text: string): string {
  return Buffer.from(text, "utf8").toString("hex").replace(/../g, "\\x$&");
}

export interface PhaseRecord {
  phase: string;
  state: string;
  startedAt: number;
  ms?: number;
  message?: string;
}

export interface StatusOutput {
  name: string;
  index: number;
  rc: number;
  stdout: string;
  stderr: string;
}

/** Everything the events of one run said, folded into plain data (what the summary and outputs read). */
export interface Journal {
  deployId?: string;
  /** Where the journal lives on the host (`hello`). */
  journalPath?: string;
  phases: PhaseRecord[];
  statuses: StatusOutput[];
  result?: string;
  message?: string;
  lockHolder?: string;
  awaiting: boolean;
  ended: boolean;
  deadlineActions: string[];
  lines: number;
  /** The verified backup (the first `backup` event: the only one, or the first database's). */
  backup?: BackupRecord;
  /** Every verified backup: one per database of a multi-database app, in the app's order. */
  backups: BackupRecord[];
  /** Database size and free space measured before the backup (`backup-check`). */
  backupCheck?: { databaseBytes: number; freeBytes: number; dir: string };
  /** Sessions ended with pg_terminate_backend at the deadline. */
  terminated: number;
  /** `awaiting` with phase `health` seen: the action must judge health now. */
  awaitingHealth: boolean;
  /** Free-text notes from the supervisor. */
  notes: string[];
  /** Per-migration progress the one-boot runner reported (`migration` events), in the order they ran. */
  progress: MigrationProgress[];
}

export interface MigrationProgress {
  id: string;
  /** The app's name of its database (`primary`, `default`). */
  database: string;
  name: string;
  state: "running" | "done";
  ms?: number;
}

export interface BackupRecord {
  path: string;
  bytes: number;
  sha256: string;
  databaseBytes: number;
  freeBytes: number;
  entries: number;
  dumpMs: number;
  verifyMs: number;
  pruned: number;
  verified: string;
  /** `PGHOST=… PGDATABASE=…` as read from the app; never the password. */
  connection: string;
  /** The app's name of the database (`primary`, `animals`) in a multi-database app; "" otherwise. */
  database: string;
}

export function emptyJournal(): Journal {
  return {
    phases: [],
    statuses: [],
    backups: [],
    awaiting: false,
    ended: false,
    deadlineActions: [],
    lines: 0,
    terminated: 0,
    awaitingHealth: false,
    notes: [],
    progress: [],
  };
}

/** Folds one event into the journal (mutates and returns it: the runner feeds thousands of lines). */
export function applyEvent(journal: Journal, event: SupervisorEvent): Journal {
  switch (event.t) {
    case "hello":
      journal.deployId = str(event, "deploy") ?? journal.deployId;
      journal.journalPath = str(event, "journal") ?? journal.journalPath;
      break;
    case "phase": {
      const phase = str(event, "phase") ?? "?";
      const state = str(event, "state") ?? "?";
      if (state === "start") {
        journal.phases.push({ phase, state: "running", startedAt: event.at });
      } else {
        let record = [...journal.phases].reverse().find((p) => p.phase === phase);
        if (!record) {
          record = { phase, state, startedAt: event.at };
          journal.phases.push(record);
        }
        record.state = state;
        const ms = num(event, "ms");
        if (ms !== undefined) record.ms = ms;
        const message = str(event, "message");
        if (message) record.message = message;
      }
      break;
    }
    case "status":
      journal.statuses.push({
        name: str(event, "name") ?? "",
        index: num(event, "index") ?? 0,
        rc: num(event, "rc") ?? -1,
        stdout: decodeBase64(str(event, "stdout")),
        stderr: decodeBase64(str(event, "stderr")),
      });
      break;
    case "lock":
      journal.lockHolder = str(event, "holder");
      break;
    case "awaiting":
      if (str(event, "phase") === "health") journal.awaitingHealth = true;
      else journal.awaiting = true;
      break;
    case "backup-check":
      journal.backupCheck = {
        databaseBytes: num(event, "db_size") ?? 0,
        freeBytes: num(event, "free") ?? 0,
        dir: str(event, "dir") ?? "",
      };
      break;
    case "backup": {
      const backup: BackupRecord = {
        path: str(event, "path") ?? "",
        bytes: num(event, "size") ?? 0,
        sha256: str(event, "sha256") ?? "",
        databaseBytes: num(event, "db_size") ?? 0,
        freeBytes: num(event, "free") ?? 0,
        entries: num(event, "entries") ?? 0,
        dumpMs: num(event, "dump_ms") ?? 0,
        verifyMs: num(event, "verify_ms") ?? 0,
        pruned: num(event, "pruned") ?? 0,
        verified: str(event, "verified") ?? "",
        connection: str(event, "connection") ?? "",
        database: str(event, "database") ?? "",
      };
      journal.backups.push(backup);
      journal.backup ??= backup;
      break;
    }
    case "terminate":
      journal.terminated += num(event, "terminated") ?? 0;
      break;
    case "migration": {
      const id = str(event, "id") ?? "";
      const database = str(event, "database") ?? "";
      if (str(event, "state") === "start") {
        journal.progress.push({ id, database, name: str(event, "name") ?? "", state: "running" });
        break;
      }
      const record = journal.progress.find((p) => p.id === id && p.database === database);
      if (record) {
        record.state = "done";
        record.ms = num(event, "ms");
      }
      break;
    }
    case "note":
      journal.notes.push(str(event, "message") ?? "");
      break;
    case "deadline":
      journal.deadlineActions.push(str(event, "action") ?? "");
      break;
    case "result":
      journal.result = str(event, "result");
      journal.message = str(event, "message") || undefined;
      break;
    case "end":
      journal.ended = true;
      break;
  }
  return journal;
}

/** The status outputs of one round (`before`, `after`, `now`), in command order. */
export function statusRound(journal: Journal, name: string): StatusOutput[] {
  return journal.statuses.filter((s) => s.name === name).sort((a, b) => a.index - b.index);
}
