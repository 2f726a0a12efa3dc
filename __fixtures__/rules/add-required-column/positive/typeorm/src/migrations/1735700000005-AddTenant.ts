import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from "typeorm";

export class AddTenant1735700000005 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn("project", new TableColumn({ name: "tenant_id", type: "int" })); // mg:expect
    await queryRunner.query(`ALTER TABLE "project" ADD "owner_id" integer NOT NULL`); // mg:expect
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn("project", "owner_id");
    await queryRunner.dropColumn("project", "tenant_id");
  }
}
