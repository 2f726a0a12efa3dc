import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from "typeorm";

export class EmptyDown1735700000009 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user" ADD "nickname" character varying`);
  }

  public async down(): Promise<void> {} // mg:expect
}
