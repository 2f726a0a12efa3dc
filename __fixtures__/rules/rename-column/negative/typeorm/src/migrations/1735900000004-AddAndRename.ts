import { MigrationInterface, QueryRunner, TableColumn } from "typeorm";

// renameColumn("user", "name", "full_name") waits for the next release.
export class AddAndRename1735900000004 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn("user", new TableColumn({ name: "tmp", type: "text", isNullable: true }));
    await queryRunner.renameColumn("user", "tmp", "nickname");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn("user", "nickname");
  }
}
