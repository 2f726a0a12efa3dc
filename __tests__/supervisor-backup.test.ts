// The supervisor's backup and restore phases, run with bash as the host runs them, with stand-ins for the
// PostgreSQL clients and `df` first on PATH: each records its argv and whether the password reached it
// through the environment. The real clients against a real database: deploy-safety.int.test.ts.
import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "@jest/globals";
import { spawn } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { joinedSupervisor } from "./helpers/supervisor-script.js";
import { encodeParams } from "../src/core/deploy/plan.js";
import { applyEvent, emptyJournal, parseLine, type Journal } from "../src/core/deploy/protocol.js";

const root = mkdtempSync(join(tmpdir(), "mg-supervisor-backup-"));
const SUPERVISOR = joinedSupervisor(root);
afterAll(() => rmSync(root, { recursive: true, force: true }));
const PASSWORD = "s3cret-pw-do-not-leak";

// Stand-ins: the dump is `PGDMP` + the database state file; --list accepts only files starting with PGDMP;
// the restore (pg_restore --file=- | psql) writes the dumped state back.
const FAKE_BIN = join(root, "fake-bin");
function fake(name: string, body: string): void {
  mkdirSync(FAKE_BIN, { recursive: true });
  writeFileSync(
    join(FAKE_BIN, name),
    // One write per line: the restore runs pg_restore and psql at once, both logging.
    `#!/bin/bash\nprintf -v line ' %q' "$@"; printf '%s argv:%s db:%s env:%s\\n' ${name} "$line" "\${PGDATABASE-}" "\${PGPASSWORD-none}" >>"$FAKE_LOG"\n` +
      // A database of a multi-database app has a state file of its own: FAKE_DB.<PGDATABASE>.
      `[[ -e $FAKE_DB.\${PGDATABASE-} ]] && FAKE_DB=$FAKE_DB.$PGDATABASE\n${body}\n`,
  );
  chmodSync(join(FAKE_BIN, name), 0o755);
}
// FAKE_DUMP: `garbage` writes no archive; `big` writes ~3 MB after the header (many pipe buffers' worth).
fake(
  "pg_dump",
  `[[ \${FAKE_DUMP-} == garbage ]] && { echo "not an archive"; exit 0; }
printf "PGDMP\\n"; [[ \${FAKE_DUMP-} == big ]] && head -c 3000000 /dev/zero | tr '\\0' x && echo; cat "$FAKE_DB"`,
);
fake(
  "pg_restore",
  `if [[ $1 == --list ]]; then
  head -c 5 | grep -q PGDMP || { echo "pg_restore: error: input file does not appear to be a valid archive" >&2; exit 1; }
  printf ';\\n; Archive\\n1; TABLE users\\n2; TABLE DATA users\\n'
else tail -n +2; fi`,
);
fake(
  "psql",
  `if [[ " $* " == *" -c "* ]]; then echo "\${FAKE_DB_SIZE:-1000}"; exit 0; fi
# the database lock: a session that answers each try-lock with "true" until end of input
if [[ $PGAPPNAME == migration-guard-lock:* ]]; then while read -r _; do echo "true held"; done; exit 0; fi
input=$(cat)
if [[ $input == *pg_terminate_backend* ]]; then echo 0; exit 0; fi
# the restore: what follows the clean-up block is the dumped state (the closing COMMIT is ours)
printf '%s\\n' "$input" | sed -n '/^END$/,$p' | sed '1,2d; /^COMMIT;$/d' > "$FAKE_DB"`,
);
fake("df", 'printf "Avail\\n%s\\n" "${FAKE_FREE:-100000000}"');

let count = 0;
function makeApp(migrate: string): { dir: string; db: string; log: string } {
  const dir = join(root, `app${++count}`);
  mkdirSync(join(dir, "bin"), { recursive: true });
  const db = join(dir, "db.state");
  writeFileSync(db, "users: alice, bob\n");
  // The status reads the fake database: what is recorded is what the state file says.
  writeFileSync(
    join(dir, "bin/status"),
    `#!/bin/bash\necho "  down    20240102000000  Add email"\ncat "${db}"\n`,
  );
  writeFileSync(join(dir, "bin/migrate"), `#!/bin/bash\n${migrate}\n`);
  writeFileSync(
    join(dir, "bin/dbconfig"),
    `#!/bin/bash\nprintf 'MG_PG %s\\n' PGHOST=db.internal PGDATABASE=shop PGUSER=app PGPASSWORD=${PASSWORD}\n`,
  );
  for (const f of ["status", "migrate", "dbconfig"]) chmodSync(join(dir, "bin", f), 0o755);
  return { dir, db, log: join(dir, "fake.log") };
}

interface Run {
  journal: Journal;
  stdout: string;
}

/** Longer than any run here takes under load (~1 s), shorter than jest's 30 s for a test of several runs. */
const RUN_LIMIT_MS = 9_000;

function runSupervisor(
  app: { dir: string; db: string; log: string },
  extra: Record<string, string> = {},
  env: Record<string, string> = {},
  health = "health ok",
): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn("bash", [SUPERVISOR], {
      stdio: ["pipe", "pipe", "pipe"],
      cwd: root,
      env: {
        ...process.env,
        PATH: `${FAKE_BIN}:${process.env.PATH}`,
        FAKE_LOG: app.log,
        FAKE_DB: app.db,
        ...env,
      },
    });
    const journal = emptyJournal();
    let stdout = "";
    let buffer = "";
    child.stdin.on("error", () => undefined);
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      buffer += chunk;
      let nl: number;
      while ((nl = buffer.indexOf("\n")) >= 0) {
        const line = parseLine(buffer.slice(0, nl));
        buffer = buffer.slice(nl + 1);
        if (line.kind !== "event") continue;
        applyEvent(journal, line.event);
        if (line.event.t === "awaiting")
          child.stdin.write(line.event.phase === "health" ? `${health}\n` : "go\n");
        if (line.event.t === "end") child.stdin.end();
      }
    });
    // A run takes well under a second; one that hangs fails with what the supervisor said so far (once, in CI,
    // a run waited at its gate for a decision this harness never sent, and jest's timeout said nothing more).
    const hung = setTimeout(() => {
      child.kill("SIGKILL");
      fail(new Error(`the supervisor did not end within ${RUN_LIMIT_MS} ms; its output so far:\n${stdout}`));
    }, RUN_LIMIT_MS);
    child.on("close", () => {
      clearTimeout(hung);
      done({ journal, stdout });
    });
    child.stdin.write(
      encodeParams({
        MG_DEPLOY_ID: `b${count}-${Date.now()}`,
        MG_APP_DIR: app.dir,
        MG_STATE_DIR: join(root, "state"),
        MG_ENVIRONMENT: "production",
        MG_SHA: "0123456789abcdef0123",
        MG_DATABASE: "postgresql",
        MG_STATUS_1: "bin/status",
        MG_MIGRATE: "bin/migrate",
        MG_DBCONFIG: "bin/dbconfig",
        MG_BACKUP: "always",
        MG_BACKUP_DIR: join(app.dir, "backups"),
        MG_TIMEOUT: "20",
        MG_KILL_GRACE: "1",
        ...extra,
      }),
    );
  });
}

const phases = (run: Run): string[] => run.journal.phases.map((p) => `${p.phase}:${p.state}`);

describe("supervisor backup and restore", () => {
  it("a failed migration → the verified backup is restored and the recorded migrations match → rolled-back", async () => {
    const app = makeApp('echo "users: alice, bob, EVE" > "$FAKE_DB"; echo "schema changed"; exit 1');
    const run = await runSupervisor(app);
    expect(run.journal.result).toBe("rolled-back");
    expect(phases(run)).toEqual([
      "lock:ok",
      "preflight:ok",
      "update:skipped",
      "db-lock:ok",
      "pending:ok",
      "gate:ok",
      "backup:ok",
      "migrate:failed",
      "restore:ok",
      "restore-check:ok",
    ]);
    expect(readFileSync(app.db, "utf8")).toBe("users: alice, bob\n");
    const b = run.journal.backup!;
    expect(b.path).toMatch(/\/backups\/production-\d{8}T\d{6}Z-0123456789ab-[0-9a-f]{12}\.dump$/);
    expect(b.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(b.entries).toBe(2);
    expect(b.verified).toBe("pg_restore-list");
    // The connection is described without the password.
    expect(b.connection).toBe("PGHOST=db.internal PGDATABASE=shop PGUSER=app");
  });

  it("a multi-database app → a lock, a verified backup and a restore for each database", async () => {
    const app = makeApp(
      'echo "users: changed" > "$FAKE_DB.shop"; echo "dogs: changed" > "$FAKE_DB.zoo"; exit 1',
    );
    writeFileSync(`${app.db}.shop`, "users: alice, bob\n");
    writeFileSync(`${app.db}.zoo`, "dogs: rex\n");
    writeFileSync(
      join(app.dir, "bin/dbconfig"),
      `#!/bin/bash\necho "MG_DB primary postgresql"\nprintf 'MG_PG %s\\n' PGHOST=db.internal PGDATABASE=shop PGUSER=app PGPASSWORD=${PASSWORD}\n` +
        `echo "MG_DB animals postgresql"\nprintf 'MG_PG %s\\n' PGHOST=db2.internal PGDATABASE=zoo PGUSER=app PGPASSWORD=${PASSWORD}\n`,
    );
    const run = await runSupervisor(app);
    expect(run.journal.result).toBe("rolled-back");
    expect(readFileSync(`${app.db}.shop`, "utf8")).toBe("users: alice, bob\n");
    expect(readFileSync(`${app.db}.zoo`, "utf8")).toBe("dogs: rex\n");
    expect(run.journal.backups.map((b) => [b.database, b.connection])).toEqual([
      ["primary", "PGHOST=db.internal PGDATABASE=shop PGUSER=app"],
      ["animals", "PGHOST=db2.internal PGDATABASE=zoo PGUSER=app"],
    ]);
    expect(run.journal.backups.map((b) => b.path.replace(/^.*-[0-9a-f]{12}/, ""))).toEqual([
      ".primary.dump",
      ".animals.dump",
    ]);
    const log = readFileSync(app.log, "utf8").trim().split("\n");
    const lockSessions = log
      .filter((l) => l.startsWith("psql") && l.includes("holder="))
      .map((l) => /db:(\S*)/.exec(l)?.[1]);
    expect(lockSessions).toEqual(["shop", "zoo"]);
    expect(log.filter((l) => l.startsWith("pg_dump")).map((l) => /db:(\S*)/.exec(l)?.[1])).toEqual([
      "shop",
      "zoo",
    ]);
  });

  it("a multi-database app with a database it cannot back up (another adapter) → nothing migrates", async () => {
    const app = makeApp("echo ran >> ran.log");
    writeFileSync(
      join(app.dir, "bin/dbconfig"),
      `#!/bin/bash\necho "MG_DB primary postgresql"\nprintf 'MG_PG %s\\n' PGHOST=db.internal PGDATABASE=shop\n` +
        `echo "MG_DB cache sqlite3"\nprintf 'MG_PG %s\\n' PGDATABASE=db/cache.sqlite3\n`,
    );
    const run = await runSupervisor(app);
    expect(run.journal.result).toBe("failed");
    expect(run.journal.message).toContain("sqlite3");
    expect(existsSync(join(app.dir, "ran.log"))).toBe(false);
  });

  it("credentials reach the clients through the environment, never their argv or the stream", async () => {
    const app = makeApp("exit 1");
    const run = await runSupervisor(app);
    expect(run.journal.result).toBe("rolled-back");
    const log = readFileSync(app.log, "utf8").trim().split("\n");
    const tools = new Set(log.map((l) => l.split(" ")[0]));
    expect(tools).toEqual(new Set(["psql", "pg_dump", "pg_restore", "df"]));
    for (const line of log) {
      const [argv, env] = line.split(" env:");
      expect(argv).not.toContain(PASSWORD);
      if (!line.startsWith("df")) expect(env).toBe(PASSWORD);
    }
    expect(run.stdout).not.toContain(PASSWORD);
    const journal = readFileSync(run.journal.journalPath!, "utf8");
    expect(journal).not.toContain(PASSWORD);
    expect(
      log.some((l) => /^pg_dump argv: --format=custom --lock-wait-timeout=5000 db:shop env:/.test(l)),
    ).toBe(true);
  });

  it("a dump that does not verify → removed, and the migration never starts", async () => {
    const app = makeApp("echo ran >> ran.log");
    const run = await runSupervisor(app, {
      MG_BACKUP_COMMAND: 'head -c 4096 /dev/urandom > "$MG_BACKUP_PATH"',
    });
    expect(run.journal.result).toBe("failed");
    expect(run.journal.message).toContain("did not verify");
    expect(phases(run)).not.toContain("migrate:ok");
    expect(existsSync(join(app.dir, "ran.log"))).toBe(false);
    expect(readdirSync(join(app.dir, "backups"))).toEqual([]);
  });

  it("the built-in dump is checked as it streams: one that is no archive → removed, and the migration never starts", async () => {
    const app = makeApp("echo ran >> ran.log");
    const run = await runSupervisor(app, {}, { FAKE_DUMP: "garbage" });
    expect(run.journal.result).toBe("failed");
    expect(run.journal.message).toContain("did not verify");
    expect(run.journal.message).toContain("does not appear to be a valid archive");
    expect(phases(run)).not.toContain("migrate:ok");
    expect(existsSync(join(app.dir, "ran.log"))).toBe(false);
    expect(readdirSync(join(app.dir, "backups"))).toEqual([]);
  });

  it("a dump far larger than a pipe's buffer streams past the check whole: the file, its sha256 and its entries", async () => {
    const app = makeApp("echo ran >> ran.log");
    const run = await runSupervisor(app, {}, { FAKE_DUMP: "big" });
    expect(run.journal.result).toBe("migrated");
    const b = run.journal.backup!;
    const bytes = readFileSync(b.path!);
    expect(bytes.length).toBe("PGDMP\n".length + 3000000 + 1 + "users: alice, bob\n".length);
    expect(b.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(b.entries).toBe(2);
    // Nothing the stream's check used is left beside the backup.
    expect(readdirSync(join(app.dir, "backups"))).toEqual([b.path!.split("/").pop()]);
  });

  it("less free disk than the database → stopped before the dump, with the figures", async () => {
    const app = makeApp("echo ran >> ran.log");
    const run = await runSupervisor(app, {}, { FAKE_FREE: "1048576", FAKE_DB_SIZE: "7340032" });
    expect(run.journal.result).toBe("failed");
    expect(run.journal.message).toContain(
      "1.0 MiB free (1048576 bytes), the database is 7.0 MiB (7340032 bytes)",
    );
    expect(run.journal.backupCheck).toMatchObject({ databaseBytes: 7340032, freeBytes: 1048576 });
    expect(existsSync(join(app.dir, "ran.log"))).toBe(false);
    expect(readFileSync(app.log, "utf8")).not.toContain("pg_dump");
  });

  it("keeps the last backup-keep backups of the environment, and nothing else of the directory", async () => {
    const app = makeApp("exit 0");
    mkdirSync(join(app.dir, "backups"));
    writeFileSync(join(app.dir, "backups/notes.txt"), "mine\n");
    const paths: string[] = [];
    for (let i = 0; i < 3; i++) {
      const run = await runSupervisor(app, { MG_BACKUP_KEEP: "2" });
      expect(run.journal.result).toBe("migrated");
      paths.push(run.journal.backup!.path);
    }
    const left = readdirSync(join(app.dir, "backups")).sort();
    expect(left).toEqual([...paths.slice(1).map((p) => p.split("/").pop()!), "notes.txt"].sort());
  });

  it("backup: never → no dump; a failure is not restored and says so", async () => {
    const app = makeApp('echo "users: changed" > "$FAKE_DB"; exit 1');
    const run = await runSupervisor(app, { MG_BACKUP: "never" });
    expect(run.journal.result).toBe("failed");
    expect(run.journal.message).toContain("No backup was taken (backup: never)");
    expect(phases(run)).toContain("backup:skipped");
    expect(readFileSync(app.db, "utf8")).toBe("users: changed\n");
  });

  it("restore-command overrides the restore; a restore that does not bring the recorded migrations back → failed", async () => {
    const app = makeApp('echo "users: changed" > "$FAKE_DB"; exit 1');
    const run = await runSupervisor(app, { MG_RESTORE_COMMAND: 'echo "restoring $MG_BACKUP_PATH"; true' });
    expect(run.journal.result).toBe("failed");
    expect(run.journal.message).toContain("recorded migrations differ");
    expect(run.stdout).toContain("restoring " + run.journal.backup!.path);
  });

  it("unhealthy after migrating with on-failure: restore → maintenance mode on again, restored, off", async () => {
    const app = makeApp('echo "users: alice, bob, new-column" > "$FAKE_DB"');
    const run = await runSupervisor(
      app,
      {
        MG_HEALTH: "true",
        MG_HEALTH_TIMEOUT: "5",
        MG_PRE_MIGRATE_COMMAND: "echo on >> maintenance.log",
        MG_POST_MIGRATE_COMMAND: "echo off >> maintenance.log",
      },
      {},
      "health failed http://app/health: HTTP 503, status degraded",
    );
    expect(run.journal.result).toBe("rolled-back");
    expect(phases(run).slice(6)).toEqual([
      "backup:ok",
      "pre-migrate:ok",
      "migrate:ok",
      "post-migrate:ok",
      "health:failed",
      "pre-migrate:ok",
      "restore:ok",
      "restore-check:ok",
      "post-migrate:ok",
    ]);
    expect(run.journal.message).toContain("unhealthy after migrating");
    expect(readFileSync(app.db, "utf8")).toBe("users: alice, bob\n");
    expect(readFileSync(join(app.dir, "maintenance.log"), "utf8")).toBe("on\noff\non\noff\n");
  });

  it("unhealthy with on-failure: none → failed, the migration stays", async () => {
    const app = makeApp('echo "users: migrated" > "$FAKE_DB"');
    const run = await runSupervisor(
      app,
      { MG_HEALTH: "true", MG_ON_FAILURE: "none" },
      {},
      "health failed degraded",
    );
    expect(run.journal.result).toBe("failed");
    expect(run.journal.message).toContain("The migrations stay applied (on-failure: none)");
    expect(readFileSync(app.db, "utf8")).toBe("users: migrated\n");
  });
});
