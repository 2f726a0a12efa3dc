import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from "typeorm";

export class DropLegacyEmail1735700000000 implements MigrationInterface {
  name = "DropLegacyEmail1735700000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "legacy_email"`); // mg:expect
    await queryRunner.dropColumn("user", "legacy_phone"); // mg:expect
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user" ADD "legacy_email" character varying`);
    await queryRunner.addColumn("user", new TableColumn({ name: "legacy_phone", type: "varchar", isNullable: true }));
  }
}
