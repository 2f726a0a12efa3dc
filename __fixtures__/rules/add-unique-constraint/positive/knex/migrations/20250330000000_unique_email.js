exports.up = function (knex) {
  return knex.schema.alterTable("users", (t) => {
    t.unique(["email"], { indexName: "users_email_key" }); // mg:expect
  });
};

exports.down = function (knex) {
  return knex.schema.alterTable("users", (t) => t.dropUnique(["email"], "users_email_key"));
};
