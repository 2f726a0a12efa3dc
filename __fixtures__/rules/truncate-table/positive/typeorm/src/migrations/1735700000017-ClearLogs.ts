import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from "typeorm";

export class ClearLogs1735700000017 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.clearTable("log"); // mg:expect
  }

  public async down(): Promise<void> {
    throw new Error("irreversible");
  }
}
