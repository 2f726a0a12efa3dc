exports.up = function (knex) {
  return knex.schema.alterTable("users", (t) => t.string("nickname"));
};

exports.down = function (knex) {
  return knex.schema.alterTable("users", (t) => t.dropColumn("nickname"));
};
