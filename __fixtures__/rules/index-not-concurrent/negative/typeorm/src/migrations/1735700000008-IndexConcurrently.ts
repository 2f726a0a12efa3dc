import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from "typeorm";

export class IndexConcurrently1735700000008 implements MigrationInterface {
  transaction = false as const;

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX CONCURRENTLY "IDX_user_email" ON "user" ("email")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX CONCURRENTLY "IDX_user_email"`);
  }
}
