import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from "typeorm";

export class BackfillLocale1735700000016 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "user" SET "locale" = 'en' WHERE "locale" IS NULL`);
    await queryRunner.query(`ALTER TABLE "user" ADD "timezone" character varying`);
    await queryRunner.query(`UPDATE "user" SET "timezone" = 'UTC'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "timezone"`);
  }
}
