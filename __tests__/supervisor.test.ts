// The host-side supervisor, run with bash as the host runs it (no SSH needed): parameters on stdin, a fake
// app whose status and migrate commands are scripts, and the process table checked afterwards.
import { afterAll, describe, expect, it } from "@jest/globals";
import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { joinedSupervisor } from "./helpers/supervisor-script.js";
import { encodeParams } from "../src/core/deploy/plan.js";
import {
  applyEvent,
  emptyJournal,
  parseLine,
  requestText,
  type Journal,
  type SupervisorEvent,
} from "../src/core/deploy/protocol.js";

const root = mkdtempSync(join(tmpdir(), "mg-supervisor-"));
const SUPERVISOR = joinedSupervisor(root);
afterAll(() => rmSync(root, { recursive: true, force: true }));

let appCount = 0;
/** A fake app: `bin/status` prints a Rails-like table, `bin/migrate` runs what MIGRATE_SCRIPT says. */
function makeApp(
  name = `app${++appCount}`,
  migrate = 'echo "migrating with PGOPTIONS=$PGOPTIONS"\necho ran >> ran.log',
): string {
  const dir = join(root, name);
  mkdirSync(join(dir, "bin"), { recursive: true });
  writeFileSync(join(dir, "bin/status"), '#!/bin/bash\necho "  down    20240102000000  Add email"\n');
  writeFileSync(join(dir, "bin/migrate"), `#!/bin/bash\n${migrate}\n`);
  chmodSync(join(dir, "bin/status"), 0o755);
  chmodSync(join(dir, "bin/migrate"), 0o755);
  return dir;
}

interface Run {
  journal: Journal;
  output: string[];
  raw: string[];
  code: number;
  pid: number;
}

let ids = 0;
function params(appDir: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    MG_DEPLOY_ID: `t${++ids}-${process.pid}`,
    MG_APP_DIR: appDir,
    MG_STATE_DIR: join(root, "state"),
    MG_STATUS_1: "bin/status",
    MG_MIGRATE: "bin/migrate",
    MG_TIMEOUT: "20",
    MG_KILL_GRACE: "1",
    // The backup needs a database; supervisor-backup.int.test.ts covers it against a real one.
    MG_BACKUP: "never",
    ...extra,
  };
}

/** Runs the supervisor; `decide` returns the decision line (or undefined to close stdin without one). */
function runSupervisor(
  p: Record<string, string>,
  decide: (journal: Journal) => string | undefined = () => "go",
  onStart?: (pid: number) => void,
  onEvent?: (event: SupervisorEvent, write: (line: string) => void) => void,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Run> {
  return new Promise((done) => {
    const child = spawn("bash", [SUPERVISOR], { stdio: ["pipe", "pipe", "pipe"], cwd: root, env });
    onStart?.(child.pid!);
    const journal = emptyJournal();
    const output: string[] = [];
    const raw: string[] = [];
    let buffer = "";
    child.stdin.on("error", () => undefined);
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      buffer += chunk;
      let nl: number;
      while ((nl = buffer.indexOf("\n")) >= 0) {
        const line = parseLine(buffer.slice(0, nl));
        buffer = buffer.slice(nl + 1);
        if (line.kind === "event") {
          applyEvent(journal, line.event);
          onEvent?.(line.event, (l) => child.stdin.write(l + "\n"));
          if (line.event.t === "awaiting") {
            const decision = decide(journal);
            if (decision === undefined) child.stdin.end();
            else child.stdin.write(decision + "\n");
          }
          if (line.event.t === "end") child.stdin.end();
        } else if (line.kind === "output") output.push(line.text);
        else raw.push(line.text);
      }
    });
    child.on("close", (code) => done({ journal, output, raw, code: code ?? -1, pid: child.pid! }));
    child.stdin.write(encodeParams(p));
  });
}

function processesMatching(marker: string): string[] {
  const ps = spawnSync("ps", ["-eo", "pid,stat,args"], { encoding: "utf8" }).stdout;
  return ps.split("\n").filter((l) => l.includes(marker) && !/\bZ/.test(l.trim().split(/\s+/)[1] ?? ""));
}

describe("supervisor", () => {
  it("runs the phases in order, streams output, sets PGOPTIONS for the migration only, keeps a journal", async () => {
    const app = makeApp();
    const run = await runSupervisor(params(app, { MG_LOCK_TIMEOUT: "3000" }));
    expect(run.journal.result).toBe("migrated");
    expect(run.journal.phases.map((p) => `${p.phase}:${p.state}`)).toEqual([
      "lock:ok",
      "preflight:ok",
      "update:skipped",
      // No database for this fake app: the database lock is not taken, and the journal says so.
      "db-lock:unverified",
      "pending:ok",
      "gate:ok",
      "backup:skipped",
      "migrate:ok",
    ]);
    expect(run.journal.statuses[0].stdout).toContain("20240102000000");
    expect(run.output).toContain("migrating with PGOPTIONS=-c lock_timeout=3000 -c statement_timeout=20000");
    expect(readFileSync(join(app, "ran.log"), "utf8")).toBe("ran\n");
    const journals = readdirSync(join(root, "state/apps"));
    expect(journals.length).toBeGreaterThan(0);
  });

  it("stops before migrating when the action goes away without a decision", async () => {
    const app = makeApp();
    const run = await runSupervisor(params(app), () => undefined);
    expect(run.journal.result).toBe("failed");
    expect(run.journal.message).toContain("connection-closed");
    expect(existsSync(join(app, "ran.log"))).toBe(false);
  });

  it("stop decisions end with the matching result and never migrate", async () => {
    for (const [decision, result] of [
      ["stop blocked", "blocked"],
      ["stop up-to-date", "up-to-date"],
      ["stop dry-run", "dry-run"],
    ]) {
      const app = makeApp();
      const run = await runSupervisor(params(app), () => decision);
      expect(run.journal.result).toBe(result);
      expect(existsSync(join(app, "ran.log"))).toBe(false);
    }
  });

  it("kills the whole process group at the deadline, even a child that ignores TERM", async () => {
    const marker = `mg-sleeper-${process.pid}-${Date.now()}`;
    const app = makeApp(
      undefined,
      `trap '' TERM\n( exec -a ${marker} sleep 300 ) &\nexec -a ${marker} sleep 300`,
    );
    const started = Date.now();
    const run = await runSupervisor(params(app, { MG_TIMEOUT: "2" }));
    expect(run.journal.result).toBe("timed-out");
    expect(run.journal.deadlineActions).toEqual(["term", "kill"]);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.journal.phases.map((p) => p.phase)).toContain("verify");
    expect(processesMatching(marker)).toEqual([]);
  });

  it("children that leave the group (setsid, nohup, a double fork) die at the deadline and never keep the lock", async () => {
    const marker = `mg-escaper-${process.pid}-${Date.now()}`;
    const app = makeApp(
      undefined,
      [
        `setsid bash -c 'exec -a ${marker} sleep 300' &`,
        `nohup bash -c 'exec -a ${marker} sleep 300' >/dev/null 2>&1 &`,
        `( ( exec -a ${marker} sleep 300 ) & ) &`,
        "sleep 300",
      ].join("\n"),
    );
    const run = await runSupervisor(params(app, { MG_TIMEOUT: "2" }));
    expect(run.journal.result).toBe("timed-out");
    expect(processesMatching(marker)).toEqual([]);
    // The next deploy gets the lock at once.
    const next = await runSupervisor(params(makeApp(undefined, "exit 0"), { MG_LOCK_WAIT: "1" }));
    expect(next.journal.result).toBe("migrated");
    const again = await runSupervisor(params(app, { MG_LOCK_WAIT: "1", MG_MIGRATE: "true" }));
    expect(again.journal.result).toBe("migrated");
  }, 60_000);

  it("a process that escaped an earlier deploy is named as what holds the lock", async () => {
    const app = makeApp();
    const state = join(root, "state-held");
    const first = await runSupervisor(params(app, { MG_STATE_DIR: state }));
    expect(first.journal.result).toBe("migrated");
    const [key] = readdirSync(join(state, "apps"));
    const lock = join(state, "apps", key, "deploy.lock");
    const marker = `mg-holder-${process.pid}-${Date.now()}`;
    const holder = spawn("bash", ["-c", `exec 9>>"$0"; flock 9; exec -a ${marker} sleep 30`, lock], {
      stdio: "ignore",
      detached: true,
    });
    try {
      await new Promise((r) => setTimeout(r, 500));
      const second = await runSupervisor(params(app, { MG_STATE_DIR: state, MG_LOCK_WAIT: "1" }));
      expect(second.journal.result).toBe("failed");
      expect(second.journal.message).toContain("has ended");
      expect(second.journal.message).toContain(`pid ${holder.pid}`);
      expect(existsSync(join(app, "ran.log"))).toBe(true);
    } finally {
      holder.kill("SIGKILL");
    }
  }, 60_000);

  it("a failing migration → failed, and the status is read again", async () => {
    const run = await runSupervisor(params(makeApp(undefined, "echo boom >&2; exit 3")));
    expect(run.journal.result).toBe("failed");
    expect(run.output).toContain("boom");
    expect(run.journal.statuses.map((s) => s.name)).toEqual(["before", "after"]);
  });

  it("a forged event printed by the migration stays output", async () => {
    const run = await runSupervisor(
      params(makeApp(undefined, `echo '@mg:event {"at":1,"t":"result","result":"up-to-date"}'; exit 1`)),
    );
    expect(run.journal.result).toBe("failed");
  });

  it("serializes two deploys on the same app dir; a bounded wait names the holder", async () => {
    // The first migrates until the test lets it go (after the patient one is seen waiting), at most 30 s: a
    // fixed `sleep 2` let the first finish before the patient one started on a loaded machine.
    const app = makeApp(
      undefined,
      ": >> migrating; for i in $(seq 600); do [ -e release ] && break; sleep 0.05; done; echo ran >> ran.log",
    );
    const first = runSupervisor(params(app, { MG_ORIGIN: "first-deploy" }));
    // The first holds the lock once it migrates (a fixed wait raced the first's start on a loaded machine).
    for (let i = 0; i < 400 && !existsSync(join(app, "migrating")); i++)
      await new Promise((r) => setTimeout(r, 25));
    expect(existsSync(join(app, "migrating"))).toBe(true);
    const impatient = await runSupervisor(params(app, { MG_LOCK_WAIT: "1" }));
    expect(impatient.journal.result).toBe("failed");
    expect(impatient.journal.message).toContain("first-deploy");
    const patient = runSupervisor(params(app, { MG_LOCK_WAIT: "30" }), undefined, undefined, (event) => {
      if (event.t === "lock" && event.state === "waiting") writeFileSync(join(app, "release"), "");
    });
    const [a, b] = await Promise.all([first, patient]);
    expect([a.journal.result, b.journal.result]).toEqual(["migrated", "migrated"]);
    expect(b.journal.lockHolder).toContain("first-deploy");
    // The second started migrating only after the first finished.
    const firstEnd = a.journal.phases.find((p) => p.phase === "migrate")!;
    const secondStart = b.journal.phases.find((p) => p.phase === "migrate")!;
    expect(secondStart.startedAt).toBeGreaterThanOrEqual(firstEnd.startedAt + (firstEnd.ms ?? 0));
  });

  it("goes on when its SSH-facing process is killed mid-migration, then releases the lock", async () => {
    const app = makeApp(undefined, "sleep 2; echo ran >> ran.log");
    let frontPid = 0;
    const p = params(app);
    const run = runSupervisor(
      p,
      () => {
        setTimeout(() => process.kill(frontPid, "SIGKILL"), 300);
        return "go";
      },
      (pid) => (frontPid = pid),
    );
    // (tail, its child, may hold our pipe until the worker ends: killing the front only has to not stop it.)
    await run;
    // The worker finishes on its own; its journal says so.
    const dir = readdirSync(join(root, "state/apps"))
      .map((d) => join(root, "state/apps", d, "deploys", p.MG_DEPLOY_ID))
      .find(existsSync)!;
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && !readFileSync(join(dir, "journal.jsonl"), "utf8").includes('"t":"end"')) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(readFileSync(join(dir, "journal.jsonl"), "utf8")).toContain('"result":"migrated"');
    expect(readFileSync(join(app, "ran.log"), "utf8")).toBe("ran\n");
    // Reattaching replays the journal; the lock is free for the next deploy.
    const attached = await runSupervisor({ ...p, MG_MODE: "attach", MG_FROM_LINE: "1" });
    expect(attached.journal.result).toBe("migrated");
    const next = await runSupervisor(params(app, { MG_LOCK_WAIT: "1" }));
    expect(next.journal.result).toBe("migrated");
  });

  it("takes hostile values as data: no injection through app dir or update command parameters", async () => {
    const app = makeApp("evil $(touch INJECTED) ; touch INJECTED2 `touch INJECTED3`");
    const run = await runSupervisor(
      params(app, {
        MG_REF: "main; touch INJECTED4",
        MG_UPDATE_COMMAND:
          'git check-ref-format --branch "$MG_REF" >/dev/null 2>&1 || echo "refused ref: $MG_REF"',
      }),
    );
    expect(run.journal.result).toBe("migrated");
    expect(run.output).toContain("refused ref: main; touch INJECTED4");
    for (const f of ["INJECTED", "INJECTED2", "INJECTED3", "INJECTED4"]) {
      expect(existsSync(join(root, f))).toBe(false);
      expect(existsSync(join(app, f))).toBe(false);
    }
  });

  it("fails preflight for a missing app dir and for a missing command", async () => {
    const missing = await runSupervisor(params(join(root, "nope")));
    expect(missing.journal.phases.find((p) => p.phase === "preflight")?.state).toBe("failed");
    expect(missing.journal.result).toBe("failed");
    const noTool = await runSupervisor(params(makeApp(), { MG_RUN_PREFIX: "no-such-tool-xyz" }));
    expect(noTool.journal.message).toContain("no-such-tool-xyz");
  });

  it("exit 127 through a run-prefix names the command that was not found", async () => {
    const run = await runSupervisor(
      params(makeApp(), { MG_RUN_PREFIX: "env", MG_MIGRATE: "no-such-migrate-xyz" }),
    );
    expect(run.journal.result).toBe("failed");
    expect(run.journal.message).toContain('"no-such-migrate-xyz" was not found by run-prefix "env"');
  });

  it("waits for a worker that is slow to start (a loaded host), and says so at once when it could not start", async () => {
    const bin = join(root, "fake-setsid");
    mkdirSync(bin, { recursive: true });
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH}` };
    const events: SupervisorEvent[] = [];
    const run = (app: string) =>
      runSupervisor(params(app), undefined, undefined, (event) => events.push(event), env);
    // Three seconds before the real setsid: the front waited 2 s for the worker's pid, then failed the deploy.
    writeFileSync(join(bin, "setsid"), '#!/bin/bash\nsleep 3\nexec /usr/bin/setsid "$@"\n');
    chmodSync(join(bin, "setsid"), 0o755);
    const slow = await run(makeApp());
    expect(slow.journal.result).toBe("migrated");
    // A setsid that fails starts no worker: the front says so without waiting out the 30 s.
    writeFileSync(join(bin, "setsid"), "#!/bin/sh\nexit 1\n");
    const started = Date.now();
    const failed = await run(makeApp());
    expect([failed.code, failed.journal.result]).toEqual([2, undefined]);
    expect(events.at(-1)).toEqual(
      expect.objectContaining({ t: "error", message: expect.stringContaining("the worker did not start") }),
    );
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 60_000);

  it("rejects parameter records that are not MG_ names", async () => {
    const child = spawnSync("bash", [SUPERVISOR], { input: "PATH=/evil\0\0", encoding: "utf8" });
    expect(child.status).toBe(2);
    expect(child.stdout).toContain("bad parameter record");
  });

  it("serves the gate's file reads in the deploy's session, once each, never outside the app dir", async () => {
    const app = makeApp();
    mkdirSync(join(app, "db/migrate"), { recursive: true });
    writeFileSync(join(app, "db/migrate/20240102000000_add_email.rb"), "class AddEmail; end\n");
    writeFileSync(join(root, "outside.rb"), "secret\n");
    const patterns = "db/migrate/20240102000000_*.rb\n../*.rb\n/etc/passwd\n$(touch INJECTED).rb";
    const request = `read 7 ${requestText(patterns)}`;
    const events: SupervisorEvent[] = [];
    const run = await runSupervisor(
      params(app),
      // The same read said twice (as a reattached action says again what it said): answered once.
      () => `${request}\n${request}`,
      undefined,
      (event, write) => {
        if (event.t === "file" || event.t === "files-end") events.push(event);
        if (event.t === "files-end") write("stop dry-run");
      },
    );
    expect(run.journal.result).toBe("dry-run");
    const files = events.filter((e) => e.t === "file");
    expect(files.map((f) => [f.req, f.path])).toEqual([["7", "db/migrate/20240102000000_add_email.rb"]]);
    expect(Buffer.from(String(files[0].b64), "base64").toString()).toBe("class AddEmail; end\n");
    expect(events.filter((e) => e.t === "files-end")).toEqual([
      expect.objectContaining({ req: "7", count: 1, truncated: 0 }),
    ]);
    expect(existsSync(join(app, "INJECTED"))).toBe(false);
    // The bytes travel on the stream only: the journal on the host keeps what happened, not the files.
    const journal = readFileSync(String(run.journal.journalPath), "utf8");
    expect(journal).toContain('"t":"files-end"');
    expect(journal).not.toContain('"t":"file",');
  });

  it("answers a read of several files with each one's bytes, stops a file at the limit, and fails a read it cannot finish", async () => {
    const app = makeApp();
    const dir = join(app, "db/migrate");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "1_a.rb"), "class A; end\n");
    writeFileSync(join(dir, "2_b with space.rb"), "class B; end\n");
    const limit = 1048576; // READ_FILE_MAX
    writeFileSync(join(dir, "3_big.rb"), Buffer.alloc(limit + 100, "x"));
    // A regular file by stat whose read fails (EIO), as an unreadable file does for a user without root.
    symlinkSync("/proc/self/mem", join(dir, "4_unreadable.rb"));
    const request = (id: number, patterns: string[]) => `read ${id} ${requestText(patterns.join("\n"))}`;
    const events: SupervisorEvent[] = [];
    const run = await runSupervisor(
      params(app),
      () =>
        request(1, ["db/migrate/*_a.rb", "db/migrate/2_*.rb", "db/migrate/3_big.rb", "db/migrate/9_*.rb"]),
      undefined,
      (event, write) => {
        if (event.t === "file" || event.t === "files-end") events.push(event);
        if (event.t === "files-end" && event.req === "1")
          write(request(2, ["db/migrate/1_a.rb", "db/migrate/4_*.rb"]));
        if (event.t === "files-end" && event.req === "2") write("stop dry-run");
      },
    );
    expect(run.journal.result).toBe("dry-run");
    const bytes = (e: SupervisorEvent) => Buffer.from(String(e.b64), "base64");
    const first = events.filter((e) => e.req === "1" && e.t === "file");
    expect(first.map((e) => [e.pattern, e.path, e.size])).toEqual([
      ["db/migrate/*_a.rb", "db/migrate/1_a.rb", 13],
      ["db/migrate/2_*.rb", "db/migrate/2_b with space.rb", 13],
      ["db/migrate/3_big.rb", "db/migrate/3_big.rb", limit + 100],
    ]);
    expect(bytes(first[0]).toString()).toBe("class A; end\n");
    expect(bytes(first[1]).toString()).toBe("class B; end\n");
    // One byte past the limit, so the action sees the file is larger than it reads.
    expect(bytes(first[2]).length).toBe(limit + 1);
    expect(events.find((e) => e.req === "1" && e.t === "files-end")).toEqual(
      expect.objectContaining({ count: 3, truncated: 0 }),
    );
    // The unreadable file ends its read with an error (the gate stops), not with an empty file.
    const second = events.filter((e) => e.req === "2");
    expect(second.filter((e) => e.t === "file").map((e) => e.path)).toEqual(["db/migrate/1_a.rb"]);
    expect(second.find((e) => e.t === "files-end")).toEqual(
      expect.objectContaining({
        count: 1,
        error: expect.stringContaining("db/migrate/4_unreadable.rb could not be read"),
      }),
    );
  });
});
