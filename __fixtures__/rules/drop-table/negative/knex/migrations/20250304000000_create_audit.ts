import type { Knex } from "knex";

// knex.schema.dropTable("audit") only in down.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("audit", (t) => {
    t.increments("id");
    t.string("action").notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable("audit");
}
