import type { MigrationBuilder } from "node-pg-migrate";

export async function up(pgm: MigrationBuilder): Promise<void> {
  pgm.addColumns("projects", {
    score: { type: "integer", notNull: true, default: 0 },
    note: "text",
  });
}

export async function down(pgm: MigrationBuilder): Promise<void> {
  pgm.dropColumns("projects", ["score", "note"]);
}
