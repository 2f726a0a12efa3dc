exports.up = function (knex) {
  return knex.schema.alterTable("users", (t) => {
    t.uuid("token").defaultTo(knex.raw("gen_random_uuid()")); // mg:expect
  });
};

exports.down = function (knex) {
  return knex.schema.alterTable("users", (t) => t.dropColumn("token"));
};
