import { analyzeFile } from "../../src/core/analyze.js";
import { DEFAULT_CONFIG } from "../../src/core/config.js";
import type { Parsers } from "../../src/core/parsers.js";
import { loadParsers } from "../../src/parsers/index.js";

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers(["javascript", "typescript", "postgres"]);
});

function findings(path: string, content: string): [string, number, boolean][] {
  const report = analyzeFile({ path, content, status: "added" }, parsers, DEFAULT_CONFIG);
  return (report?.findings ?? []).map((f) => [f.rule, f.line, f.acknowledged !== undefined]);
}

describe("JS migrations through analyzeFile", () => {
  it("honours allow comments after non-ASCII text, in // and /* */ comments", () => {
    const source = `// Élan: “quotes” and emoji 🚀 before the directive.\nexports.up = async function (knex) {\n  const label = "ünïcödé 🚀";\n  // migration-guard:allow drop-table -- the table was emptied by 20250101\n  await knex.schema.dropTable("legacy");\n  /* migration-guard:allow drop-column -- unused since v2 */\n  await knex.schema.alterTable("users", (t) => t.dropColumn("fax"));\n  return label;\n};\nexports.down = async function (knex) {\n  await knex.schema.createTable("legacy", () => {});\n};\n`;
    expect(findings("migrations/20250101000000_cleanup.js", source)).toEqual([
      ["drop-table", 5, true],
      ["drop-column", 7, true],
    ]);
  });

  it("reports each framework under its own id", () => {
    const cases: [string, string, string][] = [
      ["migrations/20250101000000_a.js", "exports.up = (knex) => knex.schema.dropTable('a');\n", "knex"],
      [
        "migrations/20250101000000-a.js",
        "module.exports = { async up(queryInterface) { await queryInterface.dropTable('a'); } };\n",
        "sequelize",
      ],
      [
        "src/migrations/1-A.ts",
        "export class A1 implements MigrationInterface {\n  async up(queryRunner: QueryRunner) { await queryRunner.dropTable('a'); }\n}\n",
        "typeorm",
      ],
      ["migrations/1_a.js", "exports.up = (pgm) => { pgm.dropTable('a'); };\n", "node-pg-migrate"],
    ];
    for (const [path, content, id] of cases) {
      const report = analyzeFile({ path, content, status: "added" }, parsers, DEFAULT_CONFIG);
      expect(report?.framework).toBe(id);
      expect(report?.findings.map((f) => f.rule)).toContain("drop-table");
    }
  });
});
