import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from "typeorm";

export class AddOptional1735700000006 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn("project", new TableColumn({ name: "note", type: "text", isNullable: true }));
    await queryRunner.addColumn("project", new TableColumn({ name: "score", type: "int", default: 0 }));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns("project", ["note", "score"]);
  }
}
