// Generates a corpus of mixed migrations (every framework we read) for the analysis benchmark. Deterministic.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const TABLES = ["users", "orders", "invoices", "carts", "products", "payments", "sessions", "events"];
const COLUMNS = ["email", "status", "amount_cents", "legacy_id", "notes", "region", "deleted_at", "token"];

function pick(list, i) {
  return list[i % list.length];
}

const TEMPLATES = [
  (i, t, c) => [
    `db/migrate/${20200101000000 + i}_change_${t}_${i}.rb`,
    `class Change${i} < ActiveRecord::Migration[6.1]
  disable_ddl_transaction!

  def change
    add_column :${t}, :${c}_${i}, :string
    add_index :${t}, :${c}, algorithm: :concurrently
    remove_column :${t}, :old_${c}, :string
  end
end
`,
  ],
  (i, t, c) => [
    `db/migrate/${20200101000000 + i}_backfill_${t}_${i}.rb`,
    `class Backfill${i} < ActiveRecord::Migration[6.1]
  def up
    execute <<~SQL
      UPDATE ${t} SET ${c} = 'x' WHERE ${c} IS NULL;
      DELETE FROM ${t} WHERE created_at < now() - interval '1 year';
    SQL
  end

  def down
    raise ActiveRecord::IrreversibleMigration
  end
end
`,
  ],
  (i, t, c) => [
    `shop/migrations/${String(i).padStart(4, "0")}_auto_${i}.py`,
    `from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("shop", "${String(i - 1).padStart(4, "0")}_auto")]

    operations = [
        migrations.AddField(model_name="${t}", name="${c}_${i}", field=models.CharField(max_length=64, null=True)),
        migrations.RemoveField(model_name="${t}", name="old_${c}"),
        migrations.RunSQL("UPDATE shop_${t} SET ${c} = 'y'", reverse_sql=migrations.RunSQL.noop),
    ]
`,
  ],
  (i, t, c) => [
    `alembic/versions/${i.toString(16).padStart(12, "0")}_rev.py`,
    `"""rev ${i}"""
from alembic import op
import sqlalchemy as sa

revision = "${i.toString(16).padStart(12, "0")}"
down_revision = None


def upgrade():
    op.add_column("${t}", sa.Column("${c}_${i}", sa.String(), nullable=True))
    op.create_index("ix_${t}_${c}", "${t}", ["${c}"])
    op.drop_column("${t}", "old_${c}")


def downgrade():
    op.drop_column("${t}", "${c}_${i}")
`,
  ],
  (i, t, c) => [
    `migrations/${i}_change_${t}.up.sql`,
    `-- change ${i}
ALTER TABLE ${t} ADD COLUMN ${c}_${i} text;
CREATE INDEX CONCURRENTLY idx_${t}_${c}_${i} ON ${t} (${c});
ALTER TABLE ${t} DROP COLUMN old_${c};
UPDATE ${t} SET ${c} = lower(${c});
`,
  ],
  (i, t, c) => [
    `db/migration/V${i}__change_${t}.sql`,
    `ALTER TABLE \`${t}\` MODIFY COLUMN \`${c}\` VARCHAR(32) NOT NULL;
ALTER TABLE \`${t}\` ADD INDEX idx_${c}_${i} (\`${c}\`);
TRUNCATE TABLE \`${t}_staging\`;
`,
  ],
  (i, t, c) => [
    `db/migrations/${20200101000000 + i}_goose_${t}.sql`,
    `-- +goose Up
ALTER TABLE ${t} ALTER COLUMN ${c} SET NOT NULL;
ALTER TABLE ${t} ADD CONSTRAINT ${t}_${c}_fk FOREIGN KEY (${c}) REFERENCES users (id) NOT VALID;

-- +goose Down
ALTER TABLE ${t} ALTER COLUMN ${c} DROP NOT NULL;
`,
  ],
  (i, t, c) => [
    `prisma/migrations/${20200101000000 + i}_m${i}/migration.sql`,
    `-- DropForeignKey
ALTER TABLE "${t}" DROP CONSTRAINT "${t}_${c}_fkey";
-- AlterTable
ALTER TABLE "${t}" RENAME COLUMN "${c}" TO "${c}_${i}";
-- CreateIndex
CREATE UNIQUE INDEX "${t}_${c}_key" ON "${t}"("${c}");
`,
  ],
  (i, t, c) => [
    `database/migrations/2020_01_01_${String(i).padStart(6, "0")}_change_${t}.php`,
    `<?php

use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::table('${t}', function (Blueprint $table) {
            $table->dropColumn('old_${c}');
            $table->string('${c}_${i}')->nullable();
        });
    }

    public function down(): void
    {
        Schema::table('${t}', function (Blueprint $table) {
            $table->dropColumn('${c}_${i}');
        });
    }
};
`,
  ],
  (i, t, c) => [
    `knex/migrations/${20200101000000 + i}_change_${t}.js`,
    `exports.up = function (knex) {
  return knex.schema.alterTable("${t}", (table) => {
    table.dropColumn("old_${c}");
    table.string("${c}_${i}");
  });
};

exports.down = function (knex) {
  return knex.schema.alterTable("${t}", (table) => {
    table.dropColumn("${c}_${i}");
  });
};
`,
  ],
  (i, t, c) => [
    `src/migrations/${1600000000000 + i}-Change${i}.ts`,
    `import { MigrationInterface, QueryRunner } from "typeorm";

export class Change${i}${1600000000000 + i} implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(\`ALTER TABLE "${t}" DROP COLUMN "old_${c}"\`);
    await queryRunner.query(\`CREATE INDEX "IDX_${i}" ON "${t}" ("${c}")\`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(\`DROP INDEX "IDX_${i}"\`);
  }
}
`,
  ],
  (i, t, c) => [
    `priv/repo/migrations/${20200101000000 + i}_change_${t}.exs`,
    `defmodule App.Repo.Migrations.Change${i} do
  use Ecto.Migration

  def change do
    alter table(:${t}) do
      add :${c}_${i}, :string
      remove :old_${c}, :string
    end

    create index(:${t}, [:${c}], concurrently: true)
  end
end
`,
  ],
  (i, t, c) => [
    `migrations/${20200101000000 + i}-change-${t}.js`,
    `'use strict';

exports.up = function (db, callback) {
  db.addColumn('${t}', '${c}_${i}', { type: 'string', length: 64 }, function (err) {
    if (err) return callback(err);
    db.removeColumn('${t}', 'old_${c}', callback);
  });
};

exports.down = function (db) {
  return db.removeColumn('${t}', '${c}_${i}');
};

exports._meta = { version: 1 };
`,
  ],
  (i, t, c) => [
    `src/main/resources/db/changelog/changes/${String(i).padStart(5, "0")}-change-${t}.xml`,
    `<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
  <changeSet id="${i}" author="bench">
    <addColumn tableName="${t}">
      <column name="${c}_${i}" type="varchar(64)"/>
    </addColumn>
    <dropColumn tableName="${t}" columnName="old_${c}"/>
    <sql>UPDATE ${t} SET ${c} = 'x' WHERE ${c} IS NULL</sql>
    <rollback>
      <dropColumn tableName="${t}" columnName="${c}_${i}"/>
    </rollback>
  </changeSet>
</databaseChangeLog>
`,
  ],
  (i, t, c) => [
    `src/main/resources/db/changelog/changes/${String(i).padStart(5, "0")}-change-${t}.yaml`,
    `databaseChangeLog:
  - changeSet:
      id: ${i}
      author: bench
      changes:
        - dropColumn:
            tableName: ${t}
            columnName: old_${c}
        - modifyDataType:
            tableName: ${t}
            columnName: ${c}
            newDataType: text
`,
  ],
  (i, t, c) => [
    `migrations/Version${20200101000000 + i}.php`,
    `<?php

declare(strict_types=1);

namespace DoctrineMigrations;

use Doctrine\\DBAL\\Schema\\Schema;
use Doctrine\\Migrations\\AbstractMigration;

final class Version${20200101000000 + i} extends AbstractMigration
{
    public function up(Schema $schema): void
    {
        $this->addSql('ALTER TABLE ${t} ADD ${c}_${i} VARCHAR(64) DEFAULT NULL');
        $this->addSql('ALTER TABLE ${t} DROP old_${c}');
    }

    public function down(Schema $schema): void
    {
        $this->addSql('ALTER TABLE ${t} DROP ${c}_${i}');
    }
}
`,
  ],
  (i, t, c) => [
    `src/Shop.Data/Migrations/${20200101000000 + i}_Change${i}.cs`,
    `using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shop.Data.Migrations
{
    /// <inheritdoc />
    public partial class Change${i} : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "${c}_${i}",
                table: "${t}",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.DropColumn(
                name: "old_${c}",
                table: "${t}");

            migrationBuilder.Sql("UPDATE ${t} SET ${c} = 'x' WHERE ${c} IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "${c}_${i}",
                table: "${t}");
        }
    }
}
`,
  ],
  (i) => [
    `src/Shop.Data/Migrations/${20200101000000 + i}_Change${i}.Designer.cs`,
    `// <auto-generated />
using Microsoft.EntityFrameworkCore.Migrations;

namespace Shop.Data.Migrations
{
    [Migration("${20200101000000 + i}_Change${i}")]
    partial class Change${i}
    {
        protected override void BuildTargetModel(ModelBuilder modelBuilder)
        {
            modelBuilder.HasAnnotation("ProductVersion", "8.0.4");
        }
    }
}
`,
  ],
];

/** The corpus as [path, text] pairs, numbered from `first` (the check benchmark commits them to git). */
export function* corpusEntries(count, first = 1) {
  for (let i = first; i < first + count; i++) {
    yield TEMPLATES[i % TEMPLATES.length](i, pick(TABLES, i * 7), pick(COLUMNS, i * 3));
  }
}

export function writeCorpus(dir, count) {
  const paths = [];
  for (const [path, text] of corpusEntries(count)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
    paths.push(path);
  }
  return paths;
}
