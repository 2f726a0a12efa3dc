import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeFile } from "../../src/core/analyze.js";
import { DEFAULT_CONFIG } from "../../src/core/config.js";
import { laravel } from "../../src/core/frameworks/laravel.js";
import type { Parsers } from "../../src/core/parsers.js";
import type { Database, Operation, ParsedMigration } from "../../src/core/types.js";
import { loadParsers } from "../../src/parsers/index.js";
import { runTimeName } from "../../src/core/run-time.js";

const DIR = join("__fixtures__", "laravel", "database", "migrations");

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers(["php", "postgres"]);
});

function read(source: string, database: Database = "postgresql"): ParsedMigration {
  return laravel.parse({ path: "database/migrations/2024_01_01_000000_x.php", source, database }, parsers);
}

function fixture(name: string): ParsedMigration {
  return read(readFileSync(join(DIR, name), "utf8"));
}

/** An anonymous migration around an up() body (first body line is line 6) and a non-empty down(). */
function up(body: string): ParsedMigration {
  return read(
    `<?php\n\nreturn new class extends Migration {\n    public function up(): void\n    {\n${body}\n    }\n\n    public function down(): void\n    {\n        Schema::dropIfExists('x');\n    }\n};\n`,
  );
}

/** Like up(), inside `Schema::table('users', function (Blueprint $table) { ... })` (first line is line 7). */
function alter(body: string): ParsedMigration {
  return up(`        Schema::table('users', function (Blueprint $table) {\n${body}\n        });`);
}

function brief(list: readonly Operation[]): [string, number, string?][] {
  return list.map((o) => [
    o.kind,
    o.line,
    "table" in o ? o.table : "tables" in o ? o.tables.join(",") : undefined,
  ]);
}

function only<K extends Operation["kind"]>(r: ParsedMigration, kind: K): Extract<Operation, { kind: K }>[] {
  return r.operations.filter((o): o is Extract<Operation, { kind: K }> => o.kind === kind);
}

describe("laravel.matches", () => {
  it.each([
    ["database/migrations/2024_01_01_000000_create_users_table.php", true],
    ["backend/database/migrations/2024_01_01_000000_create_users_table.php", true],
    ["database/migrations/tenant/2024_01_01_000000_create_teams.php", true],
    ["database/seeders/UserSeeder.php", false],
    ["app/Models/User.php", false],
    ["database/migrations/2024_01_01_000000_x.sql", false],
  ])("%s → %s", (path, expected) => {
    expect(laravel.matches(path, "<?php\n")).toBe(expected);
  });
});

describe("laravel: schema operations", () => {
  const r = (): ParsedMigration => fixture("2024_03_01_000000_change_users_schema.php");

  it("maps Schema::create/table/rename/drop and Blueprint calls to operations with their lines", () => {
    expect(brief(r().operations)).toEqual([
      ["create-table", 11, "invoices"],
      ["add-constraint", 13, "invoices"],
      ["add-column", 19, "users"],
      ["add-column", 20, "users"],
      ["add-column", 21, "users"],
      ["add-column", 22, "users"],
      ["drop-column", 23, "users"],
      ["drop-column", 24, "users"],
      ["drop-column", 24, "users"],
      ["rename-column", 25, "users"],
      ["add-index", 26, "users"],
      ["add-constraint", 27, "users"],
      ["drop-index", 28, "users"],
      ["drop-constraint", 29, "users"],
      ["drop-column", 30, "users"],
      ["drop-column", 30, "users"],
      ["drop-column", 31, "users"],
      ["rename-table", 34, "posts"],
      ["drop-table", 35, "sessions"],
      ["drop-table", 36, "password_resets"],
    ]);
  });

  it("lists the columns of a created table, timestamps() included", () => {
    expect(only(r(), "create-table")[0]!.columns).toEqual([
      "id",
      "user_id",
      "amount",
      "created_at",
      "updated_at",
    ]);
  });

  it("reads nullability and defaults of added columns: NOT NULL unless nullable()", () => {
    const added = only(r(), "add-column").map((o) => [o.column, o.notNull, o.default?.volatile]);
    expect(added).toEqual([
      ["nickname", false, undefined],
      ["active", true, false],
      ["age", true, undefined],
      ["token", true, true],
    ]);
  });

  it("names dropped columns, the array form included", () => {
    expect(only(r(), "drop-column").map((o) => o.column)).toEqual([
      "legacy_flag",
      "fax",
      "pager",
      "created_at",
      "updated_at",
      "deleted_at",
    ]);
  });

  it("names indexes and foreign keys the way Laravel does", () => {
    expect(only(r(), "add-index")[0]!.name).toBe("users_email_index");
    expect(only(r(), "drop-constraint")[0]!.name).toBe("users_team_id_foreign");
  });

  it("keeps a drop inside down() out of the forward operations", () => {
    expect(only(r(), "drop-table").map((o) => o.table)).toEqual(["sessions", "password_resets"]);
  });
});

describe("laravel: ->change()", () => {
  const r = (): ParsedMigration => fixture("2024_03_02_000000_change_column_types.php");

  it("classifies each type change against the type down() restores", () => {
    expect(
      only(r(), "change-column-type").map((o) => [o.column, o.line, o.lossy ?? false, o.widening ?? false]),
    ).toEqual([
      ["name", 12, true, false],
      ["bio", 13, false, true],
      ["title", 14, true, false],
      ["score", 15, true, false],
    ]);
  });

  it("reads nullable()->change() as relaxing, and a restated column without nullable() as NOT NULL", () => {
    expect(brief(r().operations).slice(4)).toEqual([
      ["drop-not-null", 16, "users"],
      ["set-not-null", 17, "users"],
    ]);
  });

  it("counts a change with no modifiers and no known old type as a type change", () => {
    const ops = alter("            $table->string('code', 20)->change();").operations;
    expect(brief(ops)).toEqual([["change-column-type", 7, "users"]]);
  });

  it("compares with a column added earlier in the same migration", () => {
    const ops = alter(
      "            $table->string('code', 20)->nullable();\n            $table->string('code', 40)->nullable()->change();",
    ).operations;
    expect(ops.map((o) => [o.kind, o.kind === "change-column-type" ? o.widening : undefined])).toEqual([
      ["add-column", undefined],
      ["change-column-type", true],
    ]);
  });

  it("reads a default set through change() as a change of default, not of type", () => {
    const ops = alter("            $table->string('status')->default('new')->change();").operations;
    expect(ops.map((o) => o.kind)).toEqual(["change-default"]);
  });
});

describe("laravel: data changes and SQL", () => {
  const r = (): ParsedMigration => fixture("2024_03_03_000000_data_changes.php");

  it("maps query-builder and Eloquent deletes, truncates and updates", () => {
    expect(brief(r().operations)).toEqual([
      ["delete-rows", 11, "sessions"],
      ["delete-rows", 12, "users"],
      ["truncate", 13, "tokens"],
      ["update-rows", 14, "users"],
      ["update-rows", 15, "users"],
      ["update-rows", 16, "users"],
      ["update-rows", 17, "users"],
      ["delete-rows", 20, "audit_logs"],
      ["truncate", 21, "audit_logs"],
      ["drop-column", 22, "users"],
      ["drop-table", 24, "old_reports"],
      ["unknown", 26, undefined],
      ["delete-rows", 32, "jobs"],
      ["irreversible", 9, undefined],
    ]);
  });

  it("tells filtered from unfiltered, and a NULL-only backfill from an overwrite", () => {
    const deletes = only(r(), "delete-rows").map((o) => o.filtered);
    expect(deletes).toEqual([false, true, false, false]);
    const updates = only(r(), "update-rows").map((o) => [o.columns, o.filtered, o.onlyNulls]);
    expect(updates).toEqual([
      [["plan"], false, false],
      [["plan"], true, true],
      [["country"], true, true],
      [["tier"], true, false],
    ]);
  });

  it("does not count an orWhere next to whereNull as a NULL-only backfill", () => {
    const [u] = only(
      up(
        "        DB::table('users')->whereNull('plan')->orWhere('plan', 'trial')->update(['plan' => 'free']);",
      ),
      "update-rows",
    );
    expect(u!.onlyNulls).toBe(false);
  });

  it("follows SQL in double quotes and concatenations, interpolation read by its static parts", () => {
    const r2 = up(
      [
        `        DB::statement("ALTER TABLE users DROP COLUMN a");`,
        `        DB::statement('ALTER TABLE users ' . 'DROP COLUMN b');`,
        `        DB::statement("ALTER TABLE users DROP COLUMN {$column}");`,
        `        DB::connection('pgsql')->statement('DROP TABLE c');`,
      ].join("\n"),
    );
    expect(brief(r2.operations)).toEqual([
      ["drop-column", 6, "users"],
      ["drop-column", 7, "users"],
      ["drop-column", 8, "users"],
      ["drop-table", 9, "c"],
    ]);
  });

  it("gives heredoc SQL the lines of its body", () => {
    const r2 = up(
      "        DB::unprepared(<<<SQL\n            SELECT 1;\n            DROP TABLE reports;\n            SQL);",
    );
    expect(brief(r2.operations)).toEqual([["drop-table", 8, "reports"]]);
  });

  it("reads a heredoc with interpolation by its static parts, and a nowdoc as written", () => {
    const r2 = up(
      [
        "        DB::statement(<<<SQL",
        "            DROP TABLE {$name};",
        "            SQL);",
        "        DB::statement(<<<'SQL'",
        '            DROP TABLE "{$literal}";',
        "            SQL);",
      ].join("\n"),
    );
    expect(r2.operations).toMatchObject([
      { kind: "drop-table", table: "{$name} (a table computed at run time)" },
      { kind: "drop-table", table: "{$literal}" },
    ]);
  });

  it("follows a query builder kept in a variable to the write that ends it", () => {
    const r2 = up(
      [
        "        $stale = DB::table('sessions')->where('last_seen', '<', now()->subYear());",
        "        $stale->delete();",
        "        $all = AuditLog::query();",
        "        $all->update(['archived' => true]);",
      ].join("\n"),
    );
    expect(
      r2.operations.map((o) => [
        o.kind,
        o.line,
        "table" in o ? o.table : undefined,
        "filtered" in o ? o.filtered : undefined,
      ]),
    ).toEqual([
      ["delete-rows", 7, "sessions", true],
      ["update-rows", 9, "audit_logs", false],
    ]);
  });

  it("resolves table names held in variables, class properties, constants and literal loops", () => {
    const source = `<?php
class Cleanup extends Migration
{
    protected $table = 'events';
    private const ARCHIVE = 'events_archive';

    public function up()
    {
        Schema::drop($this->table);
        Schema::drop(self::ARCHIVE);
        $name = 'audits';
        Schema::drop($name);
        foreach (['a', 'b'] as $t) {
            Schema::drop($t);
        }
        Schema::drop($unknown);
    }

    public function down()
    {
        Schema::create('events', fn (Blueprint $table) => $table->id());
    }
}
`;
    expect(brief(read(source).operations)).toEqual([
      ["drop-table", 9, "events"],
      ["drop-table", 10, "events_archive"],
      ["drop-table", 12, "audits"],
      ["drop-table", 14, "a"],
      ["drop-table", 14, "b"],
      ["drop-table", 16, "{$unknown} (a table computed at run time)"],
    ]);
  });
});

describe("laravel: what is not forward", () => {
  it("ignores down(), comments and strings that mention drops, and reads only migration classes", () => {
    const source = `<?php

use Illuminate\\Database\\Migrations\\Migration;

class RemoveIndexFromUsers extends Migration
{
    public function up()
    {
        // Schema::drop('users'); was the old plan
        /* $table->dropColumn('email'); */
        Log::info("Schema::drop('users') is not called");
        Schema::table('users', function (Blueprint $table) {
            $table->dropIndex(['email']);
        });
    }

    public function down()
    {
        Schema::drop('users');
        Schema::table('users', fn ($table) => $table->dropColumn('email'));
    }
}
`;
    const r = read(source);
    expect(brief(r.operations)).toEqual([["drop-index", 13, "users"]]);
    expect(only(r, "drop-index")[0]!.name).toBe("users_email_index");
    expect(r.comments.map((c) => c.line)).toEqual([9, 10]);
    expect(r.problems).toEqual([]);
  });

  it("marks a migration without down() irreversible at up()", () => {
    const r = read(
      "<?php\nreturn new class extends Migration {\n    public function up() {\n        Schema::drop('a');\n    }\n};\n",
    );
    expect(brief(r.operations)).toEqual([
      ["drop-table", 4, "a"],
      ["irreversible", 3, undefined],
    ]);
  });

  it("reports syntax errors as problems and still reads what it can", () => {
    const r = read(
      "<?php\nreturn new class extends Migration {\n    public function up() {\n        Schema::drop('a');\n        $table->foo(\n    }\n    public function down() { Schema::create('a', fn ($t) => $t->id()); }\n};\n",
    );
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems[0]!.line).toBeGreaterThanOrEqual(5);
    expect(only(r, "drop-table").map((o) => o.line)).toEqual([4]);
  });

  it("never throws on text that is not PHP", () => {
    for (const source of [
      "",
      "not php at all",
      "<?php",
      "<?php return new class extends Migration {",
      "\u0000\u0001",
    ]) {
      expect(() => read(source)).not.toThrow();
    }
  });

  it("turns a Blueprint macro and a dynamic column name into unknown operations", () => {
    expect(
      brief(alter("            $table->auditColumns();\n            $table->string($name);").operations),
    ).toEqual([
      ["unknown", 7, undefined],
      ["unknown", 8, undefined],
    ]);
  });
});

describe("laravel: Blueprint details", () => {
  it("reads auto-increment keys added to an existing table as volatile defaults", () => {
    const [col] = only(alter("            $table->id();"), "add-column");
    expect([col!.column, col!.default?.volatile]).toEqual(["id", true]);
  });

  it("reads foreignId()->constrained() as a column and a validated foreign key", () => {
    expect(
      brief(alter("            $table->foreignId('team_id')->nullable()->constrained();").operations),
    ).toEqual([
      ["add-column", 7, "users"],
      ["add-constraint", 7, "users"],
    ]);
  });

  it("reads inline ->unique() as a unique constraint, and dropUnique/dropPrimary as constraint drops", () => {
    const r = alter(
      "            $table->string('slug')->nullable()->unique();\n            $table->dropUnique(['email']);\n            $table->dropPrimary();",
    );
    expect(r.operations.map((o) => [o.kind, o.line, "name" in o ? o.name : undefined])).toEqual([
      ["add-column", 7, undefined],
      ["add-constraint", 7, "users_slug_unique"],
      ["drop-constraint", 8, "users_email_unique"],
      ["drop-constraint", 9, "users_pkey"],
    ]);
  });

  it("reads Schema::connection(...)->table, dropColumns, variadic dropColumn and dropMorphs", () => {
    const r = up(
      [
        "        Schema::connection('pgsql')->table('posts', function (Blueprint $table) {",
        "            $table->dropColumn('a', 'b');",
        "            $table->dropMorphs('owner');",
        "        });",
        "        Schema::dropColumns('posts', ['c']);",
      ].join("\n"),
    );
    expect(only(r, "drop-column").map((o) => [o.column, o.line])).toEqual([
      ["a", 7],
      ["b", 7],
      ["owner_type", 8],
      ["owner_id", 8],
      ["c", 10],
    ]);
  });

  it("reads method names case-insensitively, as PHP does, and addColumn by its type name", () => {
    const r = alter(
      "            $table->DateTime('seen_at')->Nullable();\n            $table->addColumn('string', 'code');",
    );
    expect(only(r, "add-column").map((o) => [o.column, o.type, o.notNull])).toEqual([
      ["seen_at", "datetime", false],
      ["code", "string(255)", true],
    ]);
  });

  it("follows a Blueprint handed to a helper method, and Schema::whenTableHasColumn", () => {
    const source = `<?php
return new class extends Migration {
    public function up(): void
    {
        Schema::table('users', function (Blueprint $table) {
            $this->dropContact($table);
        });
        Schema::whenTableHasColumn('users', 'pager', function (Blueprint $table) {
            $table->dropColumn('pager');
        });
    }

    private function dropContact(Blueprint $table): void
    {
        $table->dropColumn('fax');
    }

    public function down(): void
    {
        Schema::table('users', fn (Blueprint $table) => $table->string('fax')->nullable());
    }
};
`;
    expect(only(read(source), "drop-column").map((o) => [o.column, o.line])).toEqual([
      ["fax", 15],
      ["pager", 9],
    ]);
  });

  it("reads a MySQL file the same way (the database only matters for SQL text)", () => {
    const r = read(
      "<?php\nreturn new class extends Migration {\n    public function up() {\n        DB::statement('ALTER TABLE `users` MODIFY `name` VARCHAR(50)');\n    }\n    public function down() {}\n};\n",
      "mysql",
    );
    expect(r.operations.map((o) => o.kind)).toEqual(["change-column-type", "irreversible"]);
  });
});

describe("laravel: through analyzeFile", () => {
  it("is detected by path, and an allow comment above a drop acknowledges it", () => {
    const source = `<?php
return new class extends Migration {
    public function up(): void
    {
        Schema::table('users', function (Blueprint $table) {
            // migration-guard:allow drop-column -- unused since v41
            $table->dropColumn('fax');
            $table->dropColumn('pager');
        });
    }

    public function down(): void
    {
        Schema::table('users', fn (Blueprint $table) => $table->string('fax')->nullable());
    }
};
`;
    const report = analyzeFile(
      { path: "database/migrations/2024_01_01_000000_drop_fax.php", content: source, status: "added" },
      parsers,
      DEFAULT_CONFIG,
    );
    expect(report?.framework).toBe("laravel");
    const drops = report!.findings.filter((f) => f.rule === "drop-column");
    expect(drops.map((f) => [f.line, f.acknowledged !== undefined])).toEqual([
      [7, true],
      [8, false],
    ]);
  });
});

// Pinned before the reader was split into a dispatcher and handler tables: each handler's output as data
// (kind, line and fields; an unknown by its kind and line, never its wording).
describe("laravel: each handler's operations", () => {
  function ops(r: ParsedMigration): Record<string, unknown>[] {
    return r.operations.map((o) => {
      const { endLine: _endLine, ...rest } = o;
      if (rest.kind === "unknown" || rest.kind === "irreversible")
        return { kind: rest.kind, line: rest.line };
      return rest;
    });
  }

  it("Schema facade: rename, dropColumns, unresolved names and the drop-everything calls", () => {
    expect(
      ops(
        up(
          [
            "        Schema::rename('posts', 'articles');",
            "        Schema::dropColumns('users', ['fax', 'pager']);",
            "        Schema::dropColumns('users', $columns);",
            "        Schema::rename($from, 'x');",
            "        Schema::create($name, function (Blueprint $table) {});",
            "        Schema::whenTableHasColumn($name, 'fax', function (Blueprint $table) {});",
            "        Schema::dropAllTables();",
            "        Schema::table('users', $callback);",
            "        Schema::dropIfExists($this->tableName());",
          ].join("\n"),
        ),
      ),
    ).toEqual([
      { kind: "rename-table", line: 6, table: "posts", newName: "articles" },
      { kind: "drop-column", line: 7, table: "users", column: "fax" },
      { kind: "drop-column", line: 7, table: "users", column: "pager" },
      { kind: "unknown", line: 8 },
      { kind: "unknown", line: 9 },
      { kind: "unknown", line: 10 },
      { kind: "unknown", line: 11 },
      { kind: "unknown", line: 12 },
      { kind: "unknown", line: 13 },
      { kind: "drop-table", line: 14, table: runTimeName("table", "$this->tableName()"), ifExists: true },
    ]);
  });

  it("Blueprint drops: timestamps, soft deletes, remember token, constrained ids, foreign keys, rename, drop", () => {
    expect(
      ops(
        alter(
          [
            "            $table->dropSoftDeletes('removed_at');",
            "            $table->dropRememberToken();",
            "            $table->dropConstrainedForeignId('team_id');",
            "            $table->dropForeign(['owner_id']);",
            "            $table->dropForeign('users_x_foreign');",
            "            $table->foreign('owner_id')->references('id')->on('owners');",
            "            $table->foreign('a', 'named_fk');",
            "            $table->rename('people');",
            "            $table->drop();",
            "            $table->dropIfExists();",
            "            $table->dropIndex(['email']);",
            "            $table->dropFullText('bio_ft');",
            "            $table->dropPrimary();",
            "            $table->primary('id');",
            "            $table->rawIndex('lower(email)', 'users_lower_email');",
          ].join("\n"),
        ),
      ),
    ).toEqual([
      { kind: "drop-column", line: 7, table: "users", column: "removed_at" },
      { kind: "drop-column", line: 8, table: "users", column: "remember_token" },
      { kind: "drop-constraint", line: 9, table: "users", name: "users_team_id_foreign" },
      { kind: "drop-column", line: 9, table: "users", column: "team_id" },
      { kind: "drop-constraint", line: 10, table: "users", name: "users_owner_id_foreign" },
      { kind: "drop-constraint", line: 11, table: "users", name: "users_x_foreign" },
      {
        kind: "add-constraint",
        line: 12,
        table: "users",
        constraint: "foreign-key",
        validated: true,
        name: "users_owner_id_foreign",
      },
      {
        kind: "add-constraint",
        line: 13,
        table: "users",
        constraint: "foreign-key",
        validated: true,
        name: "named_fk",
      },
      { kind: "rename-table", line: 14, table: "users", newName: "people" },
      { kind: "drop-table", line: 15, table: "users" },
      { kind: "drop-table", line: 16, table: "users", ifExists: true },
      { kind: "drop-index", line: 17, table: "users", name: "users_email_index", columns: ["email"] },
      { kind: "drop-index", line: 18, table: "users", name: "bio_ft" },
      { kind: "drop-constraint", line: 19, table: "users", name: "users_pkey" },
      { kind: "add-constraint", line: 20, table: "users", constraint: "primary-key", validated: true },
      { kind: "add-index", line: 21, table: "users", columns: ["lower(email)"], name: "users_lower_email" },
    ]);
  });

  it("Blueprint names the reader cannot resolve are unknown operations", () => {
    expect(
      ops(
        alter(
          [
            "            $table->dropColumn($this->columns());",
            "            $table->dropSoftDeletes($name);",
            "            $table->dropMorphs($name);",
            "            $table->dropConstrainedForeignId($name);",
            "            $table->renameColumn($a, 'b');",
            "            $table->index($columns);",
            "            $table->rename($to);",
            "            $table->string($name);",
          ].join("\n"),
        ),
      ),
    ).toEqual([
      { kind: "drop-column", line: 7, table: "users", column: runTimeName("column", "$this->columns()") },
      { kind: "unknown", line: 8 },
      { kind: "unknown", line: 9 },
      { kind: "unknown", line: 10 },
      { kind: "unknown", line: 11 },
      { kind: "unknown", line: 12 },
      { kind: "unknown", line: 13 },
      { kind: "unknown", line: 14 },
    ]);
  });

  it("Eloquent and facade calls: destroy, truncate, Artisan, a builder on an unknown table, defaults", () => {
    expect(
      ops(
        up(
          [
            "        User::destroy([1, 2]);",
            "        Session::truncate();",
            "        Artisan::call('db:seed');",
            "        DB::table($name)->delete();",
            "        DB::table('users')->increment('visits');",
            "        DB::table('users')->update($values);",
            "        DB::unprepared($sql);",
            "        Schema::table('users', function (Blueprint $table) {",
            "            $table->string('a')->default(new Expression('gen_random_uuid()'));",
            "            $table->string('b')->default(DB::raw('now()'));",
            "            $table->string('c')->storedAs('a || b');",
            "            $table->string('d')->default(null);",
            "        });",
          ].join("\n"),
        ),
      ),
    ).toEqual([
      { kind: "delete-rows", line: 6, table: "users", filtered: true, via: "::destroy()" },
      { kind: "truncate", line: 7, tables: ["sessions"] },
      { kind: "unknown", line: 8 },
      { kind: "unknown", line: 9 },
      {
        kind: "update-rows",
        line: 10,
        table: "users",
        columns: ["visits"],
        filtered: false,
        onlyNulls: false,
        via: "->increment()",
      },
      {
        kind: "update-rows",
        line: 11,
        table: "users",
        columns: [],
        filtered: false,
        onlyNulls: false,
        via: "->update()",
      },
      { kind: "unknown", line: 12 },
      {
        kind: "add-column",
        line: 14,
        table: "users",
        column: "a",
        type: "string(255)",
        notNull: true,
        default: { volatile: true, text: "gen_random_uuid()" },
      },
      {
        kind: "add-column",
        line: 15,
        table: "users",
        column: "b",
        type: "string(255)",
        notNull: true,
        default: { volatile: false, text: "now()" },
      },
      {
        kind: "add-column",
        line: 16,
        table: "users",
        column: "c",
        type: "string(255)",
        notNull: true,
        default: { volatile: true, text: "$table->string('c')->storedAs('a || b')" },
      },
      { kind: "add-column", line: 17, table: "users", column: "d", type: "string(255)", notNull: true },
    ]);
  });

  it("a helper called with a Blueprint and a literal, and a call to a helper already being followed", () => {
    const r = read(`<?php

return new class extends Migration {
    public function up(): void
    {
        Schema::table('users', fn (Blueprint $table) => $this->dropFrom($table, 'fax'));
        self::again();
    }

    private function dropFrom($table, $column): void
    {
        $table->dropColumn($column);
    }

    private function again(): void
    {
        $this->again();
        DB::table('users')->delete();
    }

    public function down(): void
    {
        Schema::dropIfExists('x');
    }
};
`);
    expect(ops(r)).toEqual([
      { kind: "drop-column", line: 12, table: "users", column: "fax" },
      { kind: "delete-rows", line: 18, table: "users", filtered: false, via: "->delete()" },
    ]);
  });

  it("a named class without a Migration base is read when it has up(), and an empty down() is irreversible", () => {
    const r = read(`<?php

namespace Database\\Migrations {
    class DropFax
    {
        public function up()
        {
            Schema::table('users', function ($table) { $table->dropColumn('fax'); });
        }

        public function down()
        {
            // nothing to undo
        }
    }
}
`);
    expect(ops(r)).toEqual([
      { kind: "drop-column", line: 8, table: "users", column: "fax" },
      { kind: "irreversible", line: 6 },
    ]);
  });
});
