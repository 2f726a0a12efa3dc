import { MigrationInterface, QueryRunner } from "typeorm";

export class RenamePeople1735900000003 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.renameTable("people", "persons"); // mg:expect
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.renameTable("persons", "people");
  }
}
