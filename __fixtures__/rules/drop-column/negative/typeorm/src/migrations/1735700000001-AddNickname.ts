import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from "typeorm";

// DROP COLUMN "email" comes in a later release.
export class AddNickname1735700000001 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    const reminder = 'ALTER TABLE "user" DROP COLUMN "email"';
    await queryRunner.query(`ALTER TABLE "user" ADD "nickname" character varying`);
    await queryRunner.query(`ALTER TABLE "user" ALTER COLUMN "status" DROP DEFAULT`);
    void reminder;
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "nickname"`);
  }
}
