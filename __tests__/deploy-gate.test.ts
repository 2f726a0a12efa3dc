// The deploy gate fails closed: in a blocking profile anything not proven safe (destructive, needs review,
// a file not found or not recognised, an id with no file, a status output with problems) is held until
// approved, and an approval covers only what it approved. Rails `migrations_paths` come from database.yml.
import { describe, expect, it } from "@jest/globals";
import { DEFAULT_ENVIRONMENTS } from "../src/core/config.js";
import { decideGate, gateHits, type ClassifiedMigration } from "../src/core/deploy/gate.js";
import { railsMigrationsPaths } from "../src/core/deploy/rails-paths.js";
import type { Finding } from "../src/core/types.js";

const production = DEFAULT_ENVIRONMENTS.production;
const staging = DEFAULT_ENVIRONMENTS.staging;

function finding(rule: string, category: Finding["category"], line = 3): Finding {
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

function analysed(id: string, findings: Finding[]): ClassifiedMigration {
  const path = `db/migrate/${id}_x.rb`;
  return {
    pending: { id, patterns: [path] },
    path,
    blob: id.padEnd(40, "0"),
    report: { path, framework: "rails", status: "added", findings },
  };
}

const gate = (migrations: ClassifiedMigration[], extra: Partial<Parameters<typeof decideGate>[0]> = {}) =>
  decideGate({
    environment: "production",
    profile: production,
    migrations,
    allowDestructive: false,
    dryRun: false,
    ...extra,
  });

describe("deploy gate: what it cannot prove safe is held", () => {
  const cases: [string, ClassifiedMigration, string][] = [
    [
      "an unparseable file",
      analysed("1", [finding("unparseable-migration", "needs-review", 1)]),
      "needs-review",
    ],
    [
      "SQL built at run time",
      analysed("2", [finding("unrecognized-operation", "needs-review")]),
      "needs-review",
    ],
    [
      "a file not found on the host",
      { pending: { id: "3", patterns: ["db/migrate/3_*.rb"] }, unread: "not-found", note: "not found" },
      "not-found",
    ],
    [
      "a file not recognised",
      {
        pending: { id: "4", patterns: ["x"] },
        path: "lib/4.rb",
        blob: "b",
        unread: "not-recognised",
        note: "n",
      },
      "not-recognised",
    ],
    [
      "an id mapped to no file",
      { pending: { id: "$(x)", patterns: [] }, unread: "unmapped", note: "n" },
      "unmapped",
    ],
  ];
  for (const [what, migration, reason] of cases) {
    it(`${what} → blocked in production, naming it`, () => {
      const g = gate([migration, analysed("9", [])]);
      expect(g.action).toBe("blocked");
      expect(g.destructive.map((h) => [h.migration, h.reason])).toEqual([[migration.pending.id, reason]]);
      expect(g.message).toContain(migration.path ?? migration.pending.id);
    });
    it(`${what} → warns and pauses in staging`, () => {
      const g = gate([migration], { environment: "staging", profile: staging });
      expect([g.action, g.pauseSeconds, g.destructive.map((h) => h.reason)]).toEqual(["go", 10, [reason]]);
    });
    it(`${what} → allow-destructive lets it through`, () => {
      expect(gate([migration], { allowDestructive: true }).action).toBe("go");
    });
  }

  it("a status output with problems holds the deploy even with readable files", () => {
    const g = gate([analysed("1", [])], { statusProblems: ["no migration table"] });
    expect(g.action).toBe("blocked");
    expect(g.destructive.map((h) => h.reason)).toEqual(["status"]);
    // A PR approval cannot cover what no file carries.
    expect(
      gate([analysed("1", [])], { statusProblems: ["x"], approvedPaths: new Set(["status output"]) }).action,
    ).toBe("blocked");
  });

  it("a PR approval covers only the files it approved", () => {
    const a = analysed("1", [finding("drop-column", "destructive")]);
    const b = analysed("2", [finding("unrecognized-operation", "needs-review")]);
    const one = gate([a, b], { approvedPaths: new Set([a.path!]) });
    expect(one.action).toBe("blocked");
    expect(one.destructive.map((h) => h.migration)).toEqual(["2"]);
    expect(gate([a, b], { approvedPaths: new Set([a.path!, b.path!]) }).action).toBe("go");
  });

  it("acknowledged findings still count; an unused allow comment does not hold a deploy", () => {
    const ack = { ...finding("drop-column", "destructive"), acknowledged: { reason: "r", line: 2 } };
    expect(gate([analysed("1", [ack])]).action).toBe("blocked");
    expect(gate([analysed("1", [finding("unused-allow", "needs-review")])]).action).toBe("go");
  });

  it("locking and other categories do not hold", () => {
    expect(gate([analysed("1", [finding("index-not-concurrent", "locking")])]).action).toBe("go");
    expect(gateHits([analysed("1", [finding("index-not-concurrent", "locking")])])).toEqual([]);
  });
});

describe("Rails migrations_paths from config/database.yml", () => {
  it("reads strings and lists, per environment and per database, tolerating ERB", () => {
    const yml = [
      "default: &default",
      "  adapter: postgresql",
      "  pool: <%= ENV.fetch('RAILS_MAX_THREADS') { 5 } %>",
      "production:",
      "  primary:",
      "    <<: *default",
      "    migrations_paths: db/custom_migrate",
      "  animals:",
      "    <<: *default",
      "    migrations_paths: [./db/animals_migrate/, db/shared]",
      "<% if ENV['X'] %>",
      "staging:",
      "  migrations_paths: db/staging",
      "<% end %>",
    ].join("\n");
    expect(railsMigrationsPaths(yml)).toEqual({
      dirs: ["db/custom_migrate", "db/animals_migrate", "db/shared", "db/staging"],
      problems: [],
    });
    expect(railsMigrationsPaths(yml + "\n").dirs).toContain("db/custom_migrate");
  });

  it("a path outside the app dir, computed by ERB, or a file that is not YAML is a problem, not a silent skip", () => {
    expect(railsMigrationsPaths("production:\n  migrations_paths: /srv/m\n").problems).toHaveLength(1);
    expect(railsMigrationsPaths("production:\n  migrations_paths: ../other/db\n").problems).toHaveLength(1);
    expect(railsMigrationsPaths("production:\n  migrations_paths: <%= ENV['P'] %>\n").problems).toHaveLength(
      1,
    );
    expect(railsMigrationsPaths("production: [\n").problems).toHaveLength(1);
  });
});
