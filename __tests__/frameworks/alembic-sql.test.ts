// What the Alembic reader hands to the shared SQL reader: the text, the database and the line the text starts on.
import { jest } from "@jest/globals";
import type { SqlInput, SqlResult } from "../../src/core/frameworks/sql/index.js";
import type { Parsers } from "../../src/core/parsers.js";

const calls: SqlInput[] = [];
jest.unstable_mockModule("../../src/core/frameworks/sql/index.js", () => ({
  sqlToOperations: (input: SqlInput): SqlResult => {
    calls.push(input);
    return {
      operations: [{ kind: "truncate", tables: ["from_sql"], line: input.line, endLine: input.line }],
      comments: [],
      problems: [],
    };
  },
}));
const { alembic } = await import("../../src/core/frameworks/alembic.js");
// After the mock too: loading the parsers loads the readers, which must see the mocked SQL reader.
const { loadParsers } = await import("../../src/parsers/index.js");

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers(["python", "postgres"]);
});
beforeEach(() => {
  calls.length = 0;
});

function read(lines: string[], database: "postgresql" | "sqlite" = "postgresql") {
  const source = [
    "from alembic import op",
    "import sqlalchemy as sa",
    'revision = "abc"',
    'SQL = "DELETE FROM constant_rows"',
    "def upgrade():",
    ...lines,
    "def downgrade():",
    "    op.execute('SELECT 1')",
  ].join("\n");
  return alembic.parse({ path: "alembic/versions/abc_x.py", source, database }, parsers);
}

describe("alembic → SQL", () => {
  it("forwards op.execute, sa.text, get_bind() and connection calls with the line the text starts on", () => {
    const r = read([
      "    op.execute('UPDATE a SET x = 1')",
      '    op.execute(sa.text("UPDATE b SET x = 1"))',
      "    op.get_bind().execute(sa.text('UPDATE c SET x = 1'))",
      "    conn = op.get_bind()",
      '    conn.execute(text("""',
      '        UPDATE d SET x = 1"""))',
      "    conn.exec_driver_sql('UPDATE e SET x = 1')",
      "    op.execute(SQL)",
      "    stmt = 'UPDATE f SET x = 1'",
      "    op.execute(stmt)",
      "    with op.batch_alter_table('g') as batch_op:",
      "        batch_op.execute('UPDATE g SET x = 1')",
    ]);
    expect(calls.map((c) => [c.line, c.sql.trim()])).toEqual([
      [6, "UPDATE a SET x = 1"],
      [7, "UPDATE b SET x = 1"],
      [8, "UPDATE c SET x = 1"],
      [10, "UPDATE d SET x = 1"],
      [12, "UPDATE e SET x = 1"],
      [4, "DELETE FROM constant_rows"],
      [14, "UPDATE f SET x = 1"],
      [17, "UPDATE g SET x = 1"],
    ]);
    expect(calls.every((c) => c.database === "postgresql")).toBe(true);
    expect(r.operations.every((o) => o.kind === "truncate")).toBe(true);
  });

  it("never forwards downgrade() SQL, and passes the configured database", () => {
    read(["    op.execute('DELETE FROM x')"], "sqlite");
    expect(calls).toEqual([{ sql: "DELETE FROM x", database: "sqlite", line: 6 }]);
  });
});
