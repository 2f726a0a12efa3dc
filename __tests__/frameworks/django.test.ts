import { readFileSync } from "node:fs";
import { join } from "node:path";
import { django } from "../../src/core/frameworks/django.js";
import type { Parsers } from "../../src/core/parsers.js";
import type { Operation, ParsedMigration } from "../../src/core/types.js";
import { loadParsers } from "../../src/parsers/index.js";

const DIR = join("__fixtures__", "django", "shop", "migrations");

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers(["python", "postgres"]);
});

function read(source: string, path = "shop/migrations/0009_x.py"): ParsedMigration {
  return django.parse({ path, source, database: "postgresql" }, parsers);
}

function fixture(name: string): ParsedMigration {
  return read(readFileSync(join(DIR, name), "utf8"), `shop/migrations/${name}`);
}

/** A migration module around an operations list, so tests show only the operations (first one on line 5). */
function ops(body: string, path?: string): ParsedMigration {
  return read(
    `from django.db import migrations, models\n\nclass Migration(migrations.Migration):\n    operations = [\n${body}\n    ]\n`,
    path,
  );
}

function brief(list: readonly Operation[]): [string, number, string?][] {
  return list.map((o) => [o.kind, o.line, "table" in o ? o.table : undefined]);
}

describe("django.matches", () => {
  const migration = "class Migration(migrations.Migration):\n    operations = []\n";
  it.each([
    ["shop/migrations/0001_initial.py", migration, true],
    ["src/apps/billing/migrations/0042_add_invoice.py", migration, true],
    ["migrations/10001_big.py", migration, true],
    ["shop/migrations/__init__.py", migration, false],
    ["shop/migrations/001_short_prefix.py", migration, false],
    ["shop/migrations/helpers.py", migration, false],
    ["shop/migrations/0001_initial.py", "def upgrade():\n    pass\n", false],
    ["alembic/versions/0001_initial.py", migration, false],
    ["shop/migrations/0001_initial.rb", migration, false],
  ])("%s → %s", (path, source, expected) => {
    expect(django.matches(path, source)).toBe(expected);
  });
});

describe("django: schema operations", () => {
  const r = (): ParsedMigration => fixture("0002_schema_changes.py");

  it("maps every operation to its table with the call's first and last line", () => {
    expect(brief(r().operations)).toEqual([
      ["create-table", 13, "coupons"],
      ["add-column", 22, "shop_order"],
      ["add-column", 27, "shop_order"],
      ["add-column", 28, "shop_order"],
      ["add-column", 29, "shop_order"],
      ["add-column", 30, "shop_order"],
      ["add-index", 30, "shop_order"],
      ["add-constraint", 30, "shop_order"],
      ["drop-column", 33, "shop_order"],
      ["rename-column", 34, "shop_order"],
      ["change-column-type", 35, "shop_order"],
      ["drop-table", 40, "shop_wishlist"],
      ["rename-table", 41, "shop_basket"],
      ["rename-table", 42, "coupons"],
      ["add-index", 43, "shop_order"],
      ["add-index", 47, "shop_order"],
      ["drop-index", 48, "shop_order"],
      ["drop-index", 49, "shop_order"],
      ["add-constraint", 50, "shop_order"],
      ["add-constraint", 54, "shop_order"],
      ["drop-constraint", 58, "shop_order"],
      ["add-constraint", 59, "shop_order"],
    ]);
    expect(r().operations[1]).toMatchObject({ line: 22, endLine: 26 });
    expect(r().problems).toEqual([]);
  });

  it("reads a model's columns, skipping many-to-many fields", () => {
    expect(r().operations[0]).toEqual({
      kind: "create-table",
      table: "coupons",
      columns: ["id", "code"],
      columnTypes: { id: "bigint", code: "varchar(32)" },
      notNullColumns: ["id", "code"],
      line: 13,
      endLine: 21,
    });
  });

  it("tells nullable, required, constant-default and callable-default columns apart", () => {
    const [, note, status, priority, token, customer] = r().operations;
    expect(note).toMatchObject({ column: "note", type: "text", notNull: false });
    expect(note).not.toHaveProperty("default");
    expect(status).toMatchObject({ column: "status", type: "varchar(20)", notNull: true });
    expect(status).not.toHaveProperty("default");
    expect(priority).toMatchObject({
      column: "priority",
      notNull: true,
      default: { volatile: false, text: "0" },
    });
    // uuid.uuid4 runs once in Python: one value for every existing row, nothing per row in the database.
    expect(token).toMatchObject({ column: "token", type: "uuid", default: { volatile: false } });
    expect(customer).toMatchObject({ column: "customer_id", notNull: true });
  });

  it("indexes and constrains a new foreign key", () => {
    const fk = r().operations.filter((o) => o.line === 30);
    expect(fk[1]).toMatchObject({ kind: "add-index", columns: ["customer_id"] });
    expect(fk[2]).toMatchObject({ kind: "add-constraint", constraint: "foreign-key", validated: true });
  });

  it("reads renames, type changes without previous state, and model tables", () => {
    const byLine = (line: number): Operation[] => r().operations.filter((o) => o.line === line);
    expect(byLine(33)[0]).toMatchObject({ column: "legacy_code" });
    expect(byLine(34)[0]).toMatchObject({ column: "total", newName: "amount" });
    const alter = byLine(35)[0]!;
    expect(alter).toMatchObject({ column: "amount", type: "numeric(12,2)", endLine: 39 });
    expect(alter).not.toHaveProperty("widening");
    expect(alter).not.toHaveProperty("lossy");
    expect(byLine(41)[0]).toMatchObject({ newName: "shop_cart" });
    expect(byLine(42)[0]).toMatchObject({ newName: "shop_coupons" });
  });

  it("reads indexes, their removal and concurrency", () => {
    const byLine = (line: number): Operation | undefined => r().operations.find((o) => o.line === line);
    expect(byLine(43)).toMatchObject({
      columns: ["status", "created_at"],
      name: "order_status_idx",
      concurrently: false,
    });
    expect(byLine(47)).toMatchObject({ columns: ["note"], name: "order_note_idx", concurrently: true });
    expect(byLine(48)).toMatchObject({ name: "order_old_idx", concurrently: false });
    expect(byLine(49)).toMatchObject({ name: "order_older_idx", concurrently: true });
  });

  it("reads constraints and unique_together", () => {
    const byLine = (line: number): Operation | undefined => r().operations.find((o) => o.line === line);
    expect(byLine(50)).toMatchObject({ constraint: "check", name: "amount_positive", validated: true });
    expect(byLine(54)).toMatchObject({ constraint: "unique", name: "one_status", validated: true });
    expect(byLine(58)).toMatchObject({ name: "old_check" });
    expect(byLine(59)).toMatchObject({ constraint: "unique" });
  });

  it("keeps comments with their lines, and a commented-out DeleteModel stays a comment", () => {
    const comments = r().comments;
    expect(comments.map((c) => c.line)).toEqual([1, 62]);
    expect(comments[1]!.text).toContain("DeleteModel");
    expect(r().operations.some((o) => o.kind === "drop-table" && o.table === "shop_order")).toBe(false);
  });
});

describe("django: tricky negatives", () => {
  it("a file named remove_field that only adds a nullable column", () => {
    const r = fixture("0003_remove_field_from_users.py");
    expect(r.operations).toEqual([
      {
        kind: "add-column",
        table: "shop_user",
        column: "nickname",
        type: "varchar(40)",
        notNull: false,
        line: 11,
        endLine: 15,
      },
    ]);
  });

  it("state_operations never produce operations; database_operations do", () => {
    const r = fixture("0005_state_only.py");
    expect(r.operations.some((o) => o.kind === "drop-table")).toBe(false);
    expect(r.operations.some((o) => o.kind === "drop-column" && o.line === 8)).toBe(false);
    // The SQL in database_operations is read on the line it is written, and it has a reverse.
    expect(r.operations).toEqual([
      { kind: "drop-column", table: "shop_order", column: "amount", line: 14, endLine: 14 },
    ]);
  });

  it("operations outside the Migration class do not count", () => {
    const r = read(
      "from django.db import migrations\n\nOTHER = [migrations.DeleteModel('Order')]\n\nclass Migration(migrations.Migration):\n    operations = []\n",
    );
    expect(r.operations).toEqual([]);
  });

  it("reports a missing Migration class instead of calling the file safe", () => {
    const r = read("from django.db import migrations\n\noperations = []\n");
    expect(r.problems).toHaveLength(1);
  });
});

describe("django: defaults, constraints and unknowns", () => {
  it("db_default with a per-row function is volatile, Now() is not", () => {
    const r = ops(
      [
        '        migrations.AddField("order", "ref", models.UUIDField(db_default=RandomUUID())),',
        '        migrations.AddField("order", "seen", models.DateTimeField(db_default=Now())),',
        '        migrations.AddField("order", "size", models.IntegerField(null=False, default=None)),',
      ].join("\n"),
    );
    expect(r.operations[0]).toMatchObject({ kind: "add-column", column: "ref", default: { volatile: true } });
    expect(r.operations[1]).toMatchObject({
      kind: "add-column",
      column: "seen",
      default: { volatile: false },
    });
    // default=None on a NOT NULL column gives existing rows nothing.
    expect(r.operations[2]).toMatchObject({ notNull: true });
    expect(r.operations[2]).not.toHaveProperty("default");
  });

  it("NOT VALID constraints, validation, one-to-one and db_constraint=False", () => {
    const r = ops(
      [
        '        AddConstraintNotValid("order", models.CheckConstraint(condition=Q(x__gt=0), name="x_pos")),',
        '        ValidateConstraint(model_name="order", name="x_pos"),',
        '        migrations.AddField("order", "invoice", models.OneToOneField(to="shop.invoice", on_delete=models.CASCADE, null=True)),',
        '        migrations.AddField("order", "rep", models.ForeignKey(to="staff.rep", on_delete=models.SET_NULL, null=True, db_constraint=False, db_index=False)),',
      ].join("\n"),
    );
    expect(r.operations.map((o) => [o.kind, o.line])).toEqual([
      ["add-constraint", 5],
      ["validate-constraint", 6],
      ["add-column", 7],
      ["add-constraint", 7],
      ["add-constraint", 7],
      ["add-column", 8],
    ]);
    expect(r.operations[0]).toMatchObject({ constraint: "check", validated: false, name: "x_pos" });
    expect(r.operations[1]).toMatchObject({ table: "shop_order", name: "x_pos" });
    expect(r.operations[3]).toMatchObject({ constraint: "unique" });
    expect(r.operations[4]).toMatchObject({ constraint: "foreign-key" });
    expect(r.operations[5]).toMatchObject({ column: "rep_id", notNull: false });
  });

  it("unknown operations and non-literal arguments become unknown, never nothing", () => {
    const r = ops(
      [
        "        CustomOperation('order'),",
        "        migrations.AddField(MODEL, 'x', models.IntegerField(null=True)),",
        "        *more_operations,",
        "        migrations.AlterModelManagers(name='order', managers=[]),",
      ].join("\n"),
    );
    expect(r.operations.map((o) => [o.kind, o.line])).toEqual([
      ["unknown", 5],
      ["unknown", 6],
      ["unknown", 7],
    ]);
  });

  it("uses the model name alone when the path has no app directory", () => {
    const r = ops('        migrations.DeleteModel("Order"),', "migrations/0002_x.py");
    expect(r.operations[0]).toMatchObject({ kind: "drop-table", table: "order" });
  });

  it("a syntax error is a problem with its line", () => {
    const r = read(
      "from django.db import migrations\n\nclass Migration(migrations.Migration):\n    operations = [\n        migrations.DeleteModel(\n",
    );
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems[0]!.line).toBeGreaterThanOrEqual(4);
  });
});

describe("django: RunPython", () => {
  const r = (): ParsedMigration => fixture("0004_backfill.py");

  it("follows the forward function, its helpers, and the ORM calls that change rows", () => {
    const data = r().operations.filter((o) => o.kind === "delete-rows" || o.kind === "update-rows");
    expect(data).toEqual([
      expect.objectContaining({
        kind: "update-rows",
        table: "shop_order",
        columns: ["status"],
        filtered: true,
        onlyNulls: true,
        line: 11,
      }),
      expect.objectContaining({ kind: "delete-rows", table: "shop_order", filtered: true, line: 12 }),
      expect.objectContaining({ kind: "delete-rows", table: "shop_event", filtered: false, line: 13 }),
      expect.objectContaining({
        kind: "update-rows",
        table: "shop_order",
        columns: ["total"],
        filtered: false,
        onlyNulls: false,
        line: 16,
      }),
      expect.objectContaining({
        kind: "update-rows",
        table: "accounts_profile",
        columns: ["theme"],
        filtered: false,
        line: 17,
      }),
      // The helper's parameter is bound to the model it was called with; its recursion is read once.
      expect.objectContaining({ kind: "delete-rows", table: "shop_order", filtered: true, line: 25 }),
      // cursor.execute(PURGE): the constant's SQL, read where the string is written.
      expect.objectContaining({ kind: "delete-rows", table: "shop_session", filtered: false, line: 6 }),
    ]);
  });

  it("SQL built at run time, lambdas and code from elsewhere", () => {
    const unknown = r().operations.filter((o) => o.kind === "unknown");
    expect(unknown.map((o) => o.line)).toContain(21);
    expect(unknown.map((o) => o.line)).toContain(39);
  });

  it("noop reverse is reversible; a missing reverse_code is not", () => {
    const irreversible = r().operations.filter((o) => o.kind === "irreversible");
    expect(irreversible.map((o) => o.line)).toEqual([38]);
  });

  it("reverse_code=None is irreversible and a function elsewhere in the module does not count", () => {
    const out = read(
      [
        "from django.db import migrations",
        "",
        "def forwards(apps, schema_editor):",
        "    pass",
        "",
        "def unrelated(apps, schema_editor):",
        '    apps.get_model("shop", "Order").objects.all().delete()',
        "",
        "class Migration(migrations.Migration):",
        "    operations = [migrations.RunPython(forwards, reverse_code=None)]",
      ].join("\n"),
    );
    expect(out.operations.map((o) => [o.kind, o.line])).toEqual([["irreversible", 10]]);
  });

  it("for-loops deleting records, single records and filtered null backfills", () => {
    const out = read(
      [
        "from django.db import migrations",
        "",
        "def forwards(apps, schema_editor):",
        '    Tag = apps.get_model("shop", "Tag")',
        "    for tag in Tag.objects.all():",
        "        tag.delete()",
        "    for tag in Tag.objects.filter(slug__isnull=True):",
        "        tag.slug = 'x'",
        "        tag.save()",
        "    first = Tag.objects.get(pk=1)",
        "    first.delete()",
        "    cache.delete('tags')",
        "    Tag.objects.get(slug='old').delete()",
        "",
        "class Migration(migrations.Migration):",
        "    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]",
      ].join("\n"),
    );
    expect(out.operations).toEqual([
      expect.objectContaining({ kind: "delete-rows", table: "shop_tag", filtered: false, line: 6 }),
      expect.objectContaining({
        kind: "update-rows",
        table: "shop_tag",
        columns: ["slug"],
        filtered: true,
        onlyNulls: true,
        line: 9,
      }),
      expect.objectContaining({ kind: "delete-rows", table: "shop_tag", filtered: true, line: 11 }),
      expect.objectContaining({ kind: "delete-rows", table: "shop_tag", filtered: true, line: 13 }),
    ]);
  });
});

// Pinned with the reader's split into a dispatcher and handler tables: operations the other tests do not reach,
// as data (kind, line and fields; an unknown or irreversible mark by its kind and line, never its wording).
describe("django: each operation handler's output", () => {
  function data(r: ParsedMigration): Record<string, unknown>[] {
    return r.operations.map((o) => {
      const { endLine: _endLine, ...rest } = o;
      if (rest.kind === "unknown" || rest.kind === "irreversible")
        return { kind: rest.kind, line: rest.line };
      return rest;
    });
  }

  it("renames, ordering, many-to-many, together options and operations it cannot follow", () => {
    const r = ops(
      [
        '        migrations.AlterModelTable(name="Order", table="orders"),',
        '        migrations.RenameModel(old_name="Order", new_name="Purchase"),',
        '        migrations.RemoveField(model_name="Purchase", name="fax"),',
        '        migrations.AlterOrderWithRespectTo(name="Item", order_with_respect_to="order"),',
        '        migrations.AlterOrderWithRespectTo(name="Item", order_with_respect_to=None),',
        '        migrations.AddField(model_name="Item", name="tags", field=models.ManyToManyField(to="shop.Tag")),',
        '        migrations.AddIndex(model_name="Item", index=INDEX),',
        '        migrations.AddConstraint(model_name="Item", constraint=models.Deferrable(name="x")),',
        '        migrations.AlterIndexTogether(name="Item", index_together={("a", "b"), ("c",)}),',
        '        migrations.AlterUniqueTogether(name="Item"),',
        '        migrations.AlterUniqueTogether(name="Item", unique_together=set()),',
        "        migrations.RunPython(),",
        "        migrations.RenameIndex(model_name='Item', new_name='a', old_name='b'),",
        "        migrations.Frobnicate(),",
      ].join("\n"),
    );
    expect(data(r)).toEqual([
      { kind: "rename-table", line: 5, table: "shop_order", newName: "orders" },
      { kind: "drop-column", line: 7, table: "orders", column: "fax" },
      {
        kind: "add-column",
        line: 8,
        table: "shop_item",
        column: "_order",
        type: "integer",
        notNull: true,
        default: { volatile: false, text: "0" },
      },
      { kind: "create-table", line: 10, table: "shop_item_tags", columns: [] },
      { kind: "unknown", line: 11 },
      { kind: "unknown", line: 12 },
      { kind: "add-index", line: 13, table: "shop_item", columns: ["a", "b"] },
      { kind: "add-index", line: 13, table: "shop_item", columns: ["c"] },
      { kind: "unknown", line: 14 },
      { kind: "unknown", line: 16 },
      { kind: "irreversible", line: 16 },
      { kind: "unknown", line: 18 },
    ]);
  });
});

describe("*_together whose fields are not written out", () => {
  it("is unknown, not nothing, when the fields are a constant or a group is computed", () => {
    const r = ops(
      [
        "        migrations.AlterUniqueTogether(name='Item', unique_together=ITEM_UNIQUE),",
        "        migrations.AlterIndexTogether(name='Item', index_together={('a', 'b'), FIELDS}),",
        "        migrations.AlterUniqueTogether(name='Item', unique_together={('a', 'b')}),",
      ].join("\n"),
    );
    expect(r.operations.map((o) => ({ kind: o.kind, line: o.line }))).toEqual([
      { kind: "unknown", line: 5 },
      { kind: "unknown", line: 6 },
      { kind: "add-constraint", line: 7 },
    ]);
  });
});
