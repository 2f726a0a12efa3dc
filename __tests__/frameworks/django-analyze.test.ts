// Django and Alembic files through the whole engine: detection, rules and allow comments.
import { analyzeFile } from "../../src/core/analyze.js";
import { DEFAULT_CONFIG } from "../../src/core/config.js";
import type { Parsers } from "../../src/core/parsers.js";
import { loadParsers } from "../../src/parsers/index.js";

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers(["python", "postgres"]);
});

function findings(path: string, content: string): [string, number, boolean][] | undefined {
  const report = analyzeFile({ path, content, status: "added" }, parsers, DEFAULT_CONFIG);
  return report?.findings.map((f) => [f.rule, f.line, f.acknowledged !== undefined]);
}

describe("Python migrations through analyzeFile", () => {
  it("detects a Django migration and acknowledges a finding with an allow comment on the line above", () => {
    const source = [
      "from django.db import migrations, models",
      "",
      "class Migration(migrations.Migration):",
      "    operations = [",
      "        # migration-guard:allow drop-column -- the column has been unused since v41",
      '        migrations.RemoveField(model_name="order", name="legacy"),',
      '        migrations.AddField("order", "status", models.CharField(max_length=20)),',
      "    ]",
    ].join("\n");
    const report = analyzeFile(
      { path: "shop/migrations/0007_x.py", content: source, status: "added" },
      parsers,
      DEFAULT_CONFIG,
    );
    expect(report?.framework).toBe("django");
    expect(findings("shop/migrations/0007_x.py", source)).toEqual([
      ["drop-column", 6, true],
      ["add-required-column", 7, false],
    ]);
  });

  it("detects an Alembic revision; a drop only in downgrade() finds nothing", () => {
    const source = [
      "from alembic import op",
      "import sqlalchemy as sa",
      'revision = "b1"',
      "def upgrade():",
      '    op.add_column("users", sa.Column("age", sa.Integer(), nullable=True))',
      "def downgrade():",
      '    op.drop_column("users", "age")',
    ].join("\n");
    const report = analyzeFile(
      { path: "alembic/versions/b1_age.py", content: source, status: "added" },
      parsers,
      DEFAULT_CONFIG,
    );
    expect(report?.framework).toBe("alembic");
    expect(report?.findings).toEqual([]);
  });

  it("a Python syntax error is reported for review, never safe", () => {
    const rules = findings(
      "alembic/versions/b2_broken.py",
      'from alembic import op\nrevision = "b2"\ndef upgrade():\n    op.drop_column("users",\ndef downgrade():\n    pass\n',
    )?.map(([rule]) => rule);
    expect(rules).toContain("unparseable-migration");
  });
});
