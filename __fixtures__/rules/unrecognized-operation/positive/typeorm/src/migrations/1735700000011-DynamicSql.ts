import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from "typeorm";

export class DynamicSql1735700000011 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    const schema = process.env.SCHEMA;
    await queryRunner.query(`${action} "${schema}"."session"`); // mg:expect
  }

  public async down(): Promise<void> {
    throw new Error("irreversible");
  }
}
