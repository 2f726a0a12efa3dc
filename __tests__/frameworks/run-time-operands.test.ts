// A known verb stays known when its operand is not: a drop of a table computed at run time is still a drop,
// and SQL built with interpolation is read by its static parts. Each case runs through analyzeFile, so the
// reader, the SQL reader and the rules all take part.
import { analyzeFile } from "../../src/core/analyze.js";
import { DEFAULT_CONFIG } from "../../src/core/config.js";
import type { Parsers } from "../../src/core/parsers.js";
import type { Finding, FrameworkId } from "../../src/core/types.js";
import { loadParsers } from "../../src/parsers/index.js";

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers();
});

const PATHS: Record<string, [FrameworkId, string]> = {
  rails: ["rails", "db/migrate/20240101000000_x.rb"],
  django: ["django", "shop/migrations/0002_x.py"],
  alembic: ["alembic", "alembic/versions/abc123_x.py"],
  knex: ["knex", "migrations/20240101000000_x.js"],
  sequelize: ["sequelize", "migrations/20240101000000-x.js"],
  typeorm: ["typeorm", "src/migrations/1700000000000-X.ts"],
  laravel: ["laravel", "database/migrations/2024_01_01_000000_x.php"],
  ecto: ["ecto", "priv/repo/migrations/20240101000000_x.exs"],
};

function findings(kind: keyof typeof PATHS, content: string): Finding[] {
  const [framework, path] = PATHS[kind]!;
  const report = analyzeFile({ path, content, status: "added" }, parsers, {
    ...DEFAULT_CONFIG,
    paths: { [framework]: ["**"] },
  });
  expect(report?.framework).toBe(framework);
  return report?.findings ?? [];
}

/** [rule, line] of every finding except irreversible-migration (the snippets have no down). */
function hits(kind: keyof typeof PATHS, content: string): Array<[string, number]> {
  return findings(kind, content)
    .filter((f) => f.rule !== "irreversible-migration")
    .map((f) => [f.rule, f.line]);
}

describe("Rails: unresolved operands keep the verb", () => {
  it("reads interpolated execute by its static parts, naming the table computed at run time", () => {
    const src = `class X < ActiveRecord::Migration[6.1]
  def up
    table = ENV.fetch("TABLE")
    execute("DELETE FROM #{table} WHERE created_at < now() - interval '1 year'")
    execute "TRUNCATE #{table}"
    execute "DROP TABLE IF EXISTS #{table}_old"
    execute "UPDATE #{table} SET status = 'archived'"
    execute "ALTER TABLE #{table} DROP COLUMN legacy_id"
    execute "SELECT count(*) FROM #{table}"
  end
end
`;
    const found = findings("rails", src);
    expect(found.filter((f) => f.rule !== "irreversible-migration").map((f) => [f.rule, f.line])).toEqual([
      ["delete-rows", 4],
      ["truncate-table", 5],
      ["drop-table", 6],
      ["update-rows", 7],
      ["drop-column", 8],
    ]);
    expect(found.find((f) => f.rule === "delete-rows")?.table).toBe("{table} (a table computed at run time)");
  });

  it("reads a loop variable bound to a literal inside interpolation as that literal", () => {
    const src = `class X < ActiveRecord::Migration[6.1]
  TABLES = %w[sessions events].freeze
  def up
    TABLES.each { |t| execute "DELETE FROM #{t}" }
  end
end
`;
    expect(
      findings("rails", src)
        .filter((f) => f.rule === "delete-rows")
        .map((f) => f.table),
    ).toEqual(["sessions", "events"]);
  });

  it("still holds SQL whose verb itself is computed for review", () => {
    const src = `class X < ActiveRecord::Migration[6.1]
  def up
    execute "#{verb} TABLE users"
    execute sql
  end
end
`;
    expect(hits("rails", src)).toEqual([
      ["unrecognized-operation", 3],
      ["unrecognized-operation", 4],
    ]);
  });

  it("does not read interpolation in comments, strings passed to say, or down", () => {
    const src = `class X < ActiveRecord::Migration[6.1]
  def up
    # execute "DELETE FROM #{table}"
    say "DELETE FROM #{table} next release"
  end

  def down
    execute "DROP TABLE #{table}"
  end
end
`;
    expect(hits("rails", src)).toEqual([]);
  });
});

describe("JS readers: template literals are read by their static parts", () => {
  it("knex.raw with ${table} is a delete, a drop, an update; a dynamic verb stays unknown", () => {
    const src = `exports.up = async (knex) => {
  const table = process.env.TABLE;
  await knex.raw(\`DELETE FROM \${table}\`);
  await knex.raw(\`DROP TABLE IF EXISTS \${table}\`);
  await knex.raw("UPDATE " + table + " SET flag = false");
  await knex.raw(\`\${verb} TABLE users\`);
  // await knex.raw(\`TRUNCATE \${table}\`);
};
exports.down = async (knex) => {
  await knex.raw(\`TRUNCATE \${table}\`);
};
`;
    expect(hits("knex", src)).toEqual([
      ["delete-rows", 3],
      ["drop-table", 4],
      ["update-rows", 5],
      ["unrecognized-operation", 6],
    ]);
  });

  it("sequelize and typeorm queries with substitutions keep their verb", () => {
    const seq = `module.exports = {
  async up(queryInterface) {
    await queryInterface.sequelize.query(\`TRUNCATE TABLE \${name}\`);
  },
  async down() {},
};
`;
    expect(hits("sequelize", seq)).toEqual([["truncate-table", 3]]);
    const orm = `import { MigrationInterface, QueryRunner } from "typeorm";
export class X1700000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(\`ALTER TABLE "\${this.table}" DROP COLUMN "legacy"\`);
  }
  async down(queryRunner: QueryRunner): Promise<void> {}
}
`;
    expect(hits("typeorm", orm)).toEqual([["drop-column", 4]]);
  });
});

describe("Python readers: f-strings, +, % and .format keep their verb", () => {
  it("Django RunSQL with SQL built at run time is read by its static parts", () => {
    const src = `from django.db import migrations

TABLE = "shop_order"


class Migration(migrations.Migration):
    operations = [
        migrations.RunSQL(f"DELETE FROM {TABLE} WHERE created < now()", migrations.RunSQL.noop),
        migrations.RunSQL("TRUNCATE " + TABLE, migrations.RunSQL.noop),
        migrations.RunSQL("DROP TABLE %s" % TABLE, migrations.RunSQL.noop),
        migrations.RunSQL("UPDATE {} SET state = 'x'".format(TABLE), migrations.RunSQL.noop),
        migrations.RunSQL(f"{ACTION} {TABLE}", migrations.RunSQL.noop),
        # migrations.RunSQL(f"DROP TABLE {TABLE}"),
        migrations.RunSQL(f"SELECT count(*) FROM {TABLE}", f"DROP TABLE {TABLE}"),
    ]
`;
    expect(hits("django", src)).toEqual([
      ["delete-rows", 8],
      ["truncate-table", 9],
      ["drop-table", 10],
      ["update-rows", 11],
      ["unrecognized-operation", 12],
    ]);
    const drop = findings("django", src).find((f) => f.rule === "drop-table");
    expect(drop?.message).toContain("computed at run time");
  });

  it("Alembic op.execute with an f-string, and drops of a table or column from a variable, keep the verb", () => {
    const src = `from alembic import op


def upgrade():
    for table in tables():
        op.execute(f"DELETE FROM {table} WHERE archived")
        op.drop_column(table, "legacy_id")
        op.drop_table(table)
        op.drop_column("users", column_name())
        op.execute(f"{verb} {table}")
        op.execute(f"SELECT count(*) FROM {table}")
        say(f"DROP TABLE {table}")


def downgrade():
    op.execute(f"DROP TABLE {table}")
`;
    expect(hits("alembic", src)).toEqual([
      ["delete-rows", 6],
      ["drop-column", 7],
      ["drop-table", 8],
      ["drop-column", 9],
      ["unrecognized-operation", 10],
    ]);
  });
});

describe("Laravel: interpolation and variables keep the verb", () => {
  it("DB::statement with interpolation or `.` is read by its static parts; Schema drops of a variable stay drops", () => {
    const src = `<?php

return new class extends Migration
{
    public function up(): void
    {
        foreach ($this->tables() as $table) {
            DB::statement("DELETE FROM {$table} WHERE archived = true");
            DB::statement('TRUNCATE ' . $table);
            Schema::dropIfExists($table);
            Schema::table('users', function (Blueprint $t) use ($column) {
                $t->dropColumn($column);
            });
            DB::statement("{$verb} {$table}");
            DB::statement("SELECT count(*) FROM {$table}");
            // DB::statement("DROP TABLE {$table}");
        }
    }

    public function down(): void
    {
        DB::statement("DROP TABLE {$table}");
    }
};
`;
    expect(hits("laravel", src)).toEqual([
      ["delete-rows", 8],
      ["truncate-table", 9],
      ["drop-table", 10],
      ["drop-column", 12],
      ["unrecognized-operation", 14],
    ]);
  });
});

describe("Ecto: interpolation and variables keep the verb", () => {
  it("execute with interpolation or <> is read by its static parts; drop table(var) stays a drop", () => {
    const src = `defmodule Shop.Repo.Migrations.X do
  use Ecto.Migration

  def up do
    for name <- tables() do
      execute "DELETE FROM #{name} WHERE archived"
      execute "TRUNCATE " <> name
      drop table(name)
      alter table(name) do
        remove :legacy_id
      end
      execute "#{verb} #{name}"
      execute "SELECT count(*) FROM #{name}"
      # execute "DROP TABLE #{name}"
    end
  end

  def down do
    execute "DROP TABLE #{name}"
  end
end
`;
    expect(hits("ecto", src)).toEqual([
      ["delete-rows", 6],
      ["truncate-table", 7],
      ["drop-table", 8],
      ["drop-column", 10],
      ["unrecognized-operation", 12],
    ]);
  });
});
