// What a backup means for the people who may need it: sizes in words, the restore time a logical dump
// implies for a database of that size, and the runbook a failed deploy prints. Pure.
const GB = 1024 ** 3;

export interface RestoreEstimate {
  /** `fine` under 1 GB; otherwise a warning band. */
  band: "fine" | "1-10GB" | "10-50GB" | "over-50GB";
  /** What to expect from restoring a logical dump of this size. */
  text: string;
  warn: boolean;
}

export function formatBytes(bytes: number): string {
  if (bytes >= GB) return `${(bytes / GB).toFixed(1)} GiB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(0)} KiB`;
  return `${bytes} B`;
}

/** Restore-time bands of a logical (pg_dump) backup, by database size. */
export function restoreEstimate(databaseBytes: number): RestoreEstimate {
  const size = formatBytes(databaseBytes);
  if (databaseBytes < GB)
    return {
      band: "fine",
      text: `The database is ${size}: a logical restore takes minutes at most.`,
      warn: false,
    };
  if (databaseBytes < 10 * GB)
    return {
      band: "1-10GB",
      text: `The database is ${size}: restoring a logical dump takes about 15-30 minutes, and the app is down meanwhile.`,
      warn: true,
    };
  if (databaseBytes < 50 * GB)
    return {
      band: "10-50GB",
      text: `The database is ${size}: restoring a logical dump takes about 1-2 hours, and the app is down meanwhile.`,
      warn: true,
    };
  return {
    band: "over-50GB",
    text:
      `The database is ${size}: restoring a logical dump takes about 2-4 hours. For a database this size use ` +
      "physical backups with WAL archiving (point-in-time recovery, e.g. pgBackRest or your provider's snapshots) " +
      "and set backup-command/restore-command to drive them.",
    warn: true,
  };
}

/** POSIX single quotes for a runbook line a human pastes into a shell (display only, never executed here). */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_./:=@%+,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

export interface RunbookInput {
  result: string;
  target: { user: string; host: string; port: number };
  appDir: string;
  runPrefix: readonly string[];
  statusCommands: readonly (readonly string[])[];
  backupPath?: string;
  /** `PGHOST=… PGPORT=… PGDATABASE=… PGUSER=…` as the supervisor read it from the app (never the password). */
  connection?: string;
  restoreCommand?: string;
  journal?: string;
  rolledBack: boolean;
  /** The backup's sha256 as taken (the runbook checks the file against it before a manual restore). */
  sha256?: string;
  /** Whether the migrate phase started; false: the database was not touched by this deploy. */
  migrateStarted?: boolean;
  /** The restore phase's state: undefined (not attempted), `failed` (rolled back as a whole), `ok`. */
  restoreState?: string;
  /**
   * Every backup of the deploy, one per database of a multi-database app (`database` is the app's name for
   * it). When given, it replaces backupPath/connection/sha256.
   */
  backups?: readonly RunbookBackup[];
}

export interface RunbookBackup {
  path: string;
  sha256?: string;
  connection?: string;
  database?: string;
}

/** What the database holds now, in one sentence, from what the supervisor did. */
export function databaseState(input: RunbookInput): string {
  if (input.rolledBack)
    return "The supervisor restored the backup taken before migrating; the recorded migrations equal those before the deploy.";
  if (input.migrateStarted === false)
    return "The migration never started: this deploy did not change the database.";
  if (input.restoreState === "failed")
    return (
      "The supervisor's restore failed and nothing of it was committed: the database is as the migration left it " +
      "(migrations that finished stay applied; step 1 shows which)."
    );
  if (input.restoreState === "ok")
    return "The backup was restored, but the recorded migrations differ from those before the deploy: check step 1.";
  return "Nothing was restored: the database is as the migration left it (migrations that finished stay applied; step 1 shows which).";
}

/** The exact commands for this deploy: where the backup is, how to restore it by hand, how to check. */
export function renderRunbook(input: RunbookInput): string {
  const q = (words: readonly string[]): string => words.map(shellQuote).join(" ");
  const lines: string[] = ["### Runbook", ""];
  lines.push(
    databaseState(input),
    "",
    input.rolledBack ? "To check, or to restore again by hand, on the host:" : "On the host:",
    "",
    "```sh",
    `ssh -p ${input.target.port} ${shellQuote(`${input.target.user}@${input.target.host}`)}`,
    `cd ${shellQuote(input.appDir)}`,
  );
  lines.push("# 1. what the database has recorded now");
  for (const argv of input.statusCommands) lines.push(q([...input.runPrefix, ...argv]));
  const backups: readonly RunbookBackup[] =
    input.backups ??
    (input.backupPath
      ? [
          {
            path: input.backupPath,
            ...(input.sha256 ? { sha256: input.sha256 } : {}),
            ...(input.connection ? { connection: input.connection } : {}),
          },
        ]
      : []);
  if (backups.length && input.restoreCommand) {
    // A backup-command ran once for the whole app: so does the restore-command.
    const b = backups[0];
    lines.push(
      `# 2. the verified backup taken before migrating (writes made after it are lost by a restore)`,
    );
    verifyLines(lines, b);
    lines.push("# 3. restore it (put the app in maintenance mode first)");
    lines.push(
      `MG_BACKUP_PATH=${shellQuote(b.path)} ${q([...input.runPrefix, "sh", "-c", input.restoreCommand])}`,
    );
  } else if (backups.length) {
    lines.push(
      backups.length > 1
        ? `# 2. the verified backups taken before migrating, one per database (writes made after them are lost by a restore)`
        : `# 2. the verified backup taken before migrating (writes made after it are lost by a restore)`,
    );
    for (const b of backups) verifyLines(lines, b);
    lines.push(
      backups.length > 1
        ? "# 3. restore each (put the app in maintenance mode first)"
        : "# 3. restore it (put the app in maintenance mode first)",
    );
    for (const b of backups) {
      if (b.database && backups.length > 1) lines.push(`# database ${b.database}`);
      // Exported on lines of their own: `PGDATABASE=x cmd "$PGDATABASE"` would expand before assigning.
      if (b.connection) lines.push(`export ${b.connection}`);
      lines.push(
        `export PGPASSWORD=...   # the app's database password, from your secret store; never on the command line`,
        `${q([...input.runPrefix, "pg_restore", "--clean", "--if-exists", "--single-transaction", "--dbname"])} "$PGDATABASE" < ${shellQuote(b.path)}`,
      );
    }
  }
  if (backups.length) {
    lines.push(
      "# 4. then read the status again (step 1): the same migrations must be recorded as before the deploy",
    );
  } else {
    lines.push("# no backup was taken for this deploy (backup: never): restore from your own backups");
  }
  if (input.journal)
    lines.push(`# the supervisor's journal of this deploy`, `cat ${shellQuote(input.journal)}`);
  lines.push("```", "");
  lines.push(
    "`pg_restore --single-transaction` commits all or nothing. `--clean` leaves objects the backup does not know " +
      "(a table a migration created): the supervisor drops those in the same transaction; by hand, drop them " +
      "first. A restore discards every write made after the backup.",
    "",
  );
  return lines.join("\n");
}

function verifyLines(lines: string[], b: RunbookBackup): void {
  lines.push(`ls -l ${shellQuote(b.path)} && sha256sum ${shellQuote(b.path)}`);
  if (b.sha256)
    lines.push(`#    it must print ${b.sha256}: any other sum is not the verified backup, do not restore it`);
}

/** The runbook's view of the journal: did the migration start, and how did the restore end. */
export function runbookState(journal: {
  phases: readonly { phase: string; state: string }[];
}): Pick<RunbookInput, "migrateStarted" | "restoreState"> {
  const restore = [...journal.phases].reverse().find((p) => p.phase === "restore");
  return {
    migrateStarted: journal.phases.some((p) => p.phase === "migrate"),
    ...(restore ? { restoreState: restore.state } : {}),
  };
}
