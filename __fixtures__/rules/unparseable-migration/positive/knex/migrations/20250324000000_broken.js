exports.up = function (knex) {
  return knex.schema.alterTable("users", (t) => {
    t.string("nickname") t.string("email"); // mg:expect
  });
};
