// What the Rails reader hands to the shared SQL reader: the text, the database and the line the text starts on.
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
const { rails } = await import("../../src/core/frameworks/rails.js");
// After the mock too: loading the parsers loads the readers, which must see the mocked SQL reader.
const { loadParsers } = await import("../../src/parsers/index.js");

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers();
});
beforeEach(() => {
  calls.length = 0;
});

function read(source: string, database: "postgresql" | "mysql" = "postgresql") {
  return rails.parse({ path: "db/migrate/1_x.rb", source, database }, parsers);
}

describe("rails → SQL", () => {
  it("forwards string, heredoc, %q and connection SQL with the line its text starts on", () => {
    const r = read(readFileSync("__fixtures__/rails/db/migrate/20240101000010_execute_sql.rb", "utf8"));
    expect(calls.map((c) => [c.line, c.sql.trim()])).toEqual([
      [3, "UPDATE users SET active = true WHERE active IS NULL"],
      [6, "ALTER TABLE users\n  DROP COLUMN legacy;"],
      [10, "DELETE FROM sessions"],
      [12, "DELETE FROM users"],
      [14, "TRUNCATE audit_logs"],
      [16, "UPDATE accounts SET plan = 'free'"],
    ]);
    expect(calls.every((c) => c.database === "postgresql")).toBe(true);
    // The SQL reader's operations and comments join the file's, in place.
    expect(r.operations.map((o) => [o.kind, o.line])).toEqual([
      ["truncate", 3],
      ["truncate", 6],
      ["truncate", 10],
      ["truncate", 12],
      ["unknown", 13],
      ["truncate", 14],
      ["truncate", 16],
    ]);
    expect(r.comments.filter((c) => c.text === " from sql").map((c) => c.line)).toEqual([
      3, 6, 10, 12, 14, 16,
    ]);
  });

  it("passes the configured database and returns SQL problems", () => {
    const r = read(
      'class M < ActiveRecord::Migration[6.1]\n  def up\n    execute("BROKEN")\n  end\n  def down; end\nend\n',
      "mysql",
    );
    expect(calls).toEqual([{ sql: "BROKEN", database: "mysql", line: 3 }]);
    expect(r.problems).toEqual([{ message: "bad SQL", line: 3, endLine: 3 }]);
  });

  it("keeps the heredoc text and line through squish, adjacent literals and a literal local", () => {
    read(
      [
        "class M < ActiveRecord::Migration[6.1]",
        "  def up",
        "    execute <<~SQL.squish",
        "      UPDATE a",
        "        SET b = 1 -- ünïcode",
        "    SQL",
        '    execute "DELETE FROM x " \\',
        '            "WHERE y = 1"',
        "    sql = <<~SQL",
        "      DROP TABLE z",
        "    SQL",
        "    execute sql",
        "    exec_delete('DELETE FROM w')",
        "  end",
        "  def down; end",
        "end",
      ].join("\n"),
    );
    expect(calls.map((c) => [c.line, c.sql])).toEqual([
      [4, "UPDATE a\n  SET b = 1 -- ünïcode\n"],
      [7, "DELETE FROM x WHERE y = 1"],
      [10, "DROP TABLE z\n"],
      [13, "DELETE FROM w"],
    ]);
  });

  it("forwards only the forward direction and never SQL in comments", () => {
    read(
      [
        "class M < ActiveRecord::Migration[6.1]",
        "  def change",
        "    # execute 'DROP TABLE in_comment'",
        "    reversible do |dir|",
        "      dir.up { execute 'UPDATE up_side SET a = 1' }",
        "      dir.down { execute 'DROP TABLE down_side' }",
        "    end",
        "  end",
        "  def down",
        "    execute 'DROP TABLE never'",
        "  end",
        "end",
      ].join("\n"),
    );
    expect(calls.map((c) => [c.line, c.sql])).toEqual([[5, "UPDATE up_side SET a = 1"]]);
  });
});
