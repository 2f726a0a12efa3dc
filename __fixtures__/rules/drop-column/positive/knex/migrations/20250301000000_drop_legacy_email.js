exports.up = async function (knex) {
  await knex.schema.alterTable("users", (t) => {
    t.dropColumn("legacy_email"); // mg:expect
  });
};

exports.down = async function (knex) {
  await knex.schema.alterTable("users", (t) => {
    t.string("legacy_email");
  });
};
