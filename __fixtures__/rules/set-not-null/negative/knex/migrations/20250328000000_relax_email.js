exports.up = function (knex) {
  return knex.schema.alterTable("users", (t) => {
    t.setNullable("email");
    t.string("phone", 255).nullable().alter();
  });
};

exports.down = function (knex) {
  return knex.schema.alterTable("users", (t) => t.dropNullable("email"));
};
