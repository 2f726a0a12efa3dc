// What the Django reader hands to the shared SQL reader: the text, the database and the line the text starts on.
import { jest } from "@jest/globals";
import { readFileSync } from "node:fs";
import type { SqlInput, SqlResult } from "../../src/core/frameworks/sql/index.js";
import type { Parsers } from "../../src/core/parsers.js";

const calls: SqlInput[] = [];
jest.unstable_mockModule("../../src/core/frameworks/sql/index.js", () => ({
  sqlToOperations: (input: SqlInput): SqlResult => {
    calls.push(input);
    return {
      operations: [{ kind: "truncate", tables: ["from_sql"], line: input.line, endLine: input.line }],
      comments: [{ text: " from sql", line: input.line, endLine: input.line }],
      problems: input.sql.includes("BROKEN")
        ? [{ message: "bad SQL", line: input.line, endLine: input.line }]
        : [],
    };
  },
}));
const { django } = await import("../../src/core/frameworks/django.js");
// After the mock too: loading the parsers loads the readers, which must see the mocked SQL reader.
const { loadParsers } = await import("../../src/parsers/index.js");

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers(["python", "postgres"]);
});
beforeEach(() => {
  calls.length = 0;
});

function read(source: string, database: "postgresql" | "mysql" = "postgresql") {
  return django.parse({ path: "shop/migrations/0006_run_sql.py", source, database }, parsers);
}

describe("django → SQL", () => {
  it("forwards strings, lists, (sql, params) pairs, constants, raw and escaped strings with their lines", () => {
    const r = read(readFileSync("__fixtures__/django/shop/migrations/0006_run_sql.py", "utf8"));
    expect(calls.map((c) => [c.line, c.sql.trim()])).toEqual([
      [11, "ALTER TABLE shop_order DROP COLUMN legacy"],
      [13, "DELETE FROM shop_cart;"],
      [19, "TRUNCATE shop_log"],
      [20, "DELETE FROM shop_tag WHERE id = %s"],
      [4, "UPDATE shop_order SET status = 'new' WHERE status IS NULL"],
      [25, "UPDATE shop_item SET path = '\\d'"],
      [26, "UPDATE shop_item SET note = 'it's'"],
      // An f-string is read by its static parts, the hole standing in as a name.
      [27, "DROP TABLE __mg_hole_0__"],
    ]);
    // The triple-quoted text starts right after its quotes, so its first line is the quotes' line.
    expect(calls[1]!.sql.startsWith("\n")).toBe(true);
    expect(calls.every((c) => c.database === "postgresql")).toBe(true);
    expect(r.operations.map((o) => [o.kind, o.line])).toEqual([
      ["truncate", 11],
      ["truncate", 13],
      ["irreversible", 12],
      ["truncate", 19],
      ["truncate", 20],
      ["truncate", 4],
      ["truncate", 25],
      ["truncate", 26],
      ["truncate", 27],
    ]);
    expect(r.operations.find((o) => o.kind === "irreversible")).toMatchObject({ endLine: 16 });
    expect(r.comments.filter((c) => c.text === " from sql").map((c) => c.line)).toEqual([
      11, 13, 19, 20, 4, 25, 26, 27,
    ]);
  });

  it("passes the configured database and returns SQL problems", () => {
    const r = read(
      'from django.db import migrations\n\nclass Migration(migrations.Migration):\n    operations = [migrations.RunSQL("BROKEN", "SELECT 1")]\n',
      "mysql",
    );
    expect(calls).toEqual([{ sql: "BROKEN", database: "mysql", line: 4 }]);
    expect(r.problems).toEqual([{ message: "bad SQL", line: 4, endLine: 4 }]);
  });

  it("follows cursor.execute and schema_editor.execute in RunPython", () => {
    const r = read(
      [
        "from django.db import connection, migrations",
        "",
        "def forwards(apps, schema_editor):",
        "    with connection.cursor() as cursor:",
        '        cursor.execute("DELETE FROM shop_a")',
        '    schema_editor.execute("DELETE FROM shop_b")',
        '    apps.get_model("shop", "A").objects.raw("SELECT * FROM shop_a")',
        "",
        "class Migration(migrations.Migration):",
        "    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]",
      ].join("\n"),
    );
    expect(calls.map((c) => [c.line, c.sql])).toEqual([
      [5, "DELETE FROM shop_a"],
      [6, "DELETE FROM shop_b"],
      [7, "SELECT * FROM shop_a"],
    ]);
    expect(r.operations.map((o) => o.kind)).toEqual(["truncate", "truncate", "truncate"]);
  });
});
