import type { Knex } from "knex";

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable("users", (t) => t.string("nickname"));
}

export async function down(): Promise<void> {} // mg:expect
