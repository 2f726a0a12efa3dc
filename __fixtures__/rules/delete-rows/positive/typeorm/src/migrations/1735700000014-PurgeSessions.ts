import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from "typeorm";

export class PurgeSessions1735700000014 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "session"`); // mg:expect
  }

  public async down(): Promise<void> {
    throw new Error("irreversible");
  }
}
