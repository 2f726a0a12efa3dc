import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from "typeorm";

export class RenameBody1735700000004 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.renameColumn("post", "body", "content"); // mg:expect
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.renameColumn("post", "content", "body");
  }
}
