import { readFileSync } from "node:fs";
import { join } from "node:path";
import { rails } from "../../src/core/frameworks/rails.js";
import type { Parsers } from "../../src/core/parsers.js";
import type { Operation, ParsedMigration } from "../../src/core/types.js";
import { loadParsers } from "../../src/parsers/index.js";

const FIXTURES = join("__fixtures__", "rails", "db", "migrate");

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers();
});

function read(source: string): ParsedMigration {
  return rails.parse({ path: "db/migrate/20240101000000_x.rb", source, database: "postgresql" }, parsers);
}

function fixture(name: string): ParsedMigration {
  return read(readFileSync(join(FIXTURES, name), "utf8"));
}

/** A migration class around a `change` body, so tests show only the calls. */
function change(body: string): string {
  return `class M < ActiveRecord::Migration[6.1]\n  def change\n${body}\n  end\nend\n`;
}

function kinds(ops: readonly Operation[]): string[] {
  return ops.map((o) => o.kind);
}

function forward(ops: readonly Operation[]): Operation[] {
  return ops.filter((o) => o.kind !== "irreversible");
}

function irreversible(ops: readonly Operation[]): Operation[] {
  return ops.filter((o) => o.kind === "irreversible");
}

describe("rails.matches", () => {
  it.each([
    ["db/migrate/20240101000000_add_x.rb", true],
    ["engines/billing/db/migrate/20240101000000_add_x.rb", true],
    ["db/animals_migrate/20240101000000_add_x.rb", true],
    ["apps/api/db/cache_migrate/20240101000000_add_x.rb", true],
    ["db/schema.rb", false],
    ["db/migrate/README.md", false],
    ["db/migrate/sub/20240101000000_add_x.rb", false],
    ["app/models/user.rb", false],
    ["db/migrations/20240101000000_add_x.rb", false],
  ])("%s → %s", (path, expected) => {
    expect(rails.matches(path, "")).toBe(expected);
  });
});

describe("rails: columns and tables", () => {
  it("reads remove_column/rename_column in change and ignores comments and strings", () => {
    const r = fixture("20240101000001_remove_legacy_columns.rb");
    expect(forward(r.operations)).toEqual([
      { kind: "drop-column", table: "users", column: "legacy_token", line: 5, endLine: 5 },
      { kind: "drop-column", table: "users", column: "nickname", line: 6, endLine: 6 },
      {
        kind: "rename-column",
        table: "users",
        column: "fullname",
        newName: "full_name",
        line: 7,
        endLine: 7,
      },
    ]);
    // Only the remove_column without a type makes `change` irreversible.
    expect(irreversible(r.operations)).toMatchObject([{ line: 6 }]);
    expect(r.comments.map((c) => c.line)).toEqual([1, 4]);
    expect(r.comments[1]!.text).toContain("remove_column :users, :ignored_in_comment");
    expect(r.problems).toEqual([]);
  });

  it("never reads the down direction", () => {
    const r = fixture("20240101000002_drop_only_in_down.rb");
    expect(r.operations).toEqual([
      { kind: "add-column", table: "clearances", column: "level", type: "integer", line: 3, endLine: 3 },
    ]);
  });

  it("reads create_table columns, force:, if_not_exists, join tables, drop and rename", () => {
    const r = fixture("20240101000008_create_tables.rb");
    expect(forward(r.operations)).toEqual([
      {
        kind: "create-table",
        table: "invoices",
        columns: ["id", "customer_id", "number", "currency", "total", "created_at", "updated_at"],
        // The types the schema history compares a later change_column with.
        columnTypes: { number: "string", currency: "string", total: "decimal(12,2)" },
        line: 3,
        endLine: 9,
      },
      { kind: "drop-table", table: "settings", ifExists: true, cascade: true, line: 11, endLine: 14 },
      {
        kind: "create-table",
        table: "settings",
        columns: ["key", "value"],
        columnTypes: { key: "string", value: "jsonb" },
        line: 11,
        endLine: 14,
      },
      { kind: "create-table", table: "tags", columns: ["id"], ifNotExists: true, line: 16, endLine: 16 },
      {
        kind: "create-table",
        table: "invoices_tags",
        columns: ["invoice_id", "tag_id"],
        line: 17,
        endLine: 17,
      },
      { kind: "drop-table", table: "old_invoices", line: 18, endLine: 18 },
      { kind: "rename-table", table: "payments", newName: "transactions", line: 19, endLine: 19 },
    ]);
    expect(irreversible(r.operations)).toMatchObject([{ line: 18 }]);
  });

  it("treats force: true as a drop of the existing table", () => {
    const r = read(change("    create_table :users, force: true do |t|\n      t.string :email\n    end"));
    expect(r.operations).toMatchObject([
      { kind: "drop-table", table: "users", ifExists: true, line: 3 },
      { kind: "create-table", table: "users", columns: ["id", "email"], line: 3, endLine: 5 },
    ]);
    expect((r.operations[0] as { cascade?: boolean }).cascade).toBeUndefined();
  });

  it("drop_table with a block is reversible; several tables at once each drop", () => {
    const r = read(change("    drop_table :a, :b, if_exists: true do |t|\n      t.string :x\n    end"));
    expect(r.operations).toMatchObject([
      { kind: "drop-table", table: "a", ifExists: true },
      { kind: "drop-table", table: "b", ifExists: true },
    ]);
    expect(irreversible(r.operations)).toEqual([]);
  });

  it("reads change_table blocks", () => {
    const r = fixture("20240101000009_change_table.rb");
    expect(forward(r.operations)).toMatchObject([
      { kind: "drop-column", table: "accounts", column: "legacy_flag", line: 4 },
      { kind: "drop-column", table: "accounts", column: "other_flag", line: 4 },
      { kind: "rename-column", table: "accounts", column: "nm", newName: "name", line: 5 },
      {
        kind: "add-column",
        column: "slug",
        type: "string",
        notNull: true,
        default: { volatile: false },
        line: 6,
      },
      { kind: "add-index", table: "accounts", columns: ["slug"], unique: true, line: 7 },
      { kind: "add-column", column: "plan_id", type: "bigint", line: 8 },
      { kind: "add-index", columns: ["plan_id"], line: 8 },
      { kind: "drop-index", table: "accounts", columns: ["old_column"], line: 9 },
      { kind: "change-default", table: "accounts", column: "status", default: { volatile: false }, line: 10 },
      { kind: "add-column", column: "created_at", line: 11 },
      { kind: "add-column", column: "updated_at", line: 11 },
    ]);
    // `t.timestamps null: true` allows NULLs.
    expect(r.operations.filter((o) => o.line === 11 && "notNull" in o && o.notNull)).toEqual([]);
    expect(irreversible(r.operations)).toMatchObject([{ line: 4 }]);
  });

  it("reads t.change/t.change_null/t.remove with a type in change_table", () => {
    const r = read(
      change(
        "    change_table :users do |t|\n      t.change :age, :bigint\n      t.change_null :email, false\n      t.remove :flag, type: :boolean\n      t.column :note, :text, null: false\n      t.remove_references :org, polymorphic: true\n    end",
      ),
    );
    expect(forward(r.operations)).toMatchObject([
      { kind: "change-column-type", table: "users", column: "age", type: "bigint", line: 4 },
      { kind: "set-not-null", table: "users", column: "email", line: 5 },
      { kind: "drop-column", table: "users", column: "flag", line: 6 },
      { kind: "add-column", table: "users", column: "note", type: "text", notNull: true, line: 7 },
      { kind: "drop-column", table: "users", column: "org_id", line: 8 },
      { kind: "drop-column", table: "users", column: "org_type", line: 8 },
    ]);
    expect(irreversible(r.operations)).toMatchObject([{ line: 4 }]);
  });

  it("block comments, __END__ data and strings never produce operations", () => {
    const r = read(
      [
        "class M < ActiveRecord::Migration[6.1]",
        "  def change",
        "=begin",
        "    drop_table :users",
        "=end",
        '    say_with_time "drop_table :users" do',
        "      add_column :users, :a, :string # drop_table :users",
        "    end",
        "  end",
        "end",
        "__END__",
        "drop_table :users",
      ].join("\n"),
    );
    expect(r.operations).toEqual([
      { kind: "add-column", table: "users", column: "a", type: "string", line: 7, endLine: 7 },
    ]);
    expect(r.comments).toMatchObject([
      { line: 3, endLine: 5, text: "    drop_table :users" },
      { line: 7, text: " drop_table :users" },
    ]);
  });

  it("reports a multi-line call from its first to its last line", () => {
    const r = read(
      change(
        "    add_column :users,\n               :bio,\n               :text,\n               null: false",
      ),
    );
    expect(r.operations).toEqual([
      { kind: "add-column", table: "users", column: "bio", type: "text", notNull: true, line: 3, endLine: 6 },
    ]);
  });

  it("counts lines by bytes prism reports, whatever the characters before", () => {
    const r = read(
      change(
        '    # Ünïcödé — 日本語 — émojis 🎉\n    say "ça va — 🎉"\n    remove_column :users, :naïve, :string',
      ),
    );
    expect(r.operations).toEqual([
      { kind: "drop-column", table: "users", column: "naïve", line: 5, endLine: 5 },
    ]);
    expect(r.comments[0]).toMatchObject({ line: 3, text: " Ünïcödé — 日本語 — émojis 🎉" });
  });
});

describe("rails: column changes", () => {
  it("classifies change_column against the type the down direction restores", () => {
    const r = fixture("20240101000003_change_types.rb");
    expect(r.operations).toEqual([
      // integer → bigint keeps every value but rewrites the table: neither widening nor lossy.
      { kind: "change-column-type", table: "orders", column: "id", type: "bigint", line: 3, endLine: 3 },
      {
        kind: "change-column-type",
        table: "orders",
        column: "note",
        type: "text",
        widening: true,
        line: 4,
        endLine: 4,
      },
      {
        kind: "change-column-type",
        table: "orders",
        column: "code",
        type: "string(64)",
        widening: true,
        line: 5,
        endLine: 5,
      },
      {
        kind: "change-column-type",
        table: "orders",
        column: "total",
        type: "integer",
        lossy: true,
        line: 6,
        endLine: 6,
      },
      {
        kind: "change-column-type",
        table: "orders",
        column: "shipped_at",
        type: "date",
        lossy: true,
        line: 7,
        endLine: 7,
      },
      {
        kind: "change-column-type",
        table: "orders",
        column: "unknown_before",
        type: "string",
        line: 8,
        endLine: 8,
      },
    ]);
  });

  it("classifies change_column in dir.up against dir.down", () => {
    const r = fixture("20240101000004_narrow_columns.rb");
    expect(r.operations).toMatchObject([
      { kind: "change-column-type", column: "body", lossy: true, line: 5 },
      { kind: "change-column-type", column: "views", lossy: true, line: 6 },
      { kind: "change-column-type", column: "rating", lossy: true, line: 7 },
    ]);
    // change_column inside reversible's dir.up is explicit: nothing irreversible.
    expect(irreversible(r.operations)).toEqual([]);
  });

  it("classifies against a column added earlier in the same migration", () => {
    const r = read(
      "class M < ActiveRecord::Migration[6.1]\n  def up\n    add_column :a, :n, :string, limit: 100\n    change_column :a, :n, :string, limit: 20\n  end\n  def down; end\nend\n",
    );
    expect(r.operations[1]).toMatchObject({ kind: "change-column-type", type: "string(20)", lossy: true });
  });

  it("reads NULL constraints and defaults", () => {
    const r = fixture("20240101000005_nulls_and_defaults.rb");
    expect(forward(r.operations)).toEqual([
      { kind: "set-not-null", table: "users", column: "email", line: 3, endLine: 3 },
      { kind: "drop-not-null", table: "users", column: "phone", line: 4, endLine: 4 },
      {
        kind: "update-rows",
        table: "users",
        columns: ["locale"],
        filtered: true,
        onlyNulls: true,
        via: "change_column_null",
        line: 5,
        endLine: 5,
      },
      { kind: "set-not-null", table: "users", column: "locale", line: 5, endLine: 5 },
      {
        kind: "change-default",
        table: "users",
        column: "locale",
        default: { volatile: false, text: '"en"' },
        line: 6,
        endLine: 6,
      },
      {
        kind: "change-default",
        table: "users",
        column: "plan",
        default: { volatile: false, text: '"free"' },
        line: 7,
        endLine: 7,
      },
      {
        kind: "add-column",
        table: "users",
        column: "uuid",
        type: "uuid",
        notNull: true,
        default: { volatile: true, text: "gen_random_uuid()" },
        line: 8,
        endLine: 8,
      },
      {
        kind: "add-column",
        table: "users",
        column: "joined_at",
        type: "datetime",
        default: { volatile: false, text: "CURRENT_TIMESTAMP" },
        line: 9,
        endLine: 9,
      },
      {
        kind: "add-column",
        table: "users",
        column: "score",
        type: "integer",
        notNull: true,
        default: { volatile: false, text: "0" },
        line: 10,
        endLine: 10,
      },
      { kind: "add-column", table: "users", column: "nickname", type: "string(40)", line: 11, endLine: 14 },
    ]);
    // from:/to: is reversible; the bare change_column_default on line 7 is not.
    expect(irreversible(r.operations)).toMatchObject([{ line: 7 }]);
  });

  it("a Ruby expression default is evaluated once; a lambda that is not a string is treated as volatile", () => {
    const r = read(
      change(
        "    add_column :t, :a, :datetime, default: Time.current\n    add_column :t, :b, :string, default: -> { compute }\n    add_column :t, :c, :string, default: nil",
      ),
    );
    expect(r.operations).toMatchObject([
      { column: "a", default: { volatile: false } },
      { column: "b", default: { volatile: true } },
      { column: "c" },
    ]);
    expect("default" in r.operations[2]!).toBe(false);
  });

  it("add_timestamps is NOT NULL unless null: true; remove_timestamps drops both", () => {
    const r = read(
      change("    add_timestamps :a\n    add_timestamps :b, null: true\n    remove_timestamps :c"),
    );
    expect(r.operations).toMatchObject([
      { kind: "add-column", table: "a", column: "created_at", notNull: true },
      { kind: "add-column", table: "a", column: "updated_at", notNull: true },
      { kind: "add-column", table: "b", column: "created_at" },
      { kind: "add-column", table: "b", column: "updated_at" },
      { kind: "drop-column", table: "c", column: "created_at", line: 5 },
      { kind: "drop-column", table: "c", column: "updated_at", line: 5 },
    ]);
    expect((r.operations[2] as { notNull?: boolean }).notNull).toBeUndefined();
  });

  it("remove_columns drops each; irreversible without type:", () => {
    const a = read(change("    remove_columns :users, :a, :b"));
    expect(forward(a.operations)).toMatchObject([{ column: "a" }, { column: "b" }]);
    expect(irreversible(a.operations)).toHaveLength(1);
    const b = read(change("    remove_columns :users, :a, :b, type: :string"));
    expect(irreversible(b.operations)).toEqual([]);
  });
});

describe("rails: indexes and constraints", () => {
  it("reads add_index/remove_index with their options", () => {
    const r = fixture("20240101000006_indexes.rb");
    expect(forward(r.operations)).toEqual([
      {
        kind: "add-index",
        table: "users",
        columns: ["email"],
        unique: true,
        concurrently: true,
        line: 5,
        endLine: 5,
      },
      {
        kind: "add-index",
        table: "users",
        columns: ["last_name", "first_name"],
        name: "index_users_on_names",
        line: 6,
        endLine: 6,
      },
      {
        kind: "add-index",
        table: "users",
        columns: ["lower(email)"],
        name: "index_users_on_lower_email",
        line: 7,
        endLine: 7,
      },
      { kind: "drop-index", table: "users", columns: ["nickname"], concurrently: true, line: 8, endLine: 8 },
      { kind: "drop-index", table: "users", columns: ["phone"], line: 9, endLine: 9 },
      { kind: "drop-index", table: "users", name: "index_users_on_legacy", line: 10, endLine: 10 },
    ]);
    expect(irreversible(r.operations)).toMatchObject([{ line: 10 }]);
  });

  it("reads references, foreign keys and check constraints", () => {
    const r = fixture("20240101000007_references.rb");
    expect(forward(r.operations)).toEqual([
      { kind: "add-column", table: "projects", column: "account_id", type: "bigint", line: 5, endLine: 5 },
      { kind: "add-index", table: "projects", columns: ["account_id"], line: 5, endLine: 5 },
      {
        kind: "add-constraint",
        table: "projects",
        constraint: "foreign-key",
        validated: true,
        // disable_ddl_transaction!: each constraint statement commits on its own.
        transaction: 3,
        line: 5,
        endLine: 5,
      },
      {
        kind: "add-column",
        table: "projects",
        column: "owner_id",
        type: "bigint",
        notNull: true,
        line: 6,
        endLine: 6,
      },
      {
        kind: "add-index",
        table: "projects",
        columns: ["owner_id"],
        concurrently: true,
        line: 6,
        endLine: 6,
      },
      { kind: "add-column", table: "projects", column: "subject_id", type: "bigint", line: 7, endLine: 7 },
      { kind: "add-column", table: "projects", column: "subject_type", type: "string", line: 7, endLine: 7 },
      {
        kind: "add-constraint",
        table: "projects",
        constraint: "foreign-key",
        validated: false,
        transaction: 8,
        line: 8,
        endLine: 8,
      },
      { kind: "validate-constraint", table: "projects", transaction: 9, line: 9, endLine: 9 },
      {
        kind: "add-constraint",
        table: "projects",
        constraint: "check",
        name: "budget_positive",
        validated: false,
        transaction: 10,
        line: 10,
        endLine: 10,
      },
      {
        kind: "validate-constraint",
        table: "projects",
        name: "budget_positive",
        transaction: 11,
        line: 11,
        endLine: 11,
      },
      { kind: "drop-constraint", table: "projects", line: 12, endLine: 12 },
      { kind: "drop-constraint", table: "projects", name: "old_check", line: 13, endLine: 13 },
      { kind: "drop-column", table: "projects", column: "legacy_owner_id", line: 14, endLine: 14 },
    ]);
    expect(irreversible(r.operations)).toMatchObject([{ line: 13 }]);
  });

  it("a polymorphic reference is indexed on type and id; foreign_key: { validate: false } is not validated", () => {
    const r = read(
      change(
        "    add_reference :notes, :target, polymorphic: true, foreign_key: { validate: false }, type: :uuid",
      ),
    );
    expect(r.operations).toMatchObject([
      { kind: "add-column", column: "target_id", type: "uuid" },
      { kind: "add-column", column: "target_type", type: "string" },
      { kind: "add-index", columns: ["target_type", "target_id"] },
      { kind: "add-constraint", constraint: "foreign-key", validated: false },
    ]);
  });

  it("remove_foreign_key without the referenced table cannot be reverted in change", () => {
    const r = read(change('    remove_foreign_key :projects, name: "fk_rails_123"'));
    expect(r.operations).toMatchObject([
      { kind: "drop-constraint", table: "projects", name: "fk_rails_123" },
      { kind: "irreversible", line: 3 },
    ]);
  });
});

describe("rails: directions", () => {
  it("reads dir.up and up_only, never dir.down", () => {
    const r = read(
      change(
        [
          "    reversible do |dir|",
          "      dir.up { remove_column :users, :a, :string }",
          "      dir.down { drop_table :users }",
          "    end",
          "    up_only do",
          "      remove_column :users, :b, :string",
          "    end",
        ].join("\n"),
      ),
    );
    expect(r.operations).toEqual([
      { kind: "drop-column", table: "users", column: "a", line: 4, endLine: 4 },
      { kind: "drop-column", table: "users", column: "b", line: 8, endLine: 8 },
    ]);
  });

  it("prefers change over up/down, and up over down", () => {
    const r = read(
      "class M < ActiveRecord::Migration[6.1]\n  def change\n    add_column :a, :b, :string\n  end\n  def up\n    drop_table :a\n  end\n  def down\n    drop_table :b\n  end\nend\n",
    );
    expect(kinds(r.operations)).toEqual(["add-column"]);
  });

  it("inverts what a revert block contains", () => {
    const r = read(
      change(
        "    revert do\n      add_column :users, :tmp, :string\n      create_table :scratch\n    end\n    revert AddSomething",
      ),
    );
    expect(r.operations).toMatchObject([
      { kind: "drop-table", table: "scratch", line: 5 },
      { kind: "drop-column", table: "users", column: "tmp", line: 4 },
      { kind: "unknown", line: 7 },
    ]);
  });

  it("reads migrations nested in modules and old-style self.up", () => {
    const r = read(
      "module Billing\n  class M < ActiveRecord::Migration\n    def self.up\n      remove_column :invoices, :x\n    end\n    def self.down\n    end\n  end\nend\n",
    );
    expect(r.operations).toEqual([
      { kind: "drop-column", table: "invoices", column: "x", line: 4, endLine: 4 },
    ]);
  });
});

describe("rails: irreversible", () => {
  it("flags up without down at the def", () => {
    const r = fixture("20240101000015_up_without_down.rb");
    expect(r.operations).toMatchObject([
      { kind: "drop-table", table: "legacy_reports", line: 3 },
      { kind: "irreversible", line: 2, endLine: 2 },
    ]);
  });

  it("flags a raise of IrreversibleMigration in down, and a dir.down raise", () => {
    const a = fixture("20240101000011_data_changes.rb");
    expect(irreversible(a.operations)).toMatchObject([{ line: 27, endLine: 27 }]);
    const b = read(
      change(
        '    reversible do |dir|\n      dir.down { raise ActiveRecord::IrreversibleMigration, "no" }\n    end',
      ),
    );
    expect(b.operations).toMatchObject([{ kind: "irreversible", line: 4 }]);
  });

  it("flags data changes and execute in change but not inside up_only, and not in up with down", () => {
    const r = fixture("20240101000014_irreversible_change.rb");
    expect(irreversible(r.operations)).toMatchObject([{ line: 4 }]);
    const up = read(
      "class M < ActiveRecord::Migration[6.1]\n  def up\n    User.update_all(a: 1)\n    change_column :a, :b, :text\n  end\n  def down\n  end\nend\n",
    );
    expect(irreversible(up.operations)).toEqual([]);
  });

  it("a fully reversible change has no irreversible op", () => {
    const r = read(
      change(
        "    add_column :a, :b, :string\n    remove_column :a, :c, :string\n    remove_index :a, :d\n    change_column_null :a, :e, true\n    change_column_default :a, :f, from: 1, to: 2\n    rename_column :a, :g, :h",
      ),
    );
    expect(irreversible(r.operations)).toEqual([]);
    expect(kinds(r.operations)).toEqual([
      "add-column",
      "drop-column",
      "drop-index",
      "drop-not-null",
      "change-default",
      "rename-column",
    ]);
  });
});

describe("rails: data changes", () => {
  it("reads deletes and updates with their filters and models", () => {
    const r = fixture("20240101000011_data_changes.rb");
    expect(forward(r.operations)).toEqual([
      { kind: "delete-rows", table: "users", filtered: false, via: "delete_all", line: 10, endLine: 10 },
      { kind: "delete-rows", table: "users", filtered: true, via: "delete_all", line: 11, endLine: 11 },
      {
        kind: "delete-rows",
        table: "categories",
        filtered: false,
        via: "destroy_all",
        line: 12,
        endLine: 12,
      },
      { kind: "delete-rows", table: "addresses", filtered: false, via: "destroy", line: 13, endLine: 13 },
      {
        kind: "update-rows",
        table: "statuses",
        columns: ["archived"],
        filtered: false,
        onlyNulls: false,
        via: "update_all",
        line: 14,
        endLine: 14,
      },
      {
        kind: "update-rows",
        table: "people",
        columns: ["nickname"],
        filtered: true,
        onlyNulls: true,
        via: "update_all",
        line: 15,
        endLine: 15,
      },
      {
        kind: "update-rows",
        table: "people",
        columns: ["nickname", "age"],
        filtered: true,
        onlyNulls: false,
        via: "update_all",
        line: 16,
        endLine: 16,
      },
      {
        kind: "update-rows",
        table: "things_v1",
        columns: ["deleted_at"],
        filtered: false,
        onlyNulls: false,
        via: "update_all",
        line: 17,
        endLine: 17,
      },
      {
        kind: "update-rows",
        table: "users",
        columns: ["locale"],
        filtered: true,
        onlyNulls: true,
        via: "update_all",
        line: 19,
        endLine: 19,
      },
      { kind: "delete-rows", table: "comments", filtered: false, via: "destroy", line: 22, endLine: 22 },
    ]);
  });

  it("reads SQL fragments in where/update_all, where.not, or, and records updated one by one", () => {
    const r = read(
      change(
        [
          '    User.where("email IS NULL AND name IS NULL").update_all("email = \'x\', name = lower(a, b)")',
          "    User.where.not(email: nil).update_all(email: nil)",
          "    User.where(email: nil).or(User.where(admin: true)).update_all(email: 'x')",
          "    User.where(plan: nil).find_each { |u| u.update!(plan: 'free') }",
          "    User.find(1).destroy",
          "    Person.delete(3)",
          "    ENV.delete('X')",
          "    Rails.cache.delete('k')",
          "    Dir.glob('*').each { |f| f.delete }",
        ].join("\n"),
      ),
    );
    expect(forward(r.operations)).toMatchObject([
      {
        kind: "update-rows",
        table: "users",
        columns: ["email", "name"],
        filtered: true,
        onlyNulls: true,
        line: 3,
      },
      { kind: "update-rows", table: "users", columns: ["email"], filtered: true, onlyNulls: false, line: 4 },
      { kind: "update-rows", table: "users", filtered: true, onlyNulls: false, line: 5 },
      { kind: "update-rows", table: "users", columns: ["plan"], filtered: true, onlyNulls: true, line: 6 },
      { kind: "delete-rows", table: "users", filtered: true, line: 7 },
      { kind: "delete-rows", table: "people", filtered: true, line: 8 },
    ]);
  });

  it("anonymous model classes and soft deletes", () => {
    const r = read(
      [
        "class M < ActiveRecord::Migration[6.1]",
        '  Account = Class.new(ActiveRecord::Base) { self.table_name = "billing_accounts" }',
        "  def up",
        '    legacy = Class.new(ActiveRecord::Base) { self.table_name = "legacy_rows" }',
        "    legacy.where(id: 1).delete_all",
        "    Account.update_all(deleted_at: Time.current)",
        "    scope = Account.where(deleted_at: nil)",
        "    scope.update_all(deleted_at: Time.current)",
        "  end",
        "  def down; end",
        "end",
      ].join("\n"),
    );
    expect(r.operations).toMatchObject([
      { kind: "delete-rows", table: "legacy_rows", filtered: true, line: 5 },
      { kind: "update-rows", table: "billing_accounts", columns: ["deleted_at"], filtered: false, line: 6 },
      { kind: "update-rows", table: "billing_accounts", filtered: true, onlyNulls: true, line: 8 },
    ]);
  });

  it("reads associations of iterated records, connection locals and truncate", () => {
    const r = read(
      change(
        [
          "    User.find_each do |user|",
          "      user.posts.destroy_all",
          "    end",
          "    conn = ActiveRecord::Base.connection",
          "    conn.truncate(:audit_logs)",
          "    truncate_tables :a, :b",
        ].join("\n"),
      ),
    );
    expect(forward(r.operations)).toMatchObject([
      { kind: "delete-rows", table: "posts", filtered: true, via: "destroy_all", line: 4 },
      { kind: "truncate", tables: ["audit_logs"], line: 7 },
      { kind: "truncate", tables: ["a", "b"], line: 8 },
    ]);
    expect(irreversible(r.operations)).toMatchObject([{ line: 4 }]);
  });

  it("a relation it cannot resolve is unknown, not safe", () => {
    const r = read(change("    records.delete_all\n    something(1).update_all(a: 1)"));
    expect(kinds(forward(r.operations))).toEqual(["unknown", "unknown"]);
    expect(r.operations.map((o) => o.line)).toContain(4);
  });
});

describe("rails: following code", () => {
  it("follows helper methods (once, even when recursive) and literal iterations", () => {
    const r = fixture("20240101000012_helpers.rb");
    expect(r.operations).toEqual([
      { kind: "drop-column", table: "users", column: "legacy", line: 12, endLine: 12 },
      { kind: "drop-column", table: "users", column: "older", line: 18, endLine: 18 },
      { kind: "drop-column", table: "posts", column: "deleted_at", line: 5, endLine: 5 },
      { kind: "drop-column", table: "comments", column: "deleted_at", line: 5, endLine: 5 },
    ]);
  });

  it("binds helper arguments, constants and hash iterations", () => {
    const r = read(
      [
        "class M < ActiveRecord::Migration[6.1]",
        "  TABLES = %w[orders carts].freeze",
        "  disable_ddl_transaction!",
        "  def change",
        "    TABLES.each { |t| strip(t) }",
        "    { users: :email, posts: :title }.each do |table, column|",
        "      add_index table, column, algorithm: :concurrently",
        "    end",
        "  end",
        "  def strip(table, column = :junk)",
        "    remove_column table, column, :string",
        "  end",
        "  def down_helper",
        "    drop_table :never_called",
        "  end",
        "end",
      ].join("\n"),
    );
    expect(r.operations).toEqual([
      { kind: "drop-column", table: "orders", column: "junk", line: 11, endLine: 11 },
      { kind: "drop-column", table: "carts", column: "junk", line: 11, endLine: 11 },
      { kind: "add-index", table: "users", columns: ["email"], concurrently: true, line: 7, endLine: 7 },
      { kind: "add-index", table: "posts", columns: ["title"], concurrently: true, line: 7, endLine: 7 },
    ]);
  });

  it("reads algorithm: :concurrently as concurrent only outside the DDL transaction", () => {
    const body = "  def change\n    add_index :users, :email, algorithm: :concurrently\n  end";
    const inside = read(`class M < ActiveRecord::Migration[6.1]\n${body}\nend`);
    expect(inside.operations).toEqual([
      { kind: "add-index", table: "users", columns: ["email"], line: 3, endLine: 3 },
    ]);
    // The words in a comment or a string do not leave the transaction.
    const commented = read(
      `class M < ActiveRecord::Migration[6.1]\n  # disable_ddl_transaction!\n  NOTE = "disable_ddl_transaction!"\n${body}\nend`,
    );
    expect(commented.operations).toMatchObject([{ kind: "add-index", line: 5 }]);
    expect(commented.operations[0]).not.toHaveProperty("concurrently");
    const outside = read(`class M < ActiveRecord::Migration[6.1]\n  disable_ddl_transaction!\n${body}\nend`);
    expect(outside.operations).toMatchObject([{ kind: "add-index", concurrently: true, line: 4 }]);
  });

  it("a table name it cannot resolve is still a column drop, on a table computed at run time", () => {
    const r = read(change("    remove_column table_name_from_somewhere, :x, :string"));
    expect(r.operations).toMatchObject([
      {
        kind: "drop-column",
        table: "{table_name_from_somewhere} (a table computed at run time)",
        column: "x",
        line: 3,
      },
    ]);
  });

  it("spreads a splat of a literal list or constant, and keeps a drop whose operand it cannot resolve", () => {
    const r = read(
      "class X < ActiveRecord::Migration[6.1]\n  COLS = %i[c d].freeze\n  def change\n    remove_columns :users, *%i[a b], *COLS, type: :string\n    drop_table some_table, if_exists: true\n    truncate klass.table_name\n  end\nend\n",
    );
    expect(r.operations.filter((o) => o.kind !== "irreversible")).toMatchObject([
      { kind: "drop-column", table: "users", column: "a", line: 4 },
      { kind: "drop-column", table: "users", column: "b", line: 4 },
      { kind: "drop-column", table: "users", column: "c", line: 4 },
      { kind: "drop-column", table: "users", column: "d", line: 4 },
      { kind: "drop-table", table: "{some_table} (a table computed at run time)", ifExists: true, line: 5 },
      { kind: "truncate", tables: ["{klass.table_name} (a table computed at run time)"], line: 6 },
    ]);
  });

  it("follows connection and strong_migrations-style blocks", () => {
    const r = read(
      change(
        "    safety_assured do\n      remove_column :users, :a, :string\n    end\n    connection.add_index :users, :b\n    transaction { drop_table :x do |t| end }",
      ),
    );
    expect(r.operations).toMatchObject([
      { kind: "drop-column", line: 4 },
      { kind: "add-index", table: "users", columns: ["b"], line: 6 },
      { kind: "drop-table", table: "x", line: 7 },
    ]);
  });

  it("class names describe nothing", () => {
    const r = read(
      "class RemoveIndexFromUsersAndDropEverything < ActiveRecord::Migration[6.1]\n  def change\n    add_column :users, :a, :string\n  end\nend\n",
    );
    expect(kinds(r.operations)).toEqual(["add-column"]);
  });
});

describe("rails: SQL", () => {
  it("an interpolated string or a variable is unknown; select_* reads nothing; down SQL is ignored", () => {
    const r = fixture("20240101000010_execute_sql.rb");
    const unknownFromRuby = r.operations.filter(
      (o) => o.kind === "unknown" && "text" in o && o.text?.includes("#{"),
    );
    // Line 12 interpolates `table = "users"`: read as DELETE FROM users, not held as unknown.
    expect(unknownFromRuby.map((o) => o.line)).toEqual([]);
    expect(r.operations.find((o) => o.line === 12)).toMatchObject({ kind: "delete-rows", table: "users" });
    const lines = r.operations.map((o) => o.line);
    expect(lines).toContain(13);
    expect(lines.every((l) => l < 20)).toBe(true);
    const s = read(change('    select_all("SELECT 1")\n    connection.select_value("SELECT 2")'));
    expect(s.operations).toEqual([]);
  });
});

describe("rails: syntax errors", () => {
  it("reports problems with their lines and still reads what it can", () => {
    const r = fixture("20240101000013_syntax_error.rb");
    // One problem per line: the unclosed class (1), the missing argument (4), the stray `end` (5).
    expect(r.problems.map((p) => p.line)).toEqual([1, 4, 5]);
    expect(r.operations[0]).toMatchObject({ kind: "drop-column", column: "email", line: 3 });
  });

  it("an empty or class-less file has nothing and no problem", () => {
    expect(read("")).toMatchObject({ operations: [], problems: [] });
    expect(read("# just a comment\n")).toMatchObject({ operations: [], problems: [] });
  });
});

describe("rails: repeated reads", () => {
  // Speed is measured by `npm run bench`, not here; what a unit test can pin is that reading many files in one
  // process carries nothing from one file to the next (the parser is loaded once and reused).
  it("reads the same migration 2,000 times with the same result each time", () => {
    const source = readFileSync(join(FIXTURES, "20240101000008_create_tables.rb"), "utf8");
    const first = JSON.stringify(read(source));
    expect(JSON.parse(first).operations.length).toBeGreaterThan(0);
    let same = 0;
    for (let i = 0; i < 2000; i++) if (JSON.stringify(read(source)) === first) same++;
    expect(same).toBe(2000);
  });
});

describe("rails: calls the reader cannot see into", () => {
  it("holds a Rake task and an unknown method called in the body for review (they used to read as nothing)", () => {
    const ops = forward(
      read(`class M < ActiveRecord::Migration[6.1]
  def up
    Rake::Task["data:purge"].invoke
    ::Rake::Task[task_name].execute
    self.cleanup_everything
    archive_orders(:orders)
    say "archive_orders(:orders)"
    # purge_everything
  end

  def down
    restore_everything
  end
end
`).operations,
    );
    expect(ops.map((o) => [o.kind, o.line])).toEqual([
      ["unknown", 3],
      ["unknown", 4],
      ["unknown", 5],
      ["unknown", 6],
    ]);
  });

  it("reads the well-known harmless calls and helpers the file defines as what they are, not unknown", () => {
    const ops = forward(
      read(`class M < ActiveRecord::Migration[6.1]
  def up
    say "starting"
    say_with_time "adding" do
      add_column :users, :region, :text
    end
    reversible { |dir| dir.up { add_column :users, :zone, :text } }
    up_only { add_column :users, :plan, :text }
    safety_assured { add_column :users, :tier, :text }
    puts "done"
    add_flag
    table_name = compute_name
    User.reset_column_information
  end

  def down; end

  private

  def add_flag
    add_column :users, :flag, :boolean
  end
end
`).operations,
    );
    expect(kinds(ops)).toEqual(["add-column", "add-column", "add-column", "add-column", "add-column"]);
  });

  it("reads model and connection calls as what they do", () => {
    const ops = forward(
      read(
        change(`    User.delete_all
    User.where(banned: true).destroy_all
    User.update_all(active: false)
    connection.exec_delete("DELETE FROM sessions")
    connection.exec_update("UPDATE users SET a = 1")
    connection.exec_query("SELECT pg_terminate_backend(1)")`),
      ).operations,
    );
    expect(kinds(ops)).toEqual([
      "delete-rows",
      "delete-rows",
      "update-rows",
      "delete-rows",
      "update-rows",
      "unknown",
    ]);
  });
});

describe("rails: PostgreSQL enum types", () => {
  it("reads create_enum, add_enum_value, rename_enum, rename_enum_value and drop_enum as the statements they run", () => {
    const r = read(
      change(
        [
          "    create_enum :order_status, %w[new paid]",
          '    create_enum "mood", ["ok", "sad"]',
          "    add_enum_value :order_status, 'refunded', after: 'paid'",
          "    rename_enum :order_status, to: :order_state",
          "    rename_enum :mood, :feeling",
          "    rename_enum_value :order_state, from: 'new', to: 'fresh'",
          "    drop_enum :feeling, %w[ok sad], if_exists: true",
        ].join("\n"),
      ),
    );
    expect(forward(r.operations)).toMatchObject([
      { kind: "create-enum", type: "order_status", values: ["new", "paid"], line: 3 },
      { kind: "create-enum", type: "mood", values: ["ok", "sad"] },
      { kind: "add-enum-value", type: "order_status", value: "refunded" },
      { kind: "rename-type", type: "order_status", newName: "order_state" },
      { kind: "rename-type", type: "mood", newName: "feeling" },
      { kind: "rename-enum-value", type: "order_state", value: "new", newValue: "fresh" },
      { kind: "drop-type", type: "feeling", ifExists: true },
    ]);
    // Rails cannot invert add_enum_value (PostgreSQL cannot remove a value); drop_enum with its values it can.
    expect(irreversible(r.operations)).toMatchObject([{ line: 5 }]);
    expect(irreversible(read(change("    drop_enum :mood")).operations)).toMatchObject([{ line: 3 }]);
  });

  it("types an enum column by its enum_type:, in create_table, change_table and add_column", () => {
    const r = read(
      change(
        [
          "    create_table :orders do |t|",
          "      t.enum :status, enum_type: :order_status, null: false",
          "    end",
          "    change_table :orders do |t|",
          "      t.enum :kind, enum_type: 'order_kind'",
          "    end",
          "    add_column :orders, :mood, :enum, enum_type: :mood",
        ].join("\n"),
      ),
    );
    expect(forward(r.operations)).toMatchObject([
      { kind: "create-table", table: "orders", columnTypes: { status: "order_status" } },
      { kind: "add-column", column: "kind", type: "order_kind" },
      { kind: "add-column", column: "mood", type: "mood" },
    ]);
  });

  it("values from a constant list resolve; values it cannot resolve, or the calls in a comment, a string or down, are no enum", () => {
    const constant = `STATUSES = %w[new paid].freeze
${change("    create_enum :order_status, STATUSES")}`;
    expect(forward(read(constant).operations)).toMatchObject([
      { kind: "create-enum", type: "order_status", values: ["new", "paid"] },
    ]);
    expect(kinds(forward(read(change("    create_enum :order_status, statuses")).operations))).toEqual([
      "unknown",
    ]);
    const quoted = [
      "class M < ActiveRecord::Migration[7.1]",
      "  def up",
      "    # create_enum :order_status, %w[new paid]",
      '    say "drop_enum :order_status"',
      "  end",
      "  def down",
      "    drop_enum :order_status",
      "  end",
      "end",
      "",
    ].join("\n");
    expect(read(quoted).operations).toEqual([]);
  });
});
