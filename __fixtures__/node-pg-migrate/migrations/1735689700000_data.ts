import type { MigrationBuilder } from "node-pg-migrate";

export async function up(pgm: MigrationBuilder): Promise<void> {
  pgm.sql(`UPDATE users SET locale = 'en' WHERE locale IS NULL`);
  pgm.sql(`DELETE FROM sessions`);
  pgm.sql(`DELETE FROM {table}`, { table: "tokens" });
  pgm.noTransaction();
}

export const down = false;
