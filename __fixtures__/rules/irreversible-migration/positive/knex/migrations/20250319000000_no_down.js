exports.up = function (knex) { // mg:expect
  return knex.schema.alterTable("users", (t) => t.string("nickname"));
};
