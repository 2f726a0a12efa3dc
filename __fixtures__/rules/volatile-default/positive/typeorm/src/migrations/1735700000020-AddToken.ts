import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from "typeorm";

export class AddToken1735700000020 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn("user", new TableColumn({ name: "token", type: "uuid", default: "gen_random_uuid()" })); // mg:expect
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn("user", "token");
  }
}
