// Ecto's update_all: the columns an update assigns come from the query's own `update:` as well as the updates
// argument (`[]` when the query has them), and what cannot be read is never taken for "these columns only".
import { ecto } from "../../src/core/frameworks/ecto.js";
import type { Parsers } from "../../src/core/parsers.js";
import type { ParsedMigration } from "../../src/core/types.js";
import { loadParsers } from "../../src/parsers/index.js";

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers(["elixir", "postgres"]);
});

/** A module whose up/0 is `body` (first body line is line 6). */
function up(body: string): ParsedMigration {
  return ecto.parse(
    {
      path: "priv/repo/migrations/20240101000000_x.exs",
      source: `defmodule Shop.Repo.Migrations.X do\n  use Ecto.Migration\n  import Ecto.Query\n\n  def up do\n${body}\n  end\n\n  def down do\n    :ok\n  end\nend\n`,
      database: "postgresql",
    },
    parsers,
  );
}

function brief(r: ParsedMigration): unknown[] {
  return r.operations
    .filter((o) => o.kind !== "irreversible")
    .map((o) =>
      o.kind === "update-rows"
        ? [o.kind, o.line, o.columns, o.onlyNulls]
        : o.kind === "unknown"
          ? [o.kind, o.line, o.reason]
          : [o.kind, o.line],
    );
}

describe("ecto update_all columns", () => {
  it("reads the query's update: and update stages when the updates are []", () => {
    const r = up(
      [
        '    from(a in "accounts", update: [set: [plan: "x"]]) |> repo().update_all([])',
        '    from(a in "accounts") |> update([a], set: [tier: 1], push: [tags: "t"]) |> repo().update_all([])',
        '    q = from(a in "accounts", where: is_nil(a.plan), update: [set: [plan: "x"]])',
        "    repo().update_all(q, [])",
        '    from(a in "accounts", where: is_nil(a.plan)) |> Ecto.Query.update([a], [set: [plan: "x"]]) |> repo().update_all([])',
      ].join("\n"),
    );
    expect(brief(r)).toEqual([
      ["update-rows", 6, ["plan"], false],
      ["update-rows", 7, ["tier", "tags"], false],
      ["update-rows", 9, ["plan"], true],
      ["update-rows", 10, ["plan"], true],
    ]);
  });

  it("an unreadable part beside read columns: unknown columns, and an unknown naming the part", () => {
    const r = up(
      [
        '    repo().update_all(from(a in "accounts", where: is_nil(a.plan)), set: [plan: "x"], inc: counters)',
        '    from(a in "accounts", where: is_nil(a.plan), update: [set: [plan: "x"], pull: ^tags]) |> repo().update_all([])',
        '    from(a in "accounts") |> update([a], set: [plan: "x"]) |> repo().update_all(changes)',
        '    repo().update_all("accounts", set: [{field, 1}])',
      ].join("\n"),
    );
    expect(brief(r)).toEqual([
      ["update-rows", 6, [], false],
      ["unknown", 6, expect.stringContaining("`inc: counters` besides plan")],
      ["update-rows", 7, [], false],
      ["unknown", 7, expect.stringContaining("`pull: ^tags` besides plan")],
      ["update-rows", 8, [], false],
      ["unknown", 8, expect.stringContaining("`changes` besides plan")],
      // Nothing read at all: the operation itself says the columns are unknown.
      ["update-rows", 9, [], false],
    ]);
  });

  it("the same calls in a comment or a string are not read (down/0: the update-rows fixtures)", () => {
    const r = up(
      [
        '    # repo().update_all("accounts", set: [plan: "x"], inc: counters)',
        '    IO.puts("repo().update_all(\\"accounts\\", set: [plan: \\"x\\"], inc: counters)")',
      ].join("\n"),
    );
    expect(r.operations.filter((o) => o.kind === "update-rows" || o.kind === "unknown")).toEqual([]);
  });
});
