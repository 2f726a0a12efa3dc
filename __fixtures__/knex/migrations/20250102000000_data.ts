import type { Knex } from "knex";

export async function up(knex: Knex): Promise<void> {
  await knex("users").whereNull("locale").update({ locale: "en" });
  await knex("users").where("id", 1).update({ role: "admin" });
  await knex("sessions").del();
  await knex("tokens").where({ revoked: true }).delete();
  await knex("logs").truncate();
  await knex.raw(`UPDATE accounts SET plan = 'free'`);
  await knex.raw(`DELETE FROM ${table}`);
  await knex.transaction(async (trx) => {
    await trx("events").del();
  });
}

export async function down(knex: Knex): Promise<void> {}
