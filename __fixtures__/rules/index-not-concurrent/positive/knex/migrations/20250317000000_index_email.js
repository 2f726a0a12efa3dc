exports.up = function (knex) {
  return knex.schema.alterTable("users", (t) => {
    t.index(["email"], "users_email_idx"); // mg:expect
  });
};

exports.down = function (knex) {
  return knex.schema.alterTable("users", (t) => {
    t.dropIndex(["email"], "users_email_idx");
  });
};
