import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeFile } from "../../src/core/analyze.js";
import { DEFAULT_CONFIG } from "../../src/core/config.js";
import { ecto } from "../../src/core/frameworks/ecto.js";
import type { Parsers } from "../../src/core/parsers.js";
import type { Operation, ParsedMigration } from "../../src/core/types.js";
import { loadParsers } from "../../src/parsers/index.js";
import { runTimeName } from "../../src/core/run-time.js";

const DIR = join("__fixtures__", "ecto", "priv", "repo", "migrations");

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers(["elixir", "postgres"]);
});

function read(source: string): ParsedMigration {
  return ecto.parse(
    { path: "priv/repo/migrations/20240101000000_x.exs", source, database: "postgresql" },
    parsers,
  );
}

function fixture(name: string): ParsedMigration {
  return read(readFileSync(join(DIR, name), "utf8"));
}

/** A module whose change/0 is `body` (first body line is line 5); `attributes` go above it. */
function change(body: string, attributes = ""): ParsedMigration {
  return read(
    `defmodule Shop.Repo.Migrations.X do\n  use Ecto.Migration\n${attributes}\n  def change do\n${body}\n  end\nend\n`,
  );
}

/** A module with up/0 = `body` (first body line is line 5) and a down/0 that does something. */
function up(body: string): ParsedMigration {
  return read(
    `defmodule Shop.Repo.Migrations.X do\n  use Ecto.Migration\n\n  def up do\n${body}\n  end\n\n  def down do\n    drop table(:x)\n  end\nend\n`,
  );
}

function brief(list: readonly Operation[]): [string, number, string?][] {
  return list.map((o) => [o.kind, o.line, "table" in o ? o.table : undefined]);
}

function only<K extends Operation["kind"]>(r: ParsedMigration, kind: K): Extract<Operation, { kind: K }>[] {
  return r.operations.filter((o): o is Extract<Operation, { kind: K }> => o.kind === kind);
}

describe("ecto.matches", () => {
  it.each([
    ["priv/repo/migrations/20240101000000_create_users.exs", true],
    ["apps/shop/priv/repo/migrations/20240101000000_create_users.exs", true],
    ["priv/analytics_repo/migrations/20240101000000_create_events.exs", true],
    ["priv/repo/seeds.exs", false],
    ["priv/repo/migrations/20240101000000_create_users.ex", false],
    ["lib/shop/repo.ex", false],
  ])("%s → %s", (path, expected) => {
    expect(ecto.matches(path, "")).toBe(expected);
  });
});

describe("ecto: schema commands", () => {
  const r = (): ParsedMigration => fixture("20240301000000_change_accounts.exs");

  it("maps create/alter/rename/drop/execute to operations with their lines", () => {
    expect(brief(r().operations)).toEqual([
      ["create-table", 5, "invoices"],
      ["add-constraint", 6, "invoices"],
      ["add-column", 12, "accounts"],
      ["add-column", 13, "accounts"],
      ["add-column", 14, "accounts"],
      ["add-column", 15, "accounts"],
      ["drop-column", 16, "accounts"],
      ["change-column-type", 17, "accounts"],
      ["change-column-type", 18, "accounts"],
      ["drop-not-null", 19, "accounts"],
      ["rename-column", 22, "accounts"],
      ["rename-table", 23, "posts"],
      ["add-index", 24, "accounts"],
      ["add-index", 25, "accounts"],
      ["drop-index", 26, "accounts"],
      ["add-constraint", 27, "accounts"],
      ["drop-table", 28, "sessions"],
      ["irreversible", 28, undefined],
    ]);
  });

  it("lists the columns of a created table: id, added columns and timestamps", () => {
    expect(only(r(), "create-table")[0]!.columns).toEqual([
      "id",
      "account_id",
      "amount",
      "inserted_at",
      "updated_at",
    ]);
  });

  it("reads nullability and defaults: nullable unless null: false, fragment defaults by their SQL", () => {
    expect(only(r(), "add-column").map((o) => [o.column, o.notNull, o.default?.volatile])).toEqual([
      ["nickname", false, undefined],
      ["plan", true, undefined],
      ["active", true, false],
      ["token", false, true],
    ]);
  });

  it("classifies modify against its from: type", () => {
    expect(
      only(r(), "change-column-type").map((o) => [o.column, o.lossy ?? false, o.widening ?? false]),
    ).toEqual([
      ["name", true, false],
      ["bio", false, true],
    ]);
  });

  it("names indexes the way Ecto does and keeps unique and check options", () => {
    expect(only(r(), "add-index").map((o) => [o.name, o.unique ?? false])).toEqual([
      ["accounts_email_index", false],
      ["accounts_handle_uniq", true],
    ]);
    expect(only(r(), "add-constraint").map((o) => [o.constraint, o.validated])).toEqual([
      ["foreign-key", true],
      ["check", false],
    ]);
  });

  it("follows only the up half of execute/2", () => {
    expect(r().operations.some((o) => o.kind === "unknown")).toBe(false);
  });
});

describe("ecto: data changes and SQL", () => {
  const r = (): ParsedMigration => fixture("20240302000000_data_changes.exs");

  it("maps repo() deletes and updates, SQL and helpers, with their lines", () => {
    expect(brief(r().operations)).toEqual([
      ["delete-rows", 8, "sessions"],
      ["delete-rows", 9, "accounts"],
      ["update-rows", 10, "accounts"],
      ["update-rows", 11, "accounts"],
      ["update-rows", 13, "accounts"],
      ["update-rows", 16, "accounts"],
      ["drop-column", 18, "accounts"],
      ["drop-table", 20, "old_reports"],
      ["drop-table", 22, "accounts_old"],
      ["drop-table", 23, "audit_events"],
      ["delete-rows", 28, "jobs"],
      ["irreversible", 7, undefined],
    ]);
  });

  it("tells filtered from unfiltered, and a NULL-only backfill from an overwrite", () => {
    expect(only(r(), "delete-rows").map((o) => o.filtered)).toEqual([false, true, false]);
    expect(only(r(), "update-rows").map((o) => [o.columns, o.filtered, o.onlyNulls])).toEqual([
      [["plan"], false, false],
      [["plan"], true, true],
      [["country"], true, true],
      [["tier"], true, false],
    ]);
  });

  it("does not count is_nil under `or` or `not` as a NULL-only backfill", () => {
    const r2 = up(
      [
        `    repo().update_all(from(a in "accounts", where: is_nil(a.plan) or a.plan == "trial"), set: [plan: "free"])`,
        `    repo().update_all(from(a in "accounts", where: not is_nil(a.plan)), set: [plan: "free"])`,
        `    repo().update_all(from(a in "accounts", where: [plan: nil]), set: [plan: "free"])`,
      ].join("\n"),
    );
    expect(only(r2, "update-rows").map((o) => o.onlyNulls)).toEqual([false, false, true]);
  });

  it("reads queries bound to variables and schema modules by their conventional table", () => {
    const r2 = up(
      [
        `    query = from(a in Shop.Accounts.AuditLog, where: a.inserted_at < ago(1, "year"))`,
        `    repo().delete_all(query)`,
        `    repo().delete_all(Shop.Session)`,
        `    repo().delete_all(some_query())`,
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
      ["delete-rows", 6, "audit_logs", true],
      ["delete-rows", 7, "sessions", false],
      ["unknown", 8, undefined, undefined],
    ]);
  });

  it("follows repo().query! into SQL and loops over literal lists", () => {
    const r2 = up(
      [
        `    repo().query!("TRUNCATE audit_events")`,
        `    for t <- [:a, :b] do`,
        `      drop table(t)`,
        `    end`,
        `    Enum.each(~w(c d), fn t -> drop table(t) end)`,
      ].join("\n"),
    );
    expect(brief(r2.operations)).toEqual([
      ["truncate", 5, undefined],
      ["drop-table", 7, "a"],
      ["drop-table", 7, "b"],
      ["drop-table", 9, "c"],
      ["drop-table", 9, "d"],
    ]);
  });
});

describe("ecto: CONCURRENTLY", () => {
  const index =
    "    create index(:accounts, [:email], concurrently: true)\n    drop index(:accounts, [:name], concurrently: true)";

  it("counts concurrently: true when the module disables the DDL transaction", () => {
    const r = change(index, "  @disable_ddl_transaction true\n  @disable_migration_lock true\n");
    expect(
      r.operations.map((o) => [o.kind, o.line, "concurrently" in o ? o.concurrently : undefined]),
    ).toEqual([
      ["add-index", 7, true],
      ["drop-index", 8, true],
    ]);
  });

  it("does not count it inside a transaction, where PostgreSQL refuses CONCURRENTLY", () => {
    const r = change(index);
    expect(
      r.operations.map((o) => (o.kind === "add-index" || o.kind === "drop-index" ? o.concurrently : "?")),
    ).toEqual([undefined, undefined]);
  });
});

describe("ecto: irreversibility", () => {
  it("marks remove without a type, execute/1, modify without from: and drop constraint in change/0", () => {
    for (const [body, line] of [
      ["    alter table(:accounts) do\n      remove :fax\n    end", 6],
      [`    execute "UPDATE accounts SET plan = 'free' WHERE plan IS NULL"`, 5],
      ["    alter table(:accounts) do\n      modify :name, :text\n    end", 6],
      ["    drop constraint(:accounts, :age_positive)", 5],
    ] as const) {
      const marks = only(change(body), "irreversible");
      expect(marks.map((m) => m.line)).toEqual([line]);
    }
  });

  it("does not mark remove with a type, execute/2 or modify with from:", () => {
    const r = change(
      [
        "    alter table(:accounts) do",
        "      remove :fax, :string",
        "      modify :name, :text, from: :string",
        "    end",
        `    execute "CREATE EXTENSION citext", "DROP EXTENSION citext"`,
      ].join("\n"),
    );
    expect(only(r, "irreversible")).toEqual([]);
  });

  it("marks up/0 without down/0, and a down/0 that does nothing", () => {
    const noDown = read(
      "defmodule M do\n  use Ecto.Migration\n  def up do\n    drop table(:a)\n  end\nend\n",
    );
    expect(brief(noDown.operations)).toEqual([
      ["drop-table", 4, "a"],
      ["irreversible", 3, undefined],
    ]);
    const emptyDown = read(
      "defmodule M do\n  use Ecto.Migration\n  def up, do: drop(table(:a))\n  def down, do: :ok\nend\n",
    );
    expect(brief(emptyDown.operations)).toEqual([
      ["drop-table", 3, "a"],
      ["irreversible", 3, undefined],
    ]);
  });
});

describe("ecto: what is not forward", () => {
  it("ignores down/0, comments and strings that mention drops, and module names with drop words", () => {
    const source = `defmodule Shop.Repo.Migrations.RemoveIndexFromUsers do
  use Ecto.Migration

  # drop table(:users) was the old plan
  def up do
    IO.puts("drop table users is not called")
    drop index(:users, [:email])
  end

  def down do
    drop table(:users)
    alter table(:users) do
      remove :email
    end
  end
end
`;
    const r = read(source);
    expect(brief(r.operations)).toEqual([["drop-index", 7, "users"]]);
    expect(r.comments.map((c) => c.line)).toEqual([4]);
    expect(r.problems).toEqual([]);
  });

  it("learns the old type of a modify in up/0 from the modify in down/0", () => {
    const r = read(
      "defmodule M do\n  use Ecto.Migration\n  def up do\n    alter table(:a) do\n      modify :n, :string, size: 10\n    end\n  end\n  def down do\n    alter table(:a) do\n      modify :n, :string, size: 40\n    end\n  end\nend\n",
    );
    expect(only(r, "change-column-type").map((o) => [o.line, o.lossy])).toEqual([[5, true]]);
  });

  it("reads a relaxing modify (null: true) as no type change", () => {
    const r = change(
      "    alter table(:accounts) do\n      modify :city, :string, null: true, from: :string\n    end",
    );
    expect(r.operations.map((o) => o.kind)).toEqual(["drop-not-null"]);
  });

  it("reports syntax errors as problems (needs review), whatever tree-sitter could recover", () => {
    const r = read(
      "defmodule M do\n  use Ecto.Migration\n  def change do\n    drop table(:a)\n    alter table(:b) do\n      add :x, :string,\n  end\nend\n",
    );
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems[0]!.endLine).toBeGreaterThanOrEqual(6);
  });

  it("never throws on text that is not Elixir", () => {
    for (const source of ["", "not elixir (", "defmodule M do", "def change do\n end end end", "\u0000"]) {
      expect(() => read(source)).not.toThrow();
    }
  });

  it("keeps a drop of a table computed at run time a drop; dynamic SQL and other unresolved names are unknown", () => {
    const r = change(`    drop table(name)\n    execute sql\n    create index(tbl, [:a])`);
    expect(r.operations.map((o) => [o.kind, o.line])).toEqual([
      ["drop-table", 5],
      ["unknown", 6],
      ["unknown", 7],
      ["irreversible", 5],
    ]);
    expect(r.operations[0]).toMatchObject({ table: "{name} (a table computed at run time)" });
  });
});

describe("ecto: through analyzeFile", () => {
  it("is detected by path, and an allow comment above a remove acknowledges it", () => {
    const source = `defmodule Shop.Repo.Migrations.RemoveFax do
  use Ecto.Migration

  def change do
    alter table(:accounts) do
      # migration-guard:allow drop-column -- unused since v41
      remove :fax, :string
      remove :pager, :string
    end
  end
end
`;
    const report = analyzeFile(
      { path: "priv/repo/migrations/20240101000000_remove_fax.exs", content: source, status: "added" },
      parsers,
      DEFAULT_CONFIG,
    );
    expect(report?.framework).toBe("ecto");
    const drops = report!.findings.filter((f) => f.rule === "drop-column");
    expect(drops.map((f) => [f.line, f.acknowledged !== undefined])).toEqual([
      [7, true],
      [8, false],
    ]);
  });
});

// Pinned before the reader was split into a dispatcher and handler tables: each handler's output as data
// (kind, line and fields; an unknown or irreversible mark by its kind and line, never its wording).
describe("ecto: each handler's operations", () => {
  function ops(r: ParsedMigration): Record<string, unknown>[] {
    return r.operations.map((o) => {
      const { endLine: _endLine, ...rest } = o;
      if (rest.kind === "unknown" || rest.kind === "irreversible")
        return { kind: rest.kind, line: rest.line };
      return rest;
    });
  }

  it("commands: rename a column, constraints created and dropped, unknown targets, drops in change/0", () => {
    expect(
      ops(
        change(
          [
            "    rename table(:users), :fax, to: :telefax",
            '    create constraint(:users, :age_positive, check: "age > 0")',
            "    create constraint(:rooms, :no_overlap, exclude: ~s|gist (room with =)|, validate: false)",
            "    drop constraint(:users, :age_positive)",
            "    create view(:active_users)",
            "    drop sequence(:ids)",
            "    create table(name)",
            "    drop table(name)",
            "    rename table(from), to: table(:b)",
            "    rename table(:a), col, to: :b",
            "    rename index(:users, :a, to: :b)",
            '    create constraint(table, :x, check: "true")',
            "    drop constraint(table, :x)",
            '    drop_if_exists table(:old, prefix: "billing"), mode: :cascade',
          ].join("\n"),
        ),
      ),
    ).toEqual([
      { kind: "rename-column", line: 5, table: "users", column: "fax", newName: "telefax" },
      {
        kind: "add-constraint",
        line: 6,
        table: "users",
        constraint: "check",
        name: "age_positive",
        validated: true,
      },
      {
        kind: "add-constraint",
        line: 7,
        table: "rooms",
        constraint: "exclusion",
        name: "no_overlap",
        validated: false,
      },
      { kind: "drop-constraint", line: 8, table: "users", name: "age_positive" },
      { kind: "unknown", line: 9 },
      { kind: "unknown", line: 10 },
      { kind: "unknown", line: 11 },
      { kind: "drop-table", line: 12, table: runTimeName("table", "name") },
      { kind: "unknown", line: 13 },
      { kind: "unknown", line: 14 },
      { kind: "unknown", line: 16 },
      { kind: "unknown", line: 17 },
      { kind: "drop-table", line: 18, table: "billing.old", ifExists: true, cascade: true },
      { kind: "irreversible", line: 8 },
    ]);
  });

  it("columns: modify with null, default and references; generated and unresolved columns", () => {
    expect(
      ops(
        change(
          [
            "    alter table(:users) do",
            '      modify :plan, :string, null: false, default: "free", from: {:string, null: true}',
            "      modify :team_id, references(:teams, validate: false), from: :bigint # same type: only the key",
            '      add :total, :integer, generated: "ALWAYS AS (a + b) STORED"',
            "      add col, :string",
            "      remove_if_exists :fax",
            "      remove col",
            "      modify col, :string",
            "    end",
          ].join("\n"),
        ),
      ),
    ).toEqual([
      { kind: "set-not-null", line: 6, table: "users", column: "plan" },
      {
        kind: "change-default",
        line: 6,
        table: "users",
        column: "plan",
        default: { volatile: false, text: '"free"' },
      },
      {
        kind: "add-constraint",
        line: 7,
        table: "users",
        constraint: "foreign-key",
        name: "users_team_id_fkey",
        validated: false,
      },
      {
        kind: "add-column",
        line: 8,
        table: "users",
        column: "total",
        type: "integer",
        notNull: false,
        default: { volatile: true, text: "GENERATED ALWAYS AS (a + b) STORED" },
      },
      { kind: "unknown", line: 9 },
      { kind: "drop-column", line: 10, table: "users", column: "fax" },
      { kind: "unknown", line: 11 },
      { kind: "unknown", line: 12 },
    ]);
  });

  it("execute: a function, a captured helper, a pipe, SQL.query! and an execute/1 in change/0", () => {
    const r = read(`defmodule Shop.Repo.Migrations.X do
  use Ecto.Migration

  def change do
    execute(fn -> repo().query!("DELETE FROM carts") end)
    execute(&purge/0, &restore/0)
    "DROP TABLE tmp" |> execute()
    Ecto.Adapters.SQL.query!(repo(), "TRUNCATE audit")
    execute(&unknown_fun/1)
  end

  defp purge do
    execute "DELETE FROM sessions"
  end
end
`);
    expect(ops(r)).toEqual([
      { kind: "delete-rows", line: 5, table: "carts", filtered: false, via: "DELETE" },
      { kind: "delete-rows", line: 13, table: "sessions", filtered: false, via: "DELETE" },
      { kind: "drop-table", line: 7, table: "tmp" },
      { kind: "truncate", line: 8, tables: ["audit"] },
      { kind: "unknown", line: 9 },
      { kind: "irreversible", line: 5 },
    ]);
  });

  it("data: Enum.each over a literal list, a query with keyword filters and an OR of NULL checks", () => {
    const r = up(
      [
        "    Enum.each([:carts, :sessions], fn t -> repo().delete_all(from(x in t)) end)",
        '    from(u in "users", where: [plan: nil], update: [set: [plan: "free"]]) |> repo().update_all()',
        '    from(u in "users") |> where([u], is_nil(u.plan) or is_nil(u.tier)) |> repo().update_all(set: [plan: "x"])',
        '    query = from(u in "users", where: is_nil(u.plan) and u.active)',
        '    repo().update_all(query, set: [plan: "free"])',
        "    repo().update_all(query, updates)",
        "    repo().delete_all(unknown_query())",
      ].join("\n"),
    );
    expect(ops(r)).toEqual([
      { kind: "delete-rows", line: 5, table: "carts", filtered: false, via: "delete_all" },
      { kind: "delete-rows", line: 5, table: "sessions", filtered: false, via: "delete_all" },
      {
        kind: "update-rows",
        line: 6,
        table: "users",
        columns: ["plan"],
        filtered: true,
        onlyNulls: true,
        via: "update_all",
      },
      {
        kind: "update-rows",
        line: 7,
        table: "users",
        columns: ["plan"],
        filtered: true,
        onlyNulls: false,
        via: "update_all",
      },
      {
        kind: "update-rows",
        line: 9,
        table: "users",
        columns: ["plan"],
        filtered: true,
        onlyNulls: true,
        via: "update_all",
      },
      {
        kind: "update-rows",
        line: 10,
        table: "users",
        columns: [],
        filtered: true,
        onlyNulls: false,
        via: "update_all",
      },
      { kind: "unknown", line: 11 },
    ]);
  });

  it("up/0 with a down/0 that raises, a guarded helper and a module attribute table", () => {
    const r = read(`defmodule Shop.Repo.Migrations.X do
  use Ecto.Migration
  @table :legacy

  def up do
    purge(@table)
  end

  defp purge(t) when is_atom(t), do: drop(table(t))

  def down do
    raise "irreversible"
  end
end
`);
    expect(ops(r)).toEqual([
      { kind: "drop-table", line: 9, table: "legacy" },
      { kind: "irreversible", line: 5 },
    ]);
  });
});
