import { loadParsers, parsersFor } from "../src/parsers/index.js";

describe("parsers", () => {
  it("loads only the parsers asked for, and says so when another is used", async () => {
    const p = await loadParsers(["postgres"]);
    expect(p.postgres("SELECT 1").stmts).toHaveLength(1);
    expect(() => p.ruby("x")).toThrow(/Ruby parser was not loaded/);
    expect(() => p.treeSitter("python", "x")).toThrow(/python parser was not loaded/);
  });

  it("maps file paths to the parsers they can need", () => {
    expect(parsersFor(["db/migrate/1_x.rb"]).sort()).toEqual(["postgres", "ruby"]);
    expect(parsersFor(["a/migrations/0001_x.py", "m/1.up.sql"]).sort()).toEqual(["postgres", "python"]);
    expect(parsersFor(["README.md"])).toEqual([]);
    expect(parsersFor(["x.TS", "y.exs", "z.php", "w.cjs", "v.cs"]).sort()).toEqual([
      "csharp",
      "elixir",
      "javascript",
      "php",
      "postgres",
      "typescript",
    ]);
  });

  it("loads every WASM parser and parses each language", async () => {
    const p = await loadParsers();
    expect(p.ruby("remove_column :users, :email\n").errors).toHaveLength(0);
    expect(p.ruby("def x(\n").errors.length).toBeGreaterThan(0);
    expect(p.postgres("ALTER TABLE a DROP COLUMN b").stmts).toHaveLength(1);
    expect(() => p.postgres("ALTER TABLE `a` MODIFY b INT")).toThrow();
    expect(p.treeSitter("python", "def upgrade():\n    op.drop_column('a', 'b')\n").rootNode.hasError).toBe(
      false,
    );
    expect(p.treeSitter("python", "def upgrade(:\n").rootNode.hasError).toBe(true);
    for (const lang of ["php", "javascript", "typescript", "elixir", "csharp"] as const) {
      expect(p.treeSitter(lang, "x").rootNode).toBeTruthy();
    }
  });
});
