exports.up = function (knex) {
  return knex.schema.alterTable("users", (t) => {
    t.dropNullable("email"); // mg:expect
  });
};

exports.down = function (knex) {
  return knex.schema.alterTable("users", (t) => t.setNullable("email"));
};
