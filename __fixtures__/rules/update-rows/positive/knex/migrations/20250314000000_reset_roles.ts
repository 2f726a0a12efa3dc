import type { Knex } from "knex";

export async function up(knex: Knex): Promise<void> {
  await knex("users").update({ role: "member" }); // mg:expect
  await knex("users") // mg:expect
    .where("id", 1)
    .update({ role: "admin" });
}

export async function down(knex: Knex): Promise<void> {
  await knex("users").update({ role: null });
}
