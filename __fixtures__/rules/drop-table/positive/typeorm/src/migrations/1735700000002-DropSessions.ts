import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from "typeorm";

export class DropSessions1735700000002 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("session"); // mg:expect
    await queryRunner.query(`DROP TABLE "token"`); // mg:expect
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "session" ("id" SERIAL PRIMARY KEY)`);
    await queryRunner.query(`CREATE TABLE "token" ("id" SERIAL PRIMARY KEY)`);
  }
}
