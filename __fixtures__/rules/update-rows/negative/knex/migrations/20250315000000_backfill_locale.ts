import type { Knex } from "knex";

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable("users", (t) => {
    t.string("timezone");
  });
  await knex("users").update({ timezone: "UTC" });
  await knex("users").whereNull("locale").update({ locale: "en" });
  await knex("users").where({ country: null }).update({ country: "US" });
}

export async function down(knex: Knex): Promise<void> {
  await knex("users").update({ locale: null });
  await knex.schema.alterTable("users", (t) => t.dropColumn("timezone"));
}
