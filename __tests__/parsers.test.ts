import { loadParsers } from "../src/parsers/index.js";

describe("parsers", () => {
  it("loads every WASM parser and parses each language", async () => {
    const p = await loadParsers();
    expect(p.ruby("remove_column :users, :email\n").errors).toHaveLength(0);
    expect(p.ruby("def x(\n").errors.length).toBeGreaterThan(0);
    expect(p.postgres("ALTER TABLE a DROP COLUMN b").stmts).toHaveLength(1);
    expect(() => p.postgres("ALTER TABLE `a` MODIFY b INT")).toThrow();
    expect(p.treeSitter("python", "def upgrade():\n    op.drop_column('a', 'b')\n").rootNode.hasError).toBe(
      false,
    );
    for (const lang of ["php", "javascript", "typescript", "elixir"] as const) {
      expect(p.treeSitter(lang, "x").rootNode).toBeTruthy();
    }
  });
});
