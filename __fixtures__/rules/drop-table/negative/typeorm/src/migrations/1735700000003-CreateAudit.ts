import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from "typeorm";

export class CreateAudit1735700000003 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit" ("id" SERIAL NOT NULL, "action" character varying NOT NULL, CONSTRAINT "PK_audit" PRIMARY KEY ("id"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit"`);
  }
}
