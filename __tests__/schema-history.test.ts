// The schema history: a folder's migrations replayed in order, and the verdicts that depend on what came before.
import { analyzeFile } from "../src/core/analyze.js";
import { DEFAULT_CONFIG, parseConfig, type Config } from "../src/core/config.js";
import { folderHistories, historyScope, type FolderFile } from "../src/core/folder-history.js";
import type { Parsers } from "../src/core/parsers.js";
import { createGit } from "../src/adapters/git.js";
import { analyzeDiff, type GitReader } from "../src/core/analyze-diff.js";
import { readSchemaPrisma } from "../src/core/frameworks/prisma/schema-reader.js";
import { migrationOrder } from "../src/core/schema/index.js";
import { byName, naturalCompare } from "../src/core/schema/order.js";
import type { Origin } from "../src/core/schema/index.js";
import { loadParsers } from "../src/parsers/index.js";
import { makeRepo } from "./helpers/git-repo.js";

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers();
});

type Folder = Record<string, string>;

/** Rule ids and lines of `path`, analysed with (or, `alone`, without) the folder around it as its history. */
function verdict(
  folder: Folder,
  path: string,
  options: { alone?: boolean; config?: Config; origins?: Record<string, Origin> } = {},
): [string, number][] {
  const config = options.config ?? DEFAULT_CONFIG;
  const files: FolderFile[] = Object.entries(folder).map(([p, content]) => ({
    path: p,
    content,
    origin: options.origins?.[p] ?? "history",
  }));
  const history = folderHistories(files, parsers, config);
  const report = analyzeFile(
    { path, content: folder[path], status: "added", ...(options.alone ? {} : { history }) },
    parsers,
    config,
  );
  // Reversibility is not what these tests judge (an `up` alone has no way back).
  return report!.findings.filter((f) => f.rule !== "irreversible-migration").map((f) => [f.rule, f.line]);
}

function messages(folder: Folder, path: string, alone = false): string[] {
  const history = folderHistories(
    Object.entries(folder).map(([p, content]) => ({ path: p, content, origin: "history" as const })),
    parsers,
    DEFAULT_CONFIG,
  );
  return analyzeFile(
    { path, content: folder[path], status: "added", ...(alone ? {} : { history }) },
    parsers,
    DEFAULT_CONFIG,
  )!.findings.map((f) => f.message);
}

// `up`: only what runs forward, and no reversibility finding in the way of the verdict under test.
const rails = (name: string, body: string) =>
  `class ${name} < ActiveRecord::Migration[6.1]\n  def up\n${body}\n  end\nend\n`;

describe("migration order per framework", () => {
  it("Rails and SQL files by their leading numbers, not as text; down halves and Flyway undo scripts left out", () => {
    const order = (framework: Parameters<typeof migrationOrder>[0], paths: string[]) =>
      migrationOrder(
        framework,
        paths.map((path) => ({ path })),
      ).map((f) => f.path);
    expect(order("rails", ["m/20240102_b.rb", "m/20231231_a.rb"])).toEqual([
      "m/20231231_a.rb",
      "m/20240102_b.rb",
    ]);
    expect(order("flyway", ["V10__c.sql", "V2__b.sql", "U2__b.sql", "V1__a.sql", "R__views.sql"])).toEqual([
      "V1__a.sql",
      "V2__b.sql",
      "V10__c.sql",
    ]);
    expect(order("golang-migrate", ["2_b.up.sql", "2_b.down.sql", "1_a.up.sql"])).toEqual([
      "1_a.up.sql",
      "2_b.up.sql",
    ]);
  });

  it("compares names as the numeric, case-blind ICU collator does, without building it", () => {
    const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
    const sign = (n: number) => Math.sign(n);
    // Every printable ASCII character, weighted towards the ones migration names are made of; a fixed seed.
    const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join("");
    const alphabet = ascii + "0000111222999aAbBzZ___---...";
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const name = () =>
      Array.from(
        { length: 1 + Math.floor(random() * 8) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join("");
    const mismatches: string[] = [];
    for (let k = 0; k < 20000; k++) {
      const a = name();
      const b = random() < 0.5 ? name() : a.slice(0, Math.floor(random() * a.length)) + name();
      if (sign(naturalCompare(a, b)) !== sign(collator.compare(a, b)))
        mismatches.push(`${JSON.stringify(a)} ${JSON.stringify(b)}`);
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    // A folder past the collator's threshold is sorted by the collator itself: the same order as the keys give.
    const many = Array.from({ length: 2500 }, (_, k) => ({ path: `m/${name()}${k % 7}` }));
    const byKeys = [...many].sort((a, b) => naturalCompare(a.path, b.path));
    expect(byName(many).map((f) => f.path)).toEqual(byKeys.map((f) => f.path));
    // Long versions (beyond a double's 15 digits), leading zeros, and a name outside ASCII.
    expect(sign(naturalCompare("V20240101120000123__a.sql", "V20240101120000124__a.sql"))).toBe(-1);
    expect(naturalCompare("0001_a", "1_a")).toBe(0);
    expect(sign(naturalCompare("V1__init", "V1_1__more"))).toBe(-1);
    expect(sign(naturalCompare("é_b", "f_a"))).toBe(sign(collator.compare("é_b", "f_a")));
  });

  it("Alembic by the down_revision chain, whatever the file names", () => {
    const rev = (id: string, down: string) => `revision = "${id}"\ndown_revision = ${down}\n`;
    const files = [
      { path: "v/aaa_third.py", source: rev("c3", '"b2"') },
      { path: "v/zzz_first.py", source: rev("a1", "None") },
      { path: "v/mmm_second.py", source: rev("b2", '"a1"') },
    ];
    expect(migrationOrder("alembic", files).map((f) => f.path)).toEqual([
      "v/zzz_first.py",
      "v/mmm_second.py",
      "v/aaa_third.py",
    ]);
  });

  it("Django by the dependencies graph", () => {
    const dj = (deps: string) => `class Migration(migrations.Migration):\n    dependencies = [${deps}]\n`;
    const files = [
      { path: "shop/migrations/0002_merge.py", source: dj('("shop", "0002_b"), ("shop", "0002_a")') },
      { path: "shop/migrations/0002_b.py", source: dj('("shop", "0001_initial")') },
      { path: "shop/migrations/0002_a.py", source: dj('("shop", "0001_initial")') },
      { path: "shop/migrations/0001_initial.py", source: dj("") },
    ];
    expect(migrationOrder("django", files).map((f) => f.path)).toEqual([
      "shop/migrations/0001_initial.py",
      "shop/migrations/0002_a.py",
      "shop/migrations/0002_b.py",
      "shop/migrations/0002_merge.py",
    ]);
  });

  it("ranks a file that cannot order by content by its name without reading it; Python files are read", () => {
    const reads: string[] = [];
    const file = (path: string, text: string): FolderFile => ({
      path,
      content: () => {
        reads.push(path);
        return text;
      },
      origin: "history",
    });
    const sql = folderHistories(
      [
        file("db/migrations/000010_b.up.sql", "DROP TABLE b;\n"),
        file("db/migrations/000002_a.up.sql", "CREATE TABLE a (id int);\n"),
        file("db/migrations/notes.txt", "not a migration"),
      ],
      parsers,
      DEFAULT_CONFIG,
    );
    expect(sql.rank("db/migrations/000002_a.up.sql")).toBeLessThan(sql.rank("db/migrations/000010_b.up.sql"));
    expect(reads).toEqual([]);
    // Django orders by what its files say: ranking reads them (each once).
    const django = (name: string, deps: string) =>
      `from django.db import migrations\n\n\nclass Migration(migrations.Migration):\n    dependencies = [${deps}]\n    operations = []\n`;
    const py = folderHistories(
      [
        file("shop/migrations/0002_b.py", django("0002_b", '("shop", "0001_a")')),
        file("shop/migrations/0001_a.py", django("0001_a", "")),
      ],
      parsers,
      DEFAULT_CONFIG,
    );
    expect(py.rank("shop/migrations/0001_a.py")).toBeLessThan(py.rank("shop/migrations/0002_b.py"));
    expect(reads.sort()).toEqual(["shop/migrations/0001_a.py", "shop/migrations/0002_b.py"]);
  });
});

describe("drops judged against what existed", () => {
  const folder: Folder = {
    "db/migrate/20240101000000_create_users.rb": rails(
      "CreateUsers",
      "    create_table :users do |t|\n      t.string :name, limit: 50\n    end",
    ),
    "db/migrate/20240102000000_drop_imports.rb": rails(
      "DropImports",
      "    drop_table :imports, if_exists: true",
    ),
    "db/migrate/20240103000000_drop_users.rb": rails("DropUsers", "    drop_table :users, if_exists: true"),
  };

  it("IF EXISTS on a table no migration before created deletes nothing", () => {
    expect(verdict(folder, "db/migrate/20240102000000_drop_imports.rb")).toEqual([]);
  });

  it("IF EXISTS on a table that exists is still destructive", () => {
    expect(verdict(folder, "db/migrate/20240103000000_drop_users.rb")).toEqual(
      expect.arrayContaining([["drop-table", 3]]),
    );
  });

  it("without a history the drop is flagged, and the message says the history was missing", () => {
    expect(verdict(folder, "db/migrate/20240102000000_drop_imports.rb", { alone: true })).toEqual(
      expect.arrayContaining([["drop-table", 3]]),
    );
    expect(messages(folder, "db/migrate/20240102000000_drop_imports.rb", true).join(" ")).toMatch(
      /no migration history/,
    );
  });

  it("a history that does not start at the beginning (a table no migration created) proves no absence", () => {
    const squashed: Folder = {
      "db/migrate/20240101000000_touch_legacy.rb": rails(
        "TouchLegacy",
        "    add_column :legacy, :x, :string",
      ),
      "db/migrate/20240102000000_drop_imports.rb": rails(
        "DropImports",
        "    drop_table :imports, if_exists: true",
      ),
    };
    expect(verdict(squashed, "db/migrate/20240102000000_drop_imports.rb")).toEqual(
      expect.arrayContaining([["drop-table", 3]]),
    );
  });

  it("SQL: DROP TABLE IF EXISTS after raw SQL the reader could not follow stays destructive", () => {
    const sql: Folder = {
      "migrations/001_init.sql": "CREATE TABLE users (id bigint);\n",
      "migrations/002_dyn.sql": "DO $$ BEGIN EXECUTE 'CREATE TABLE imports (id int)'; END $$;\n",
      "migrations/003_drop.sql": "DROP TABLE IF EXISTS imports;\n",
    };
    const config = parseConfig("paths:\n  sql: ['migrations/*.sql']\n");
    expect(verdict(sql, "migrations/003_drop.sql", { config })).toEqual(
      expect.arrayContaining([["drop-table", 1]]),
    );
    const clean = { ...sql, "migrations/002_dyn.sql": "CREATE INDEX i ON users (id);\n" };
    expect(verdict(clean, "migrations/003_drop.sql", { config }).filter(([r]) => r === "drop-table")).toEqual(
      [],
    );
  });

  it("a table an earlier migration of the same change created holds no production rows", () => {
    const pr: Folder = {
      "db/migrate/20240101000000_create_users.rb": folder["db/migrate/20240101000000_create_users.rb"]!,
      "db/migrate/20240105000000_create_drafts.rb": rails(
        "CreateDrafts",
        "    create_table :drafts do |t|\n      t.string :body\n    end",
      ),
      "db/migrate/20240106000000_drop_drafts.rb": rails(
        "DropDrafts",
        "    drop_table :drafts\n    remove_column :users, :name",
      ),
    };
    const path = "db/migrate/20240106000000_drop_drafts.rb";
    expect(
      verdict(pr, path, { origins: { "db/migrate/20240105000000_create_drafts.rb": "change" } }),
    ).toEqual([["drop-column", 4]]);
    // The same files already merged: the table may hold rows.
    expect(verdict(pr, path)).toEqual(expect.arrayContaining([["drop-table", 3]]));
  });
});

describe("locking statements on a table an earlier migration of the same change created", () => {
  // The same history for every locking rule: a table the change adds held no production row, so rewriting or
  // scanning it blocks no one; the same files already merged may hold rows, and the statements lock them.
  const config = parseConfig("paths:\n  sql: ['migrations/*.sql']\n");
  const folder: Folder = {
    "migrations/001_create.sql":
      "CREATE TABLE events (id bigint, at timestamptz, during tstzrange) PARTITION BY RANGE (at);\n" +
      "CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');\n" +
      "CREATE INDEX events_at ON events_2024 (at);\n",
    "migrations/002_maintain.sql":
      "CLUSTER events_2024 USING events_at;\n" +
      "REINDEX TABLE events_2024;\n" +
      "VACUUM FULL events_2024;\n" +
      "ALTER TABLE events_2024 ADD CONSTRAINT no_overlap EXCLUDE USING gist (during WITH &&);\n" +
      "ALTER TABLE events DETACH PARTITION events_2024;\n",
  };
  const path = "migrations/002_maintain.sql";
  const locking = [
    ["cluster-table", 1],
    ["reindex-not-concurrent", 2],
    ["vacuum-full", 3],
    ["add-exclusion-constraint", 4],
    ["detach-partition-not-concurrent", 5],
  ];
  const ruleIds = new Set(locking.map(([rule]) => rule));
  const found = (origins?: Record<string, Origin>) =>
    verdict(folder, path, { config, ...(origins ? { origins } : {}) }).filter(([rule]) => ruleIds.has(rule));

  it("are quiet when the change created the table", () => {
    expect(found({ "migrations/001_create.sql": "change" })).toEqual([]);
  });

  it("lock a table already in the repository", () => {
    expect(found().sort((a, b) => a[1] - b[1])).toEqual(locking);
  });

  it("Rails: remove_index on the change's table is quiet; on a merged one it locks", () => {
    const pr: Folder = {
      "db/migrate/20240101000000_create_events.rb": rails(
        "CreateEvents",
        "    create_table :events do |t|\n      t.datetime :at, index: true\n    end",
      ),
      "db/migrate/20240102000000_drop_index.rb": rails("DropIndex", "    remove_index :events, :at"),
    };
    const at = "db/migrate/20240102000000_drop_index.rb";
    const drops = (origins?: Record<string, Origin>) =>
      verdict(pr, at, origins ? { origins } : {}).filter(([rule]) => rule === "drop-index-not-concurrent");
    expect(drops({ "db/migrate/20240101000000_create_events.rb": "change" })).toEqual([]);
    expect(drops()).toEqual([["drop-index-not-concurrent", 3]]);
  });
});

describe("type changes judged against the old type", () => {
  const create = rails(
    "CreateUsers",
    "    create_table :users do |t|\n      t.string :name, limit: 50\n      t.text :bio\n      t.bigint :score\n      t.datetime :seen_at, precision: 6\n    end",
  );
  const folder = (change: string): Folder => ({
    "db/migrate/20240101000000_create_users.rb": create,
    "db/migrate/20240102000000_change.rb": `class Change < ActiveRecord::Migration[6.1]\n  def up\n${change}\n  end\nend\n`,
  });
  const types = (change: string) =>
    verdict(folder(change), "db/migrate/20240102000000_change.rb")
      .map(([rule]) => rule)
      .filter((r) => /type/.test(r));

  it.each([
    ["change_column :users, :name, :text", []],
    ["change_column :users, :name, :string, limit: 100", []],
    [
      "change_column :users, :bio, :string, limit: 20",
      ["change-column-type", "column-type-rewrite", "lossy-type-change"],
    ],
    [
      "change_column :users, :score, :integer",
      ["change-column-type", "column-type-rewrite", "lossy-type-change"],
    ],
    [
      "change_column :users, :seen_at, :datetime, precision: 3",
      ["change-column-type", "column-type-rewrite", "lossy-type-change"],
    ],
  ])("%s → %j", (change, expected) => {
    expect(types(`    ${change}`)).toEqual(expected);
  });

  it("SQL: varchar(50) → text is a widening, bigint → integer a narrowing, text → citext a widening", () => {
    const config = parseConfig("paths:\n  sql: ['migrations/*.sql']\n");
    const sql = (change: string): Folder => ({
      "migrations/001_init.sql": "CREATE TABLE users (id bigint, name varchar(50), bio text);\n",
      "migrations/002_change.sql": change,
    });
    const rules = (change: string) =>
      verdict(sql(change), "migrations/002_change.sql", { config })
        .map(([r]) => r)
        .filter((r) => /type/.test(r));
    expect(rules("ALTER TABLE users ALTER COLUMN name TYPE text;\n")).toEqual([]);
    expect(rules("ALTER TABLE users ALTER COLUMN bio TYPE citext;\n")).toEqual([]);
    expect(rules("ALTER TABLE users ALTER COLUMN id TYPE integer;\n")).toContain("lossy-type-change");
    // Without the history the old type of `name` is unknown: text is not narrow whatever the source, but
    // the change still reads as a rewrite.
    expect(
      verdict(sql("ALTER TABLE users ALTER COLUMN name TYPE text;\n"), "migrations/002_change.sql", {
        config,
        alone: true,
      }).map(([r]) => r),
    ).toContain("column-type-rewrite");
  });
});

describe("SQLite table rebuilds against the old table's columns", () => {
  const config = parseConfig("database: sqlite\npaths:\n  sql: ['migrations/*.sql']\n");
  const rebuild = (select: string) => `CREATE TABLE new_users (id integer PRIMARY KEY, name text);
INSERT INTO new_users (id, name) SELECT ${select} FROM users;
DROP TABLE users;
ALTER TABLE new_users RENAME TO users;
`;
  const folder = (
    second: string,
    first = "CREATE TABLE users (id integer PRIMARY KEY, name text, legacy text);\n",
  ) => ({
    "migrations/001_init.sql": first,
    "migrations/002_rebuild.sql": second,
  });
  const rules = (f: Folder, alone = false) => verdict(f, "migrations/002_rebuild.sql", { config, alone });

  it("a rebuild that leaves a column behind drops that column, at the DROP", () => {
    expect(rules(folder(rebuild("id, name")))).toEqual([["drop-column", 3]]);
  });

  it("a rebuild that carries every column is not a drop", () => {
    const all = folder(rebuild("id, name"), "CREATE TABLE users (id integer PRIMARY KEY, name text);\n");
    expect(rules(all)).toEqual([]);
    expect(rules(folder(rebuild("*")))).toEqual([]);
  });

  it("columns copied through expressions are for a human to check", () => {
    expect(rules(folder(rebuild("id, upper(name)")))).toEqual([["unrecognized-operation", 3]]);
  });

  it("the state after a rebuild is the new table under the old name", () => {
    const f = {
      ...folder(rebuild("id, name")),
      "migrations/003_again.sql": rebuild("id, name").replace(/new_users/g, "users_v3"),
    };
    // The second rebuild carries every column the first one left (id, name): nothing is dropped. Read
    // against the first table (with legacy), it would report legacy again.
    expect(verdict(f, "migrations/003_again.sql", { config })).toEqual([]);
  });
});

describe("Django AlterField against the field's previous definition", () => {
  const initial = `from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Coupon",
            fields=[
                ("id", models.BigAutoField(primary_key=True)),
                ("code", models.CharField(max_length=32)),
                ("note", models.TextField(null=True)),
            ],
        ),
    ]
`;
  const alter = (name: string, field: string) => `from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("shop", "0001_initial")]

    operations = [
        migrations.AlterField(model_name="coupon", name="${name}", field=${field}),
    ]
`;
  const folder = (name: string, field: string): Folder => ({
    "shop/migrations/0001_initial.py": initial,
    "shop/migrations/0002_alter.py": alter(name, field),
  });
  const rules = (name: string, field: string, alone = false) =>
    verdict(folder(name, field), "shop/migrations/0002_alter.py", { alone }).map(([r]) => r);

  it("a nullability-only change is not a type change", () => {
    expect(rules("code", "models.CharField(max_length=32, null=True)")).toEqual([]);
  });

  it("AlterField to NOT NULL is read as set-not-null", () => {
    expect(rules("note", "models.TextField()")).toEqual(["set-not-null"]);
  });

  it("a longer max_length is a widening; a shorter one loses data", () => {
    expect(rules("code", "models.CharField(max_length=64)")).toEqual([]);
    expect(rules("code", "models.CharField(max_length=16)")).toEqual(
      expect.arrayContaining(["lossy-type-change"]),
    );
  });
});

describe("Prisma: each migration in a folder of its own", () => {
  const init = "prisma/migrations/20240101000000_init/migration.sql";
  const drop = "prisma/migrations/20240102000000_drop/migration.sql";
  // `between`: what a listed name between the two gives (null: it holds no migration.sql).
  const folder = (between: string | null | undefined): FolderFile[] => [
    { path: drop, content: 'DROP TABLE IF EXISTS "Ghost";\n', origin: "history" },
    { path: "prisma/migrations/20240101500000_x/migration.sql", content: between, origin: "history" },
    { path: init, content: 'CREATE TABLE "Legacy" (id integer);\n', origin: "history" },
  ];
  const rules = (files: FolderFile[]) =>
    analyzeFile(
      {
        path: drop,
        content: 'DROP TABLE IF EXISTS "Ghost";\n',
        status: "added",
        history: folderHistories(files, parsers, DEFAULT_CONFIG),
      },
      parsers,
      DEFAULT_CONFIG,
    )!.findings.map((f) => f.rule);

  it("the history's folder is the one above the migration's own, and its files are each folder's migration.sql", () => {
    const PRISMA_SCOPE = { depth: 2, file: "migration.sql", dumpExtension: ".prisma" };
    expect(historyScope(drop, DEFAULT_CONFIG)).toEqual(PRISMA_SCOPE);
    // A schema folder's migrations beside its files (prismaSchemaFolder's prisma/schema/) are Prisma's too.
    expect(historyScope("prisma/schema/migrations/1_a/migration.sql", DEFAULT_CONFIG)).toEqual(PRISMA_SCOPE);
    // A custom folder routed to Prisma by the config has the same shape.
    const custom = parseConfig("paths:\n  prisma: ['db/schema-changes/*/migration.sql']\n");
    expect(historyScope("db/schema-changes/1_a/migration.sql", custom)).toEqual(PRISMA_SCOPE);
    expect(historyScope("db/migrate/20240101000000_a.rb", DEFAULT_CONFIG)).toEqual({
      depth: 1,
      dumps: ["structure.sql", "schema.rb"],
    });
    expect(historyScope("db/animals_migrate/20240101000000_a.rb", DEFAULT_CONFIG)).toMatchObject({
      dumps: ["animals_structure.sql", "animals_schema.rb"],
    });
    expect(historyScope("migrations/001_a.sql", DEFAULT_CONFIG)).toEqual({ depth: 1 });
    // A bare migration.sql names no folder above its own: it cannot be placed among siblings.
    expect(historyScope("migration.sql", custom)).toEqual({ depth: 1 });
  });

  it("a name that holds no migration.sql is no migration; one that cannot be read proves no absence", () => {
    expect(rules(folder(null))).toEqual([]);
    expect(rules(folder(undefined))).toContain("drop-table");
  });
});

type Dumps = Record<string, string | Uint8Array | null | undefined>;

/**
 * Rule ids and lines of `path` with the folder as its history and `dumps` beside it (by name; undefined: none
 * at all). `origins`: the files the change under review adds, when not all are already in the repository.
 */
function seededRules(
  files: Record<string, string | null>,
  path: string,
  dumps: Dumps | undefined,
  options: { origins?: Record<string, Origin>; config?: Config } = {},
): [string, number][] {
  const config = options.config ?? DEFAULT_CONFIG;
  return analyzeFile(
    {
      path,
      content: files[path]!,
      status: "added",
      history: folderHistories(
        Object.entries(files).map(([p, content]) => ({
          path: p,
          content,
          origin: options.origins?.[p] ?? "history",
        })),
        parsers,
        config,
        undefined,
        dumps && new Map(Object.entries(dumps)),
      ),
    },
    parsers,
    config,
  )!
    .findings.filter((f) => f.rule !== "irreversible-migration")
    .map((f) => [f.rule, f.line]);
}

describe("Rails: a squashed history seeded from db/schema.rb", () => {
  const schema = (version: string, body: string) =>
    `ActiveRecord::Schema[7.1].define(version: ${version}) do\n${body}\nend\n`;
  const DUMP = schema(
    "2024_01_01_000000",
    '  create_table "legacy", force: :cascade do |t|\n    t.string "name"\n  end',
  );
  const drop = (table: string) => rails("DropIt", `    drop_table :${table}, if_exists: true`);
  const rules = (files: Record<string, string>, path: string, dump: string | Uint8Array | undefined) =>
    seededRules(files, path, dump === undefined ? undefined : { "schema.rb": dump });

  it("a table the dump has is dropped by a newer migration even with if_exists; one in neither is not", () => {
    const newer = "db/migrate/20240201000000_drop_it.rb";
    expect(rules({ [newer]: drop("legacy") }, newer, DUMP)).toEqual([["drop-table", 3]]);
    expect(rules({ [newer]: drop("ghost") }, newer, DUMP)).toEqual([]);
    // Without the dump the ghost's drop cannot be proven empty.
    expect(rules({ [newer]: drop("ghost") }, newer, undefined)).toEqual([["drop-table", 3]]);
  });

  it("the dump seeds only migrations newer than its version", () => {
    const older = "db/migrate/20231201000000_drop_it.rb";
    expect(rules({ [older]: drop("ghost") }, older, DUMP)).toEqual([["drop-table", 3]]);
  });

  it("never makes absent what a migration at or before its version created", () => {
    const files = {
      "db/migrate/20231201000000_create_orders.rb": rails(
        "CreateOrders",
        "    create_table :orders do |t|\n      t.string :ref\n    end",
      ),
      "db/migrate/20240201000000_drop_it.rb": drop("orders"),
    };
    // The dump (stale or hand-edited) lacks `orders`: the table the migration created is still there.
    expect(rules(files, "db/migrate/20240201000000_drop_it.rb", DUMP)).toEqual([["drop-table", 3]]);
  });

  it("a dump that cannot be read seeds nothing and breaks nothing", () => {
    const newer = "db/migrate/20240201000000_drop_it.rb";
    for (const bad of [
      'ActiveRecord::Schema[7.1].define(version: 2024_01_01_000000) do\n  create_table "ghost" do |t|\n',
      schema('"2024"', '  create_table "x"'),
      "puts 1\n",
      new Uint8Array([0xff, 0xfe, 0x00]),
    ])
      expect(rules({ [newer]: drop("ghost") }, newer, bad)).toEqual([["drop-table", 3]]);
  });
});

describe("Rails: a squashed history seeded from db/structure.sql", () => {
  // pg_dump's layout as Rails writes it (schema_format = :sql), with the versions list Rails appends.
  const structure = (body: string, versions = ["20231101000000", "20240101000000"]) =>
    [
      "--",
      "-- PostgreSQL database dump",
      "--",
      "",
      "\\restrict Xy12",
      "SET statement_timeout = 0;",
      "SELECT pg_catalog.set_config('search_path', '', false);",
      "CREATE SCHEMA billing;",
      "CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;",
      "-- CREATE TABLE public.ghost (id bigint);",
      "CREATE TABLE public.legacy (",
      "    id bigint NOT NULL,",
      "    name character varying(50)",
      ");",
      "COMMENT ON TABLE public.legacy IS 'CREATE TABLE ghost (x int);';",
      "CREATE TABLE billing.invoices (",
      "    id bigint NOT NULL,",
      "    total numeric(10,2)",
      ");",
      "ALTER TABLE ONLY public.legacy ADD COLUMN nickname character varying(20);",
      "ALTER TABLE ONLY public.legacy ADD CONSTRAINT legacy_pkey PRIMARY KEY (id);",
      "CREATE INDEX index_legacy_on_name ON public.legacy USING btree (name);",
      "CREATE VIEW public.named AS SELECT legacy.name FROM public.legacy;",
      body,
      "\\unrestrict Xy12",
      "",
      'SET search_path TO "$user", public;',
      "",
      ...(versions.length
        ? [
            `INSERT INTO "schema_migrations" (version) VALUES\n${versions.map((v) => `('${v}')`).join(",\n")};`,
          ]
        : []),
      "",
    ].join("\n");
  const STRUCTURE = structure("");
  const newer = "db/migrate/20240201000000_drop_it.rb";
  const drop = (table: string) => rails("DropIt", `    drop_table ${JSON.stringify(table)}, if_exists: true`);
  const rules = (files: Record<string, string>, path: string, dump: string | Uint8Array | null) =>
    seededRules(files, path, { "structure.sql": dump, "schema.rb": null });

  it("a table its CREATE TABLE makes is dropped by a newer migration even with if_exists; one in neither is not", () => {
    expect(rules({ [newer]: drop("legacy") }, newer, STRUCTURE)).toEqual([["drop-table", 3]]);
    expect(rules({ [newer]: drop("billing.invoices") }, newer, STRUCTURE)).toEqual([["drop-table", 3]]);
    expect(rules({ [newer]: drop("ghost") }, newer, STRUCTURE)).toEqual([]);
    // A view, an index, a schema, a function are no tables.
    for (const name of ["named", "index_legacy_on_name", "invoices"])
      expect(rules({ [newer]: drop(name) }, newer, STRUCTURE)).toEqual([]);
    // Without a dump the ghost's drop cannot be proven empty.
    expect(rules({ [newer]: drop("ghost") }, newer, null)).toEqual([["drop-table", 3]]);
  });

  it("a table named only in a comment or a string is not there; one its own statement makes is", () => {
    const withGhost = structure("CREATE TABLE public.ghost (id bigint);");
    expect(rules({ [newer]: drop("ghost") }, newer, STRUCTURE)).toEqual([]);
    expect(rules({ [newer]: drop("ghost") }, newer, withGhost)).toEqual([["drop-table", 3]]);
  });

  it("seeds the columns with their types: CREATE TABLE's and ALTER TABLE ADD COLUMN's", () => {
    const change = (body: string) => ({ [newer]: rails("ChangeIt", body) });
    // varchar(20) (from ADD COLUMN) to text widens; to varchar(10) narrows.
    expect(rules(change("    change_column :legacy, :nickname, :text"), newer, STRUCTURE)).toEqual([]);
    expect(
      rules(change("    change_column :legacy, :nickname, :string, limit: 10"), newer, STRUCTURE).map(
        ([r]) => r,
      ),
    ).toContain("change-column-type");
    // The table a change creates "if not exists" is the dump's, with its rows: its column's drop loses data.
    const files = {
      "db/migrate/20240201000000_ensure_legacy.rb": rails(
        "EnsureLegacy",
        "    create_table :legacy, if_not_exists: true do |t|\n      t.string :name\n    end",
      ),
      "db/migrate/20240202000000_drop_name.rb": rails("DropName", "    remove_column :legacy, :name"),
    };
    const origins = Object.fromEntries(Object.keys(files).map((p) => [p, "change" as const]));
    const path = "db/migrate/20240202000000_drop_name.rb";
    expect(seededRules(files, path, { "structure.sql": STRUCTURE }, { origins })).toEqual([
      ["drop-column", 3],
    ]);
    expect(seededRules(files, path, undefined, { origins })).toEqual([]);
  });

  it("the version is the highest of the list: migrations at or before it are not seeded", () => {
    // Listed out of order: 20240101000000 is the highest.
    const shuffled = structure("", ["20240101000000", "20231101000000"]);
    const atVersion = "db/migrate/20240101000000_drop_it.rb";
    expect(rules({ [atVersion]: drop("ghost") }, atVersion, shuffled)).toEqual([["drop-table", 3]]);
    expect(rules({ [newer]: drop("ghost") }, newer, shuffled)).toEqual([]);
    // A dump newer than the migration: not seeded either.
    const later = structure("", ["20240301000000"]);
    expect(rules({ [newer]: drop("ghost") }, newer, later)).toEqual([["drop-table", 3]]);
  });

  it("a table dropped after the dump is gone, and one created again is there", () => {
    const files = {
      [newer]: rails("DropLegacy", "    drop_table :legacy"),
      "db/migrate/20240202000000_drop_again.rb": drop("legacy"),
    };
    expect(rules(files, "db/migrate/20240202000000_drop_again.rb", STRUCTURE)).toEqual([]);
    const recreated = {
      ...files,
      "db/migrate/20240202000000_drop_again.rb": rails(
        "CreateLegacy",
        "    create_table :legacy do |t|\n      t.string :name\n    end",
      ),
      "db/migrate/20240203000000_drop_recreated.rb": drop("legacy"),
    };
    expect(rules(recreated, "db/migrate/20240203000000_drop_recreated.rb", STRUCTURE)).toEqual([
      ["drop-table", 3],
    ]);
  });

  it("a dump that cannot be read wholly seeds nothing and proves no absence", () => {
    for (const bad of [
      structure("CREATE TABLE public.broken (id bigint"),
      structure("\\i more.sql"),
      structure("", []),
      structure("").replace("('20240101000000')", "('2024-01-01')"),
      // A table whose columns come from elsewhere; a statement that drops what it made.
      structure("CREATE TABLE public.child () INHERITS (public.legacy);"),
      structure("DROP TABLE public.legacy;"),
      structure("DO $$ BEGIN EXECUTE 'CREATE TABLE x (id int)'; END $$;"),
      new Uint8Array([0xff, 0xfe, 0x00]),
      undefined as unknown as string,
    ])
      expect(rules({ [newer]: drop("ghost") }, newer, bad)).toEqual([["drop-table", 3]]);
    // pg_dump's dialect only: on MySQL the file is not read.
    const mysql = parseConfig("database: mysql\n");
    expect(
      seededRules({ [newer]: drop("ghost") }, newer, { "structure.sql": STRUCTURE }, { config: mysql }),
    ).toEqual([["drop-table", 3]]);
  });

  it("with schema.rb beside it, the dump of the higher version wins; one that cannot be read spoils both", () => {
    const schemaRb = (version: string) =>
      `ActiveRecord::Schema[7.1].define(version: ${version}) do\n  create_table "ghost" do |t|\n  end\nend\n`;
    const both = (rb: string, sql: string | Uint8Array) => (table: string) =>
      seededRules({ [newer]: drop(table) }, newer, { "structure.sql": sql, "schema.rb": rb });
    // structure.sql (2024_01_01) is newer than schema.rb (2023_11_01): ghost is schema.rb's alone.
    const sqlWins = both(schemaRb("2023_11_01_000000"), STRUCTURE);
    expect(sqlWins("ghost")).toEqual([]);
    expect(sqlWins("legacy")).toEqual([["drop-table", 3]]);
    const rbWins = both(schemaRb("2024_01_15_000000"), STRUCTURE);
    expect(rbWins("ghost")).toEqual([["drop-table", 3]]);
    expect(rbWins("legacy")).toEqual([]);
    // The same version: structure.sql, the one pg_dump wrote.
    expect(both(schemaRb("2024_01_01_000000"), STRUCTURE)("ghost")).toEqual([]);
    const spoiled = both(schemaRb("2024_01_15_000000"), structure("CREATE TABLE public.broken ("));
    expect(spoiled("ghost")).toEqual([["drop-table", 3]]);
    expect(spoiled("legacy")).toEqual([["drop-table", 3]]);
  });
});

describe("Prisma: a squashed history seeded from schema.prisma at the base", () => {
  const SCHEMA = `datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

// model Ghost {
//   id Int @id
// }

model Legacy {
  id   Int    @id
  name String
}

model Account {
  id     Int     @id
  email  String  @map("e_mail") @db.VarChar(50)
  owner  User    @relation(fields: [ownerId], references: [id])
  ownerId Int    @map("owner_id")
  @@map(name: "accounts")
}

model User {
  id       Int       @id
  accounts Account[]
  tags     Tag[]
}

model Tag {
  id    Int    @id
  users User[]
}

model Audit {
  id Int @id
  @@schema("ops")
  @@ignore
}

enum Role {
  ADMIN
}
`;
  const at = (name: string) => `prisma/migrations/${name}/migration.sql`;
  // The base's migrations: squashed, they touch a table none of them created (so the replay proves nothing).
  // migration_lock.toml, listed with them, holds no migration.sql: it sorts last and is none of them.
  const BASE = {
    [at("20240101000000_tweak")]: 'ALTER TABLE "User" ADD COLUMN "nick" TEXT;\n',
    "prisma/migrations/migration_lock.toml/migration.sql": null,
  };
  const change = (files: Record<string, string>) =>
    Object.fromEntries(Object.keys(files).map((p) => [p, "change" as const]));
  const rules = (added: Record<string, string>, path: string, dump: string | null | undefined) =>
    seededRules({ ...BASE, ...added }, path, dump === undefined ? undefined : { "schema.prisma": dump }, {
      origins: change(added),
    });
  const drops = (...tables: string[]) => tables.map((t) => `DROP TABLE IF EXISTS ${t};`).join("\n") + "\n";

  it("reads models as tables and their non-relation fields as columns, by their mapped names", () => {
    const read = readSchemaPrisma(SCHEMA)!;
    expect(read.version).toBeUndefined();
    expect(
      read.operations.map((op) => (op.kind === "create-table" ? [op.table, op.columns] : [op.kind])),
    ).toEqual([
      ["_prisma_migrations", expect.arrayContaining(["migration_name", "checksum"])],
      ["create-enum"],
      ["Legacy", ["id", "name"]],
      ["accounts", ["id", "e_mail", "owner_id"]],
      ["User", ["id"]],
      ["Tag", ["id"]],
      ["ops.Audit", ["id"]],
      ["_TagToUser", ["A", "B"]],
    ]);
    expect(readSchemaPrisma("model X {\n  id Int @id\n")).toBeUndefined();
  });

  it("a table the base's schema has is dropped by an added migration even with IF EXISTS; one in neither is not", () => {
    const path = at("20240201000000_drop");
    const added = {
      [path]: drops('"Legacy"', '"Ghost"', "accounts", '"Account"', '"_TagToUser"', 'ops."Audit"'),
    };
    expect(rules(added, path, SCHEMA)).toEqual([
      ["drop-table", 1],
      ["drop-table", 3],
      ["drop-table", 5],
      ["drop-table", 6],
    ]);
    // Without the schema (or with one that does not parse) the squashed history proves nothing.
    const all = [1, 2, 3, 4, 5, 6].map((line) => ["drop-table", line]);
    expect(rules(added, path, null)).toEqual(all);
    expect(rules(added, path, "model Legacy {\n")).toEqual(all);
  });

  it("a column of the base's table is there: a change that re-creates the table 'if not exists' and drops it loses data", () => {
    const added = {
      [at("20240201000000_ensure")]: 'CREATE TABLE IF NOT EXISTS "accounts" ("id" INTEGER, "e_mail" TEXT);\n',
      [at("20240202000000_drop_email")]: 'ALTER TABLE "accounts" DROP COLUMN IF EXISTS "e_mail";\n',
    };
    expect(rules(added, at("20240202000000_drop_email"), SCHEMA)).toEqual([["drop-column", 1]]);
    expect(rules(added, at("20240202000000_drop_email"), undefined)).toEqual([]);
  });

  it("seeds only what the change adds after the base's last migration; analyze on files (no base) is not seeded", () => {
    const path = at("20240201000000_drop");
    // On files every migration is already in the repository: the schema is the state after all of them.
    expect(seededRules({ ...BASE, [path]: drops('"Ghost"') }, path, { "schema.prisma": SCHEMA })).toEqual([
      ["drop-table", 1],
    ]);
    // An added migration that sorts before the base's last one ran in no order the schema describes.
    const early = at("20231201000000_drop");
    expect(rules({ [early]: drops('"Ghost"') }, early, SCHEMA)).toEqual([["drop-table", 1]]);
  });

  it("knows each column's type from its Prisma type or its @db attribute: widening it is not flagged, narrowing is", () => {
    const path = at("20240201000000_retype");
    const retype = (sql: string) => rules({ [path]: sql }, path, SCHEMA);
    // e_mail is `String @db.VarChar(50)`: text holds every value; varchar(20) cuts the longer ones.
    expect(retype('ALTER TABLE "accounts" ALTER COLUMN "e_mail" SET DATA TYPE TEXT;\n')).toEqual([]);
    const narrowed = [
      ["change-column-type", 1],
      ["column-type-rewrite", 1],
      ["lossy-type-change", 1],
    ];
    expect(retype('ALTER TABLE "accounts" ALTER COLUMN "e_mail" SET DATA TYPE VARCHAR(20);\n')).toEqual(
      narrowed,
    );
    // Legacy.name is a plain `String`, text on PostgreSQL: a varchar is narrower.
    expect(retype('ALTER TABLE "Legacy" ALTER COLUMN "name" SET DATA TYPE VARCHAR(100);\n')).toEqual(
      narrowed,
    );
    // integer to bigint keeps every value, but PostgreSQL rewrites the table for it: not lossy, still locking.
    expect(retype('ALTER TABLE "Legacy" ALTER COLUMN "id" SET DATA TYPE BIGINT;\n')).toEqual(
      narrowed.slice(0, 2),
    );
    // Without the schema the old type is unknown: the change is reported for review, widening or not.
    expect(
      rules({ [path]: 'ALTER TABLE "accounts" ALTER COLUMN "e_mail" SET DATA TYPE TEXT;\n' }, path, null),
    ).not.toEqual([]);
  });

  it("a table dropped by an earlier added migration is gone, and one created again is there", () => {
    const first = at("20240201000000_drop_legacy");
    const second = at("20240202000000_drop_again");
    const dropped = { [first]: 'DROP TABLE "Legacy";\n', [second]: drops('"Legacy"') };
    expect(rules(dropped, second, SCHEMA)).toEqual([]);
    const third = at("20240203000000_drop_recreated");
    const recreated = {
      ...dropped,
      [second]: 'CREATE TABLE "Legacy" ("id" INTEGER);\n',
      [third]: drops('"Legacy"'),
    };
    // Created by the change itself: it holds no production row.
    expect(rules(recreated, third, SCHEMA)).toEqual([]);
    const history = { ...BASE, ...recreated };
    const origins = { [third]: "change" as const };
    expect(seededRules(history, third, { "schema.prisma": SCHEMA }, { origins })).toEqual([
      ["drop-table", 1],
    ]);
  });
});

describe("enum types: a column typed by a known enum is judged by its labels", () => {
  const config = parseConfig("paths:\n  sql: ['migrations/*.sql']\n");
  // 'new', 'paid': the longest label has 4 characters.
  const INIT = [
    "CREATE TYPE public.order_status AS ENUM ('new', 'paid');",
    "CREATE TABLE orders (id bigint, status order_status, note text, ref varchar(4));",
    "",
  ].join("\n");
  const sql = (...changes: string[]): Folder => ({
    "migrations/001_init.sql": INIT,
    ...Object.fromEntries(changes.map((c, i) => [`migrations/00${i + 2}_change.sql`, c])),
  });
  const last = (folder: Folder) => Object.keys(folder).sort().pop()!;
  const rules = (folder: Folder) => verdict(folder, last(folder), { config });
  const REWRITE = [
    ["change-column-type", 1],
    ["column-type-rewrite", 1],
  ];
  const LOSSY = [...REWRITE, ["lossy-type-change", 1]];

  it("SQL: to a varchar shorter than a label is lossy; to text or a varchar that holds every label is not (still a rewrite)", () => {
    expect(rules(sql("ALTER TABLE orders ALTER COLUMN status TYPE varchar(3);\n"))).toEqual(LOSSY);
    expect(rules(sql("ALTER TABLE orders ALTER COLUMN status TYPE varchar(4);\n"))).toEqual(REWRITE);
    // PostgreSQL has no binary-coercible cast from an enum: text holds every label, but the table is rewritten.
    expect(rules(sql("ALTER TABLE orders ALTER COLUMN status TYPE text;\n"))).toEqual(REWRITE);
    // char without a length is char(1).
    expect(rules(sql("ALTER TABLE orders ALTER COLUMN status TYPE char;\n"))).toEqual(LOSSY);
  });

  it("SQL: text or varchar to an enum fails on a value that is not a label; one enum to another is for review", () => {
    expect(
      rules(sql("ALTER TABLE orders ALTER COLUMN note TYPE order_status USING note::order_status;\n")),
    ).toEqual(LOSSY);
    // The enum made in the same file is known too.
    expect(
      rules(
        sql(
          "CREATE TYPE ref_kind AS ENUM ('a', 'b');\nALTER TABLE orders ALTER COLUMN ref TYPE ref_kind USING ref::ref_kind;\n",
        ),
      ).map(([r]) => r),
    ).toContain("lossy-type-change");
    // Another enum with every label: values carry over, but the type changes (a rewrite, and the app's reads).
    expect(
      rules(
        sql(
          "CREATE TYPE order_state AS ENUM ('new', 'paid', 'void');\nALTER TABLE orders ALTER COLUMN status TYPE order_state USING status::text::order_state;\n",
        ),
      ).map(([r]) => r),
    ).toEqual(["change-column-type", "column-type-rewrite"]);
    // One that lacks a label fails on the rows holding it.
    expect(
      rules(
        sql(
          "CREATE TYPE order_state AS ENUM ('new');\nALTER TABLE orders ALTER COLUMN status TYPE order_state USING status::text::order_state;\n",
        ),
      ).map(([r]) => r),
    ).toContain("lossy-type-change");
  });

  it("SQL: a value added by an earlier migration (or above in the same file) counts; one in a comment, a string or a down file does not", () => {
    const add = "ALTER TYPE order_status ADD VALUE 'refunded';\n";
    const narrow = "ALTER TABLE orders ALTER COLUMN status TYPE varchar(4);\n";
    expect(rules(sql(add, narrow))).toEqual(LOSSY);
    expect(rules(sql(add + narrow)).map(([r]) => r)).toContain("lossy-type-change");
    const quoted = [
      "-- ALTER TYPE order_status ADD VALUE 'refunded';",
      "COMMENT ON TYPE order_status IS 'ALTER TYPE order_status ADD VALUE ''refunded''';",
      "",
    ].join("\n");
    expect(rules(sql(quoted, narrow))).toEqual(REWRITE);
    const withDown = { ...sql(narrow), "migrations/001_init.down.sql": add };
    expect(verdict(withDown, "migrations/002_change.sql", { config })).toEqual(REWRITE);
  });

  it("SQL: a renamed enum keeps its columns; Prisma's way of removing a label (rename, create, retype, drop) is lossy", () => {
    expect(
      rules(
        sql(
          "ALTER TYPE order_status RENAME TO order_state;\n",
          "ALTER TABLE orders ALTER COLUMN status TYPE varchar(3);\n",
        ),
      ),
    ).toEqual(LOSSY);
    const removeLabel = [
      'ALTER TYPE "order_status" RENAME TO "order_status_old";',
      "CREATE TYPE \"order_status\" AS ENUM ('new');",
      'ALTER TABLE "orders" ALTER COLUMN "status" TYPE "order_status" USING ("status"::text::"order_status");',
      'DROP TYPE "order_status_old";',
      "",
    ].join("\n");
    expect(rules(sql(removeLabel))).toEqual([
      ["change-column-type", 3],
      ["column-type-rewrite", 3],
      ["lossy-type-change", 3],
    ]);
  });

  it("SQL: DROP TYPE of an enum a column still uses fails the migration, and with CASCADE drops the column", () => {
    expect(rules(sql("DROP TYPE order_status;\n"))).toEqual([["unrecognized-operation", 1]]);
    expect(rules(sql("DROP TYPE order_status CASCADE;\n"))).toEqual([
      ["drop-column", 1],
      ["unrecognized-operation", 1],
    ]);
    // Once no column uses it, the drop loses nothing.
    expect(
      rules(sql("ALTER TABLE orders ALTER COLUMN status TYPE text;\nDROP TYPE order_status;\n")).map(
        ([r]) => r,
      ),
    ).not.toContain("unrecognized-operation");
    expect(rules(sql("ALTER TABLE orders DROP COLUMN status;\n", "DROP TYPE order_status;\n"))).toEqual([]);
    // A type nothing made (or one made only in a comment) is not known to be in use.
    expect(rules(sql("-- CREATE TYPE mood AS ENUM ('ok');\nDROP TYPE mood;\n"))).toEqual([]);
  });

  it("an enum never seen stays unknown: a change of its column is for review, and lossy where the target is narrow whatever the source", () => {
    const unseen = (change: string): Folder => ({
      "migrations/001_init.sql": "CREATE TABLE orders (id bigint, status order_status);\n",
      "migrations/002_change.sql": change,
    });
    expect(
      verdict(unseen("ALTER TABLE orders ALTER COLUMN status TYPE text;\n"), "migrations/002_change.sql", {
        config,
      }),
    ).toEqual(REWRITE);
    expect(
      verdict(
        unseen("ALTER TABLE orders ALTER COLUMN status TYPE varchar(40);\n"),
        "migrations/002_change.sql",
        {
          config,
        },
      ),
    ).toEqual(LOSSY);
    // Rails: an unlimited :string is unbounded on PostgreSQL, so from an unknown type it is for review only;
    // a limit is narrow whatever the source.
    const railsUnseen = (body: string) =>
      verdict(
        {
          "db/migrate/20240101000000_create_orders.rb": rails(
            "CreateOrders",
            "    create_table :orders do |t|\n      t.column :status, :order_status\n    end",
          ),
          "db/migrate/20240102000000_change.rb": rails("Change", body),
        },
        "db/migrate/20240102000000_change.rb",
      ).map(([r]) => r);
    expect(railsUnseen("    change_column :orders, :status, :string")).toEqual([
      "change-column-type",
      "column-type-rewrite",
    ]);
    expect(railsUnseen("    change_column :orders, :status, :string, limit: 40")).toContain(
      "lossy-type-change",
    );
  });

  const railsChange = (base: string, body: string): Folder => ({
    "db/migrate/20240101000000_create_orders.rb": rails("CreateOrders", base),
    "db/migrate/20240102000000_change.rb": rails("Change", body),
  });
  const CREATE = [
    "    create_enum :order_status, %w[new paid]",
    "    create_table :orders do |t|",
    "      t.enum :status, enum_type: :order_status",
    "      t.string :state",
    "    end",
    "    add_column :orders, :kind, :enum, enum_type: 'order_status'",
  ].join("\n");
  const railsRules = (body: string, base = CREATE) =>
    verdict(railsChange(base, body), "db/migrate/20240102000000_change.rb")
      .map(([r]) => r)
      .filter((r) => r !== "irreversible-migration");

  it("Rails: create_enum and t.enum / add_column :enum with enum_type: type the column by the enum's labels", () => {
    const rewrite = ["change-column-type", "column-type-rewrite"];
    const lossy = [...rewrite, "lossy-type-change"];
    expect(railsRules("    change_column :orders, :status, :string, limit: 3")).toEqual(lossy);
    expect(railsRules("    change_column :orders, :status, :string, limit: 4")).toEqual(rewrite);
    expect(railsRules("    change_column :orders, :kind, :text")).toEqual(rewrite);
    expect(railsRules("    change_column :orders, :kind, :string, limit: 2")).toEqual(lossy);
    // A string column to the enum: a stored value that is not a label fails the migration.
    expect(railsRules("    change_column :orders, :state, :enum, enum_type: :order_status")).toEqual(lossy);
    // create_enum is read, not left for review.
    expect(
      verdict(
        railsChange(CREATE, "    add_enum_value :order_status, 'refunded'"),
        "db/migrate/20240101000000_create_orders.rb",
      ),
    ).toEqual([]);
  });

  it("Rails: add_enum_value, rename_enum and drop_enum in up count; the same in down, a comment or a string do not", () => {
    const lossy = ["change-column-type", "column-type-rewrite", "lossy-type-change"];
    const files = (second: string): Folder => ({
      ...railsChange(CREATE, second),
      "db/migrate/20240103000000_narrow.rb": rails(
        "Narrow",
        "    change_column :orders, :status, :string, limit: 4",
      ),
    });
    const narrow = (second: string) =>
      verdict(files(second), "db/migrate/20240103000000_narrow.rb")
        .map(([r]) => r)
        .filter((r) => r !== "irreversible-migration");
    expect(narrow("    add_enum_value :order_status, 'refunded'")).toEqual(lossy);
    // The same statement as SQL in execute.
    expect(narrow(`    execute "ALTER TYPE order_status ADD VALUE 'refunded'"`)).toEqual(lossy);
    expect(
      narrow("    rename_enum :order_status, to: :order_state\n    add_enum_value :order_state, 'refunded'"),
    ).toEqual(lossy);
    const notForward = [
      "class Change < ActiveRecord::Migration[7.1]",
      "  def up",
      "    # add_enum_value :order_status, 'refunded'",
      "    say \"add_enum_value :order_status, 'refunded'\"",
      "  end",
      "  def down",
      "    add_enum_value :order_status, 'refunded'",
      "  end",
      "end",
      "",
    ].join("\n");
    expect(
      verdict(
        { ...files(""), "db/migrate/20240102000000_change.rb": notForward },
        "db/migrate/20240103000000_narrow.rb",
      )
        .map(([r]) => r)
        .filter((r) => r !== "irreversible-migration"),
    ).toEqual(["change-column-type", "column-type-rewrite"]);
    // drop_enum while columns use it fails the migration; after they are gone it loses nothing.
    expect(railsRules("    drop_enum :order_status")).toEqual(["unrecognized-operation"]);
    expect(
      railsRules(
        "    remove_column :orders, :status\n    remove_column :orders, :kind\n    drop_enum :order_status",
      ),
    ).toEqual(["drop-column", "drop-column"]);
  });

  it("Rails: seeded from schema.rb's create_enum and structure.sql's CREATE TYPE", () => {
    const newer = "db/migrate/20240201000000_narrow.rb";
    const change = { [newer]: rails("Narrow", "    change_column :orders, :status, :string, limit: 3") };
    const schemaRb = [
      "ActiveRecord::Schema[7.1].define(version: 2024_01_01_000000) do",
      '  create_enum "order_status", ["new", "paid"]',
      '  create_table "orders", force: :cascade do |t|',
      '    t.enum "status", enum_type: "order_status"',
      "  end",
      "end",
      "",
    ].join("\n");
    const lossy = [
      ["change-column-type", 3],
      ["column-type-rewrite", 3],
      ["lossy-type-change", 3],
    ];
    expect(seededRules(change, newer, { "schema.rb": schemaRb })).toEqual(lossy);
    const structure = [
      "SET statement_timeout = 0;",
      "-- CREATE TYPE public.order_status AS ENUM ('a-much-longer-label');",
      "CREATE TYPE public.order_status AS ENUM (",
      "    'new',",
      "    'paid'",
      ");",
      "CREATE TABLE public.orders (",
      "    id bigint NOT NULL,",
      "    status public.order_status",
      ");",
      'INSERT INTO "schema_migrations" (version) VALUES',
      "('20240101000000');",
      "",
    ].join("\n");
    expect(seededRules(change, newer, { "structure.sql": structure, "schema.rb": null })).toEqual(lossy);
    const wide = { [newer]: rails("Narrow", "    change_column :orders, :status, :string, limit: 4") };
    expect(seededRules(wide, newer, { "structure.sql": structure, "schema.rb": null })).toEqual([
      ["change-column-type", 3],
      ["column-type-rewrite", 3],
    ]);
  });

  it("Prisma: an enum block of schema.prisma types its fields' columns (by @@map and @map)", () => {
    const SCHEMA = [
      "datasource db {",
      '  provider = "postgresql"',
      '  url      = env("DATABASE_URL")',
      "}",
      "",
      "// enum Ghost { A_MUCH_LONGER_LABEL }",
      "enum Status {",
      "  NEW",
      '  PAID     @map("paid")',
      "",
      '  @@map("order_status")',
      "}",
      "",
      "model Order {",
      "  id     Int    @id",
      "  status Status",
      "  note   String",
      "}",
      "",
    ].join("\n");
    const at = (name: string) => `prisma/migrations/${name}/migration.sql`;
    const base = { [at("20240101000000_init")]: 'ALTER TABLE "Order" ADD COLUMN "x" TEXT;\n' };
    const path = at("20240201000000_retype");
    const retype = (sql: string) =>
      seededRules(
        { ...base, [path]: sql },
        path,
        { "schema.prisma": SCHEMA },
        { origins: { [path]: "change" } },
      );
    expect(retype('ALTER TABLE "Order" ALTER COLUMN "status" SET DATA TYPE VARCHAR(3);\n')).toEqual(LOSSY);
    expect(retype('ALTER TABLE "Order" ALTER COLUMN "status" SET DATA TYPE VARCHAR(4);\n')).toEqual(REWRITE);
    expect(
      retype(
        'ALTER TABLE "Order" ALTER COLUMN "note" SET DATA TYPE "order_status" USING ("note"::"order_status");\n',
      ),
    ).toEqual(LOSSY);
    expect(retype('DROP TYPE "order_status";\n')).toEqual([["unrecognized-operation", 1]]);
    expect(readSchemaPrisma(SCHEMA)!.operations).toContainEqual(
      expect.objectContaining({ kind: "create-enum", type: "order_status", values: ["NEW", "paid"] }),
    );
  });
});

describe("Prisma: a schema split over files (the schema folder), read at the base of a real git diff", () => {
  const DATASOURCE = 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n';
  const GENERATOR = 'generator client {\n  provider = "prisma-client-js"\n}\n';
  // Models in one file, the enum and the model they relate to in others, the datasource in a fourth.
  const ACCOUNT = `model Account {
  id      Int    @id
  email   String @db.VarChar(50)
  role    Role
  owner   User   @relation(fields: [ownerId], references: [id])
  ownerId Int
}
`;
  const USER = "model User {\n  id       Int       @id\n  accounts Account[]\n}\n";
  const ROLE = "enum Role {\n  ADMIN\n  MEMBER\n}\n";
  // The base's migrations are squashed: the one left alters a table none of them created.
  const SQUASHED = 'ALTER TABLE "User" ADD COLUMN "nick" TEXT;\n';

  /**
   * Rule ids and lines of each migration the change adds, by path: the base holds the schema files and the
   * squashed migrations (under `migrations`), the change adds `added` there. `asked`: the folders listed;
   * `messages`: the findings' messages instead.
   */
  async function diff(
    schema: Record<string, string>,
    migrations: string,
    added: Record<string, string>,
    asked?: string[],
    messages = false,
  ): Promise<Record<string, unknown[]>> {
    const repo = makeRepo();
    const git = createGit(repo.dir);
    try {
      for (const [path, text] of Object.entries(schema)) repo.write(path, text);
      repo.write(`${migrations}/20240101000000_nick/migration.sql`, SQUASHED);
      repo.write(`${migrations}/migration_lock.toml`, 'provider = "postgresql"\n');
      const base = repo.commit("base");
      for (const [name, text] of Object.entries(added))
        repo.write(`${migrations}/${name}/migration.sql`, text);
      const head = repo.commit("head");
      const tell = (rev: string, dir: string) => asked?.push(`${rev === base ? "base" : "head"}:${dir}`);
      const reader: GitReader = {
        ...git,
        listDir: (rev, dir) => (tell(rev, dir), git.listDir(rev, dir)),
        listEntries: (rev, dir) => (tell(rev, dir), git.listEntries(rev, dir)),
      };
      const reports = await analyzeDiff(reader, base, head, parsers, DEFAULT_CONFIG);
      return Object.fromEntries(
        reports.map((r) => [
          r.path.slice(migrations.length + 1, -"/migration.sql".length),
          r.findings
            .filter((f) => f.rule !== "irreversible-migration")
            .map((f) => (messages ? f.message : [f.rule, f.line])),
        ]),
      );
    } finally {
      git.close();
      repo.cleanup();
    }
  }

  // Prisma 6.7's layout: the main schema.prisma beside migrations/, the models in a folder below it.
  const GA = {
    "prisma/schema.prisma": DATASOURCE + GENERATOR,
    "prisma/models/account.prisma": ACCOUNT,
    "prisma/models/user.prisma": USER,
    "prisma/enums.prisma": ROLE,
  };
  // The prismaSchemaFolder preview's: every file in prisma/schema/, the migrations in it.
  const PREVIEW = {
    "prisma/schema/main.prisma": GENERATOR + DATASOURCE,
    "prisma/schema/account.prisma": ACCOUNT,
    "prisma/schema/user.prisma": USER + ROLE,
  };

  it("a table or column a model in another file declares is dropped destructively; one the change created is not", async () => {
    const added = {
      "20240201000000_temp": 'ALTER TABLE "Account" ADD COLUMN "temp" TEXT;\n',
      "20240202000000_drops":
        'ALTER TABLE "Account" DROP COLUMN "temp";\n' +
        'ALTER TABLE "Account" DROP COLUMN IF EXISTS "role";\n' +
        'DROP TABLE IF EXISTS "User";\n' +
        'DROP TABLE IF EXISTS "Ghost";\n',
    };
    const expected = {
      "20240201000000_temp": [],
      // temp: added by the change's own earlier migration; role, User: the base's schema has them; Ghost: nothing.
      "20240202000000_drops": [
        ["drop-column", 2],
        ["drop-table", 3],
      ],
    };
    expect(await diff(GA, "prisma/migrations", added)).toEqual(expected);
    expect(await diff(PREVIEW, "prisma/schema/migrations", added)).toEqual(expected);
  });

  it("schema.prisma beside migrations/ holding only the datasource does not make the models' tables absent", async () => {
    // Read alone, the main file is a complete schema of no model: the drop of User would delete "nothing".
    const added = { "20240201000000_drop_user": 'DROP TABLE IF EXISTS "User";\n' };
    expect(await diff(GA, "prisma/migrations", added)).toEqual({
      "20240201000000_drop_user": [["drop-table", 1]],
    });
  });

  it("reads the files together: a relation to a model of another file is no column, an enum of another is", () => {
    const read = readSchemaPrisma([ACCOUNT, ROLE, USER, DATASOURCE])!;
    const account = read.operations.find((op) => op.kind === "create-table" && op.table === "Account");
    // `owner` relates to User, declared in another file; `role` is typed by an enum of a third.
    expect(account).toMatchObject({
      columns: ["id", "email", "role", "ownerId"],
      columnTypes: { id: "integer", email: "varchar(50)", ownerId: "integer" },
    });
    // Each file alone is not the schema: Account without User takes `owner` for a column, and no provider.
    expect(readSchemaPrisma(ACCOUNT)!.operations[1]).toMatchObject({
      columns: ["id", "email", "role", "owner", "ownerId"],
    });
    expect(readSchemaPrisma(ACCOUNT)!.operations[1]).not.toHaveProperty("columnTypes");
  });

  it("the datasource's provider in one file types the columns of a model in another", async () => {
    const added = {
      "20240201000000_widen": 'ALTER TABLE "Account" ALTER COLUMN "email" SET DATA TYPE TEXT;\n',
    };
    // email is `String @db.VarChar(50)` on PostgreSQL (said in prisma/schema.prisma): text holds every value.
    expect(await diff(GA, "prisma/migrations", added)).toEqual({ "20240201000000_widen": [] });
  });

  it("one file that does not parse: no seed, and the drop stays destructive with the reason said", async () => {
    const added = { "20240201000000_drop": 'DROP TABLE IF EXISTS "Ghost";\n' };
    const broken = { ...GA, "prisma/models/user.prisma": "model User {\n  id Int @id\n" };
    expect(await diff(GA, "prisma/migrations", added)).toEqual({ "20240201000000_drop": [] });
    expect(await diff(broken, "prisma/migrations", added)).toEqual({
      "20240201000000_drop": [["drop-table", 1]],
    });
    expect((await diff(broken, "prisma/migrations", added, undefined, true))["20240201000000_drop"]).toEqual([
      expect.stringMatching(/history does not reach back/),
    ]);
    // Two files declaring one model, or two datasources, are no schema Prisma accepts: no seed either.
    const twice = { ...GA, "prisma/models/copy.prisma": USER };
    expect(await diff(twice, "prisma/migrations", added)).toEqual({
      "20240201000000_drop": [["drop-table", 1]],
    });
    const two = { ...GA, "prisma/enums.prisma": ROLE + DATASOURCE.replace("db", "other") };
    expect(await diff(two, "prisma/migrations", added)).toEqual({
      "20240201000000_drop": [["drop-table", 1]],
    });
  });

  it("lists each folder of the schema once at the base, never the migrations' own folders", async () => {
    const asked: string[] = [];
    const added = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [`202402${String(i + 10)}000000_m`, `SELECT ${i};\n`]),
    );
    await diff(GA, "prisma/migrations", added, asked);
    const atBase = asked.filter((a) => a.startsWith("base:")).sort();
    // The schema folder and each folder in it once (a file is read, not listed); nothing under migrations/,
    // however many migrations.
    expect(atBase).toEqual(["base:prisma", "base:prisma/models"]);
  });
});
