import type { Knex } from "knex";

export async function up(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists("sessions"); // mg:expect
  await knex.schema
    .dropTable("tokens"); // mg:expect
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.createTable("sessions", (t) => t.increments("id"));
  await knex.schema.createTable("tokens", (t) => t.increments("id"));
}
