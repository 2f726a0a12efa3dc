import type { MigrationBuilder } from "node-pg-migrate";

export async function up(pgm: MigrationBuilder): Promise<void> {
  pgm.addColumns("projects", {
    tenant_id: { type: "integer", notNull: true }, // mg:expect
  });
}

export async function down(pgm: MigrationBuilder): Promise<void> {
  pgm.dropColumns("projects", ["tenant_id"]);
}
