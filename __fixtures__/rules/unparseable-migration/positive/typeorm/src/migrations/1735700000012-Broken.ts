import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from "typeorm";

export class Broken1735700000012 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("a" "b"); // mg:expect
  }

  public async down(): Promise<void> {}
}
