const TABLE = "users";
const SQL = "ALTER TABLE users ADD COLUMN nickname text";

exports.up = async function (knex) {
  if (!(await knex.schema.hasTable(TABLE))) return;
  await knex.raw(SQL);
  await knex.schema.alterTable(TABLE, (t) => t.comment("people"));
};

exports.down = async function (knex) {
  await knex.schema.alterTable(TABLE, (t) => t.dropColumn("nickname"));
};
