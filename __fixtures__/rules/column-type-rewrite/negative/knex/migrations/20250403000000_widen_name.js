exports.up = function (knex) {
  return knex.schema.alterTable("users", (t) => {
    t.string("name", 200).alter();
    t.text("bio").alter();
  });
};

exports.down = function (knex) {
  return knex.schema.alterTable("users", (t) => {
    t.string("name", 100).alter();
    t.string("bio", 500).alter();
  });
};
