// The pure parts of the deploy: status parsers per framework, argv splitting, the gate, the protocol, the
// supervisor parameters and the summary.
import { describe, expect, it } from "@jest/globals";
import { DEFAULT_ENVIRONMENTS } from "../src/core/config.js";
import { splitArgv } from "../src/core/deploy/argv.js";
import { decideGate, type ClassifiedMigration } from "../src/core/deploy/gate.js";
import { encodeParams, makeDeployId, supervisorParams } from "../src/core/deploy/plan.js";
import { PRESETS } from "../src/core/deploy/presets.js";
import { applyEvent, emptyJournal, parseLine, statusRound } from "../src/core/deploy/protocol.js";
import {
  driftStatus,
  parseAlembic,
  parseDjango,
  parseKnex,
  parseRails,
  parseStatus,
} from "../src/core/deploy/status.js";
import { renderDeploySummary } from "../src/core/deploy/summary.js";
import type { Finding } from "../src/core/types.js";

const RAILS_MULTI = `

database: shop_production

 Status   Migration ID    Migration Name
--------------------------------------------------
   up     20240101000000  Create users
  down    20240102000000  Add email to users
   up     20230101000000  ********** NO FILE **********


database: shop_animals

 Status   Migration ID    Migration Name
--------------------------------------------------
   up     20240101000001  Create dogs
  down    20240301000000  Drop cats

`;

describe("rails status", () => {
  it("reads every database block: down rows pending, NO FILE rows ahead", () => {
    const r = parseRails(RAILS_MULTI);
    expect(r.pending.map((p) => [p.id, p.database])).toEqual([
      ["20240102000000", "shop_production"],
      ["20240301000000", "shop_animals"],
    ]);
    expect(r.ahead).toEqual([{ id: "20230101000000", database: "shop_production" }]);
    expect(r.applied).toEqual(["20240101000000", "20230101000000", "20240101000001"]);
    expect(r.pending[0].patterns[0]).toBe("db/migrate/20240102000000_*.rb");
    expect(driftStatus(r)).toBe("pending");
    expect(r.problems).toEqual([]);
  });
  it("single database without a header; nothing pending", () => {
    const r = parseRails(
      " Status   Migration ID    Migration Name\n----\n   up     20240101000000  Create users\n",
    );
    expect(r.pending).toEqual([]);
    expect(driftStatus(r)).toBe("up-to-date");
  });
  it("an unreadable output is a problem, never up to date", () => {
    const r = parseRails("Could not connect to server");
    expect(r.problems.length).toBe(1);
    expect(driftStatus(r)).toBe("unknown");
  });
  it("ahead only", () => {
    const r = parseRails(
      " Status   Migration ID    Migration Name\n   up     20230101000000  ********** NO FILE **********\n",
    );
    expect(driftStatus(r)).toBe("ahead");
  });
});

describe("django status", () => {
  it("[ ] rows are pending, in plan order", () => {
    const r = parseDjango(
      "[X]  contenttypes.0001_initial\n[X]  shop.0001_initial\n[ ]  shop.0002_add_email\n[ ]  shop.0003_drop_cats\n",
    );
    expect(r.pending.map((p) => p.id)).toEqual(["shop.0002_add_email", "shop.0003_drop_cats"]);
    expect(r.pending[0].patterns[0]).toBe("shop/migrations/0002_add_email.py");
    expect(r.applied).toEqual(["contenttypes.0001_initial", "shop.0001_initial"]);
  });
});

describe("alembic status", () => {
  const history = "b2 -> c3 (head), drop cats\na1 -> b2, add email\n<base> -> a1, create users\n";
  it("pending = revisions not at or below current, oldest first", () => {
    expect(parseAlembic("a1\n", history).pending.map((p) => p.id)).toEqual(["b2", "c3"]);
    expect(parseAlembic("c3 (head)\n", history).pending).toEqual([]);
    expect(parseAlembic("", history).pending.map((p) => p.id)).toEqual(["a1", "b2", "c3"]);
  });
  it("a current revision missing from history means the database is ahead", () => {
    expect(parseAlembic("zz9 (head)\n", history).ahead).toEqual([{ id: "zz9" }]);
  });
  it("merge points", () => {
    const h =
      "b2, x2 -> m3 (head) (mergepoint), merge\na1 -> x2, branch\na1 -> b2, add\n<base> -> a1, init\n";
    expect(parseAlembic("b2\n", h).pending.map((p) => p.id)).toEqual(["x2", "m3"]);
  });
});

describe("knex status", () => {
  it("reads the pending section", () => {
    const out =
      "Using environment: production\nFound 1 Completed Migration file/files.\n20240101_create.js \nFound 2 Pending Migration file/files.\n20240102_add.js \n20240103_drop.js \n";
    const r = parseKnex(out);
    expect(r.pending.map((p) => p.id)).toEqual(["20240102_add.js", "20240103_drop.js"]);
    expect(r.applied).toEqual(["20240101_create.js"]);
    expect(
      parseKnex("No Completed Migration files Found.\nNo Pending Migration files Found.\n").pending,
    ).toEqual([]);
  });
});

describe("parseStatus", () => {
  it("ids with glob or path characters never become patterns", () => {
    const r = parseStatus("knex", ["Found 1 Pending Migration file/files.\n../../etc/passwd\n"]);
    expect(r.pending[0].patterns).toEqual([]);
    expect(r.problems.length).toBe(1);
  });
});

describe("splitArgv", () => {
  it("splits like a shell without expanding", () => {
    expect(splitArgv(`docker exec -e "A B" app-prod 'bin/rails' $HOME\\ x`)).toEqual([
      "docker",
      "exec",
      "-e",
      "A B",
      "app-prod",
      "bin/rails",
      "$HOME x",
    ]);
    expect(() => splitArgv("a 'b")).toThrow(/unclosed/);
  });
});

function finding(rule: string, category: Finding["category"], line: number): Finding {
  return {
    rule,
    category,
    severity: "error",
    line,
    endLine: line,
    message: "m",
    safeAlternative: "",
    docsUrl: "",
  };
}

function migration(id: string, findings: Finding[]): ClassifiedMigration {
  return {
    pending: { id, patterns: [] },
    path: `db/migrate/${id}_x.rb`,
    report: { path: `db/migrate/${id}_x.rb`, framework: "rails", status: "added", findings },
  };
}

describe("gate", () => {
  const production = DEFAULT_ENVIRONMENTS.production;
  const staging = DEFAULT_ENVIRONMENTS.staging;
  const destructive = [migration("1", [finding("drop-column", "destructive", 3)]), migration("2", [])];
  it("nothing pending → up-to-date", () => {
    expect(
      decideGate({
        environment: "production",
        profile: production,
        migrations: [],
        allowDestructive: false,
        dryRun: false,
      }).action,
    ).toBe("up-to-date");
  });
  it("destructive in production → blocked, naming file, line and the approval", () => {
    const g = decideGate({
      environment: "production",
      profile: production,
      migrations: destructive,
      allowDestructive: false,
      dryRun: false,
    });
    expect(g.action).toBe("blocked");
    expect(g.message).toContain("db/migrate/1_x.rb:3");
    expect(g.message).toContain("allow-destructive: true");
  });
  it("approved → go, no pause", () => {
    const g = decideGate({
      environment: "production",
      profile: production,
      migrations: destructive,
      allowDestructive: true,
      dryRun: false,
    });
    expect([g.action, g.pauseSeconds]).toEqual(["go", 0]);
  });
  it("staging → go after the pause", () => {
    const g = decideGate({
      environment: "staging",
      profile: staging,
      migrations: destructive,
      allowDestructive: false,
      dryRun: false,
    });
    expect([g.action, g.pauseSeconds]).toEqual(["go", 10]);
  });
  it("non-destructive findings do not block", () => {
    const m = [migration("1", [finding("index-not-concurrent", "locking", 2)])];
    expect(
      decideGate({
        environment: "production",
        profile: production,
        migrations: m,
        allowDestructive: false,
        dryRun: false,
      }).action,
    ).toBe("go");
  });
  it("dry run never migrates, but still reports a block", () => {
    expect(
      decideGate({
        environment: "production",
        profile: production,
        migrations: [migration("2", [])],
        allowDestructive: false,
        dryRun: true,
      }).action,
    ).toBe("dry-run");
  });
});

describe("protocol", () => {
  it("separates events, output and raw text; a forged event inside output stays output", () => {
    expect(parseLine('@mg:event {"at":1,"t":"end"}').kind).toBe("event");
    expect(parseLine('@mg:out @mg:event {"at":1,"t":"result","result":"migrated"}')).toEqual({
      kind: "output",
      text: '@mg:event {"at":1,"t":"result","result":"migrated"}',
    });
    expect(parseLine('@mg:event {"at":1,"t":{"x":1}}').kind).toBe("raw");
    expect(parseLine("bash: oops").kind).toBe("raw");
  });
  it("folds events into a journal", () => {
    const j = emptyJournal();
    const lines = [
      '{"at":1,"t":"hello","deploy":"d1"}',
      '{"at":2,"t":"phase","phase":"pending","state":"start"}',
      `{"at":3,"t":"status","name":"before","index":1,"rc":0,"stdout":"${Buffer.from("out").toString("base64")}","stderr":""}`,
      '{"at":4,"t":"phase","phase":"pending","state":"ok","ms":2}',
      '{"at":5,"t":"result","result":"migrated","message":""}',
      '{"at":6,"t":"end"}',
    ];
    for (const l of lines) {
      const p = parseLine(`@mg:event ${l}`);
      if (p.kind === "event") applyEvent(j, p.event);
    }
    expect(j.deployId).toBe("d1");
    expect(j.phases).toEqual([{ phase: "pending", state: "ok", startedAt: 2, ms: 2 }]);
    expect(statusRound(j, "before")[0].stdout).toBe("out");
    expect([j.result, j.ended]).toEqual(["migrated", true]);
  });
  it("folds the one-boot runner's per-migration progress, per database", () => {
    const j = emptyJournal();
    for (const l of [
      '{"at":1,"t":"migration","state":"start","id":"1","database":"primary","name":"A"}',
      '{"at":2,"t":"migration","state":"done","id":"1","database":"primary","ms":7}',
      '{"at":3,"t":"migration","state":"start","id":"1","database":"animals","name":"B"}',
    ]) {
      const p = parseLine(`@mg:event ${l}`);
      if (p.kind === "event") applyEvent(j, p.event);
    }
    expect(j.progress).toEqual([
      { id: "1", database: "primary", name: "A", state: "done", ms: 7 },
      { id: "1", database: "animals", name: "B", state: "running" },
    ]);
  });
});

describe("plan", () => {
  it("encodes parameters as NUL records; hostile values stay data", () => {
    const params = supervisorParams({
      deployId: "d",
      appDir: "/srv/app; rm -rf / #$(id)",
      environment: "production",
      framework: "rails",
      database: "postgresql",
      runPrefix: ["docker", "exec", "app"],
      updateCommand: "git pull",
      statusCommands: [["bin/rails", "db:migrate:status"]],
      migrateCommand: ["bin/rails", "db:migrate"],
      timeout: 600,
      lockTimeoutMs: 5000,
      lockWait: 900,
      decisionWait: 300,
      origin: "acme/shop run 1",
      ref: "main",
      sha: "abc",
    });
    expect(params.MG_RUN_PREFIX).toBe("docker\nexec\napp");
    const encoded = encodeParams(params);
    expect(encoded.endsWith("\0\0")).toBe(true);
    expect(encoded).toContain("MG_APP_DIR=/srv/app; rm -rf / #$(id)\0");
    expect(() => encodeParams({ MG_X: "a\0b" })).toThrow();
    expect(makeDeployId(new Date("2024-01-02T03:04:05.678Z"), "123", "abc!def")).toBe(
      "20240102T030405Z-123-abcdef",
    );
    // No runner unless the plan has one (custom status/migrate commands: readDeploySettings leaves it out).
    expect(params.MG_RUNNER).toBeUndefined();
  });
  it("passes the one-boot runner's command and kind; the code is the supervisor's own", () => {
    const params = supervisorParams({
      deployId: "d",
      appDir: "app",
      environment: "production",
      framework: "django",
      database: "postgresql",
      runPrefix: [],
      updateCommand: "",
      statusCommands: PRESETS.django.status,
      migrateCommand: PRESETS.django.migrate,
      runner: PRESETS.django.runner,
      timeout: 600,
      lockTimeoutMs: 5000,
      lockWait: 900,
      decisionWait: 300,
      origin: "o",
      ref: "",
      sha: "",
    });
    expect([params.MG_RUNNER, params.MG_RUNNER_KIND]).toEqual(["python3\nmanage.py\nshell\n-c", "django"]);
  });
});

describe("summary", () => {
  it("renders phases, pending table and findings; data cannot break the table", () => {
    const md = renderDeploySummary({
      title: "Migration Guard deploy",
      result: "blocked",
      environment: "production",
      target: "deploy@db1:22",
      appDir: "/srv/app",
      phases: [{ phase: "pending", state: "ok", startedAt: 0, ms: 1500 }],
      migrations: [migration("1", [finding("drop-column", "destructive", 3)])],
      ahead: [{ id: "9", database: "main" }],
      destructive: [],
      applied: [],
      message: "a | b\nc",
    });
    expect(md).toContain("| pending | ok | 1.5 s |");
    expect(md).toContain("drop-column (destructive) line 3");
    expect(md).toContain("a \\| b c");
    expect(md).toContain("Database ahead of the code");
  });
});

describe("deploy summary of a multi-database app", () => {
  it("a row per database's backup, and the restore estimate for their total size", () => {
    const backup = (database: string, path: string, sha: string, size: number) => ({
      path,
      bytes: 1000,
      sha256: sha,
      databaseBytes: size,
      freeBytes: 0,
      entries: 7,
      dumpMs: 1,
      verifyMs: 1,
      pruned: 0,
      verified: "pg_restore-list",
      connection: "",
      database,
    });
    const backups = [
      backup("primary", "/b/x.primary.dump", "a".repeat(64), 800 * 1024 ** 2),
      backup("animals", "/b/x.animals.dump", "b".repeat(64), 400 * 1024 ** 2),
    ];
    const md = renderDeploySummary({
      title: "Migration Guard deploy",
      result: "migrated",
      environment: "production",
      target: "deploy@db1:22",
      appDir: "/srv/app",
      phases: [],
      migrations: [],
      ahead: [],
      destructive: [],
      applied: [],
      backup: backups[0],
      backups,
    });
    expect(md).toContain(`| primary | \`/b/x.primary.dump\` |`);
    expect(md).toContain(`| animals | \`/b/x.animals.dump\` |`);
    expect(md).toContain("b".repeat(64));
    // 1.2 GiB together: past the 1 GB band, though each alone is under it.
    expect(md).toContain("15-30 minutes");
  });
});

describe("presets", () => {
  it("every preset command is argv words without a newline (the supervisor splits words on newlines)", () => {
    for (const [framework, preset] of Object.entries(PRESETS)) {
      const words = [
        ...preset.status,
        preset.migrate,
        preset.dbconfig ?? [],
        preset.runner?.argv ?? [],
      ].flat();
      expect({ framework, newlines: words.filter((w) => w.includes("\n")) }).toEqual({
        framework,
        newlines: [],
      });
    }
  });
});
