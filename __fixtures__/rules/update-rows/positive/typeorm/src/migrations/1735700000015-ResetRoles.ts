import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from "typeorm";

export class ResetRoles1735700000015 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "user" SET "role" = 'member'`); // mg:expect
  }

  public async down(): Promise<void> {
    throw new Error("irreversible");
  }
}
