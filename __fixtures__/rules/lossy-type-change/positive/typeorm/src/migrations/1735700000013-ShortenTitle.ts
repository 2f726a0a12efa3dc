import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from "typeorm";

export class ShortenTitle1735700000013 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "post" ALTER COLUMN "views" TYPE integer`); // mg:expect
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "post" ALTER COLUMN "views" TYPE bigint`);
  }
}
