exports.up = function (knex) {
  return knex.schema.alterTable("orders", (t) => {
    t.foreign("user_id").references("users.id"); // mg:expect
  });
};

exports.down = function (knex) {
  return knex.schema.alterTable("orders", (t) => t.dropForeign("user_id"));
};
