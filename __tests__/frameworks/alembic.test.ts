import { readFileSync } from "node:fs";
import { join } from "node:path";
import { alembic } from "../../src/core/frameworks/alembic.js";
import type { Parsers } from "../../src/core/parsers.js";
import type { Operation, ParsedMigration } from "../../src/core/types.js";
import { loadParsers } from "../../src/parsers/index.js";

const DIR = join("__fixtures__", "alembic", "versions");

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers(["python", "postgres"]);
});

function read(source: string): ParsedMigration {
  return alembic.parse({ path: "alembic/versions/abc_x.py", source, database: "postgresql" }, parsers);
}

function fixture(name: string): ParsedMigration {
  return read(readFileSync(join(DIR, name), "utf8"));
}

/** A revision whose upgrade() body starts on line 5 and whose downgrade() does something. */
function upgrade(body: string, downgrade = "    op.drop_table('x')"): ParsedMigration {
  return read(
    `from alembic import op\nimport sqlalchemy as sa\nrevision = "abc"\ndef upgrade():\n${body}\n\ndef downgrade():\n${downgrade}\n`,
  );
}

function at(list: readonly Operation[], line: number): Operation[] {
  return list.filter((o) => o.line === line);
}

describe("alembic.matches", () => {
  const revision = 'revision = "abc"\ndown_revision = None\n\ndef upgrade():\n    pass\n';
  it.each([
    ["alembic/versions/1a2b_add_x.py", revision, true],
    ["migrations/versions/1a2b_add_x.py", revision, true],
    ["db/alembic/versions/2024/1a2b_add_x.py", revision, true],
    ["versions/1a2b_add_x.py", 'revision: str = "abc"\ndef upgrade() -> None:\n    pass\n', true],
    ["alembic/versions/__init__.py", revision, false],
    ["alembic/versions/1a2b_add_x.py", "def upgrade():\n    pass\n", false],
    ["alembic/versions/helpers.py", 'REVISION = "x"\ndef helper():\n    pass\n', false],
    ["alembic/env.py", revision, false],
    ["shop/migrations/0001_initial.py", revision, false],
  ])("%s", (path, source, expected) => {
    expect(alembic.matches(path, source)).toBe(expected);
  });
});

describe("alembic: op.* schema operations", () => {
  const r = (): ParsedMigration => fixture("1a2b3c4d5e6f_schema_changes.py");

  it("reads every call of upgrade() in order, and nothing of downgrade()", () => {
    expect(r().operations.map((o) => [o.kind, o.line])).toEqual([
      ["create-table", 15],
      ["add-column", 21],
      ["add-column", 22],
      ["add-column", 23],
      ["add-column", 24],
      ["add-column", 28],
      ["add-constraint", 28],
      ["drop-column", 29],
      ["rename-column", 30],
      ["change-column-type", 31],
      ["change-column-type", 32],
      ["set-not-null", 32],
      ["change-column-type", 33],
      ["drop-not-null", 34],
      ["change-default", 34],
      ["add-index", 35],
      ["add-index", 36],
      ["drop-index", 37],
      ["add-constraint", 38],
      ["add-constraint", 39],
      ["add-constraint", 42],
      ["add-constraint", 43],
      ["add-constraint", 44],
      ["drop-constraint", 45],
      ["rename-table", 46],
      ["drop-table", 47],
    ]);
    expect(r().operations.some((o) => o.kind === "drop-table" && o.table === "orders")).toBe(false);
    expect(r().problems).toEqual([]);
  });

  it("reads create_table columns and multi-line spans", () => {
    expect(r().operations[0]).toEqual({
      kind: "create-table",
      table: "coupons",
      columns: ["id", "code"],
      line: 15,
      endLine: 20,
    });
    expect(at(r().operations, 24)[0]).toMatchObject({ endLine: 27 });
    expect(at(r().operations, 39)[0]).toMatchObject({ endLine: 41 });
  });

  it("reads nullability, types and server defaults of added columns", () => {
    expect(at(r().operations, 21)[0]).toMatchObject({ column: "note", type: "text", notNull: false });
    expect(at(r().operations, 22)[0]).toMatchObject({ column: "status", type: "varchar(20)", notNull: true });
    expect(at(r().operations, 22)[0]).not.toHaveProperty("default");
    expect(at(r().operations, 23)[0]).toMatchObject({ notNull: true, default: { volatile: false } });
    expect(at(r().operations, 24)[0]).toMatchObject({ column: "ref", default: { volatile: true } });
    expect(at(r().operations, 28)).toMatchObject([
      { kind: "add-column", column: "customer_id", notNull: false },
      { kind: "add-constraint", constraint: "foreign-key", validated: true },
    ]);
  });

  it("classifies type changes when the existing type is given", () => {
    expect(at(r().operations, 30)[0]).toMatchObject({ column: "total", newName: "amount" });
    expect(at(r().operations, 31)[0]).toMatchObject({ type: "varchar(100)", widening: true });
    expect(at(r().operations, 31)[0]).not.toHaveProperty("lossy");
    expect(at(r().operations, 32)[0]).toMatchObject({ column: "code", type: "varchar(10)", lossy: true });
    const unknownFrom = at(r().operations, 33)[0]!;
    expect(unknownFrom).toMatchObject({ type: "integer" });
    expect(unknownFrom).not.toHaveProperty("widening");
    expect(unknownFrom).not.toHaveProperty("lossy");
    expect(at(r().operations, 34)[1]).not.toHaveProperty("default");
  });

  it("reads indexes and constraints", () => {
    expect(at(r().operations, 35)[0]).toMatchObject({
      table: "orders",
      name: "ix_orders_status",
      columns: ["status"],
      unique: false,
      concurrently: false,
    });
    expect(at(r().operations, 36)[0]).toMatchObject({ name: "ix_orders_note", concurrently: true });
    expect(at(r().operations, 37)[0]).toMatchObject({ name: "ix_orders_old", table: "orders" });
    expect(at(r().operations, 38)[0]).toMatchObject({ constraint: "foreign-key", validated: true });
    expect(at(r().operations, 39)[0]).toMatchObject({
      constraint: "foreign-key",
      name: "fk_orders_shop",
      validated: false,
    });
    expect(at(r().operations, 42)[0]).toMatchObject({ constraint: "check", table: "orders" });
    expect(at(r().operations, 43)[0]).toMatchObject({ constraint: "unique", name: "uq_orders_ref" });
    expect(at(r().operations, 44)[0]).toMatchObject({ constraint: "primary-key", table: "items" });
    expect(at(r().operations, 45)[0]).toMatchObject({ table: "orders", name: "old_check" });
    expect(at(r().operations, 46)[0]).toMatchObject({ table: "baskets", newName: "carts" });
  });

  it("keeps comments with their lines", () => {
    const comment = r().comments.find((c) => c.text.includes("drop_table"));
    expect(comment?.line).toBe(48);
  });
});

describe("alembic: batches, helpers and data", () => {
  const r = (): ParsedMigration => fixture("2b3c4d5e6f70_batch_and_data.py");

  it("reads batch_op calls on the batch's table", () => {
    expect(r().operations.filter((o) => o.line >= 17 && o.line <= 20)).toEqual([
      {
        kind: "add-column",
        table: "users",
        column: "age",
        type: "integer",
        notNull: false,
        line: 17,
        endLine: 17,
      },
      { kind: "drop-column", table: "users", column: "nickname", line: 18, endLine: 18 },
      { kind: "set-not-null", table: "users", column: "email", line: 19, endLine: 19 },
      {
        kind: "add-index",
        table: "users",
        name: "ix_users_age",
        columns: ["age"],
        unique: false,
        concurrently: false,
        line: 20,
        endLine: 20,
      },
    ]);
  });

  it("follows helpers into sa.table deletes and updates", () => {
    // Lines before the helper hold SQL constants, which the SQL reader reads.
    const data = r().operations.filter(
      (o) => (o.kind === "delete-rows" || o.kind === "update-rows") && o.line >= 26,
    );
    expect(data).toEqual([
      expect.objectContaining({ kind: "delete-rows", table: "events", filtered: false, line: 28 }),
      expect.objectContaining({ kind: "delete-rows", table: "orders", filtered: true, line: 29 }),
      expect.objectContaining({
        kind: "update-rows",
        table: "orders",
        columns: ["status"],
        filtered: true,
        onlyNulls: true,
        line: 30,
      }),
      expect.objectContaining({
        kind: "update-rows",
        table: "orders",
        columns: ["kind"],
        filtered: false,
        onlyNulls: false,
        line: 31,
      }),
    ]);
  });

  it("SQL in a constant is read where it is written; an f-string is read by its static parts", () => {
    expect(at(r().operations, 12)).toMatchObject([
      { kind: "delete-rows", table: "sessions", filtered: false },
    ]);
    expect(at(r().operations, 34)).toMatchObject([
      { kind: "drop-table", table: expect.stringContaining("computed at run time") },
    ]);
  });

  it("the autocommit block still counts; a docstring-and-pass downgrade is irreversible", () => {
    expect(at(r().operations, 23)[0]).toMatchObject({
      kind: "add-index",
      concurrently: true,
      table: "users",
    });
    expect(
      r()
        .operations.filter((o) => o.kind === "irreversible")
        .map((o) => o.line),
    ).toEqual([38]);
  });
});

describe("alembic: reversibility", () => {
  it.each([
    ["pass", "    pass"],
    ["ellipsis", "    ..."],
    ["docstring", '    """No way back."""'],
    ["raise", '    raise NotImplementedError("irreversible")'],
  ])("a downgrade that is only %s is irreversible", (_what, body) => {
    const r = upgrade("    op.drop_column('users', 'age')", body);
    expect(r.operations.map((o) => [o.kind, o.line])).toEqual([
      ["drop-column", 5],
      ["irreversible", 7],
    ]);
  });

  it("a missing downgrade is irreversible, reported on upgrade()", () => {
    const r = read('from alembic import op\nrevision = "a"\n\ndef upgrade():\n    op.drop_table("t")\n');
    expect(r.operations.map((o) => [o.kind, o.line])).toEqual([
      ["drop-table", 5],
      ["irreversible", 4],
    ]);
  });

  it("a real downgrade is reversible", () => {
    const r = upgrade("    op.add_column('users', sa.Column('age', sa.Integer()))");
    expect(r.operations.some((o) => o.kind === "irreversible")).toBe(false);
  });
});

describe("alembic: tricky negatives and unknowns", () => {
  it("a drop in a string, a comment, or an uncalled function does not count", () => {
    const r = read(
      [
        "from alembic import op",
        'revision = "a"',
        "NOTE = \"op.drop_table('users')\"",
        "def unused():",
        "    op.drop_table('users')",
        "def upgrade():",
        "    # op.drop_column('users', 'email')",
        "    print(\"op.drop_column('users', 'email')\")",
        "def downgrade():",
        "    op.drop_table('users')",
      ].join("\n"),
    );
    expect(r.operations).toEqual([]);
    expect(r.comments.map((c) => c.line)).toEqual([7]);
  });

  it("a # inside a string or docstring is not a comment", () => {
    const r = upgrade(
      [
        '    """Drops # nothing: migration-guard:allow drop-table -- not a comment."""',
        "    op.execute(\"SELECT '#'\")  # real comment",
      ].join("\n"),
    );
    expect(r.comments.map((c) => [c.line, c.text])).toEqual([[6, " real comment"]]);
  });

  it("execute of a variable or an unknown op becomes unknown", () => {
    const r = upgrade(
      ["    op.execute(build())", "    op.frobnicate('users')", "    op.execute(sql)"].join("\n"),
    );
    expect(r.operations.map((o) => [o.kind, o.line])).toEqual([
      ["unknown", 5],
      ["unknown", 6],
      ["unknown", 7],
    ]);
  });

  it("a syntax error is a problem with its line", () => {
    const r = upgrade("    op.drop_table('users'\n    op.add_column(");
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems.every((p) => p.line >= 5)).toBe(true);
  });

  it("schema= prefixes the table, and sa.delete(t) is a delete", () => {
    const r = upgrade(
      [
        "    op.drop_column('users', 'age', schema='app')",
        "    t = sa.table('logs')",
        "    op.execute(sa.delete(t).where(t.c.id < 10))",
      ].join("\n"),
    );
    expect(r.operations[0]).toMatchObject({ kind: "drop-column", table: "app.users" });
    expect(r.operations[1]).toMatchObject({ kind: "delete-rows", table: "logs", filtered: true, line: 7 });
  });

  it("reads ORM queries on models declared in the file, and a statement kept in a variable", () => {
    const r = read(
      [
        "from alembic import op",
        "import sqlalchemy as sa",
        "from sqlalchemy import orm",
        'revision = "a"',
        "class User(Base):",
        '    __tablename__ = "users"',
        "def upgrade():",
        "    session = orm.Session(bind=op.get_bind())",
        "    session.query(User).filter(User.role.is_(None)).update({User.role: 'member'})",
        "    session.query(User).delete()",
        "    session.query(Other).filter_by(x=1).delete()",
        "    stmt = sa.table('logs').delete()",
        "    op.execute(stmt)",
        "def downgrade():",
        "    op.drop_table('x')",
      ].join("\n"),
    );
    expect(r.operations).toEqual([
      expect.objectContaining({
        kind: "update-rows",
        table: "users",
        columns: ["role"],
        filtered: true,
        onlyNulls: true,
        line: 9,
      }),
      expect.objectContaining({ kind: "delete-rows", table: "users", filtered: false, line: 10 }),
      expect.objectContaining({ kind: "unknown", line: 11 }),
      expect.objectContaining({ kind: "delete-rows", table: "logs", filtered: false, line: 13 }),
    ]);
  });

  it("follows the multi-database template's upgrade_<engine> functions", () => {
    const r = read(
      [
        "from alembic import op",
        'revision = "a"',
        "def upgrade(engine_name: str) -> None:",
        '    globals()[f"upgrade_{engine_name}"]()',
        "def upgrade_engine1():",
        "    op.drop_table('a')",
        "def upgrade_engine2():",
        "    op.drop_column('b', 'c')",
        "def downgrade(engine_name: str) -> None:",
        '    globals()[f"downgrade_{engine_name}"]()',
      ].join("\n"),
    );
    expect(r.operations.map((o) => [o.kind, o.line])).toEqual([
      ["drop-table", 6],
      ["drop-column", 8],
    ]);
  });

  it("server defaults from sa.func and sa.text", () => {
    const r = upgrade(
      [
        "    op.add_column('t', sa.Column('a', sa.DateTime(), nullable=False, server_default=sa.func.now()))",
        "    op.add_column('t', sa.Column('b', sa.String(), nullable=False, server_default=sa.text(\"'x'\")))",
        "    op.add_column('t', sa.Column('c', sa.Uuid(), server_default=sa.func.gen_random_uuid()))",
        "    op.alter_column('t', 'd', server_default=sa.text('random()'))",
      ].join("\n"),
    );
    expect(r.operations).toMatchObject([
      { column: "a", notNull: true, default: { volatile: false, text: "now()" } },
      { column: "b", notNull: true, default: { volatile: false } },
      { column: "c", notNull: false, default: { volatile: true } },
      { kind: "change-default", column: "d", default: { volatile: true } },
    ]);
  });
});
