import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from "typeorm";

export class SchemaChanges1735689600000 implements MigrationInterface {
  name = "SchemaChanges1735689600000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    // queryRunner.dropTable("users") is only a comment.
    await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "legacy_flag"`);
    await queryRunner.query(`ALTER TABLE "user" ADD "tenant_id" integer NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "IDX_user_email" ON "user" ("email") `,
    );
    await queryRunner.query(`DELETE FROM "${this.name}"`);
    await queryRunner.dropColumn("post", "subtitle");
    await queryRunner.addColumn(
      "post",
      new TableColumn({ name: "slug", type: "varchar", length: "120", isNullable: true }),
    );
    await queryRunner.renameColumn("post", "body", "content");
    await queryRunner.createTable(
      new Table({
        name: "audit",
        columns: [
          { name: "id", type: "int", isPrimary: true, isGenerated: true },
          { name: "action", type: "varchar" },
        ],
      }),
      true,
    );
    await queryRunner.createIndex("post", new TableIndex({ name: "IDX_post_slug", columnNames: ["slug"] }));
    await queryRunner.dropTable("session");
    await queryRunner.changeColumn(
      "post",
      new TableColumn({ name: "title", type: "text" }),
      new TableColumn({ name: "title", type: "varchar", length: "50" }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "tenant_id"`);
    await queryRunner.dropTable("audit");
  }
}
