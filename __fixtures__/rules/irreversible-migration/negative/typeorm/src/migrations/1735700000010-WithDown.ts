import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from "typeorm";

export class WithDown1735700000010 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user" ADD "nickname" character varying`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "nickname"`);
  }
}
