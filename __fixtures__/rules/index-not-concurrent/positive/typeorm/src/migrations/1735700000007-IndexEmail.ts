import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from "typeorm";

export class IndexEmail1735700000007 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex("user", new TableIndex({ name: "IDX_user_email", columnNames: ["email"] })); // mg:expect
    await queryRunner.query(`CREATE INDEX "IDX_user_name" ON "user" ("name") `); // mg:expect
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex("user", "IDX_user_name");
    await queryRunner.dropIndex("user", "IDX_user_email");
  }
}
