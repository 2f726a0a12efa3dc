exports.up = function (knex) {
  return knex.schema.alterTable("posts", (t) => {
    t.text("title").alter();
  });
};

exports.down = function (knex) {
  return knex.schema.alterTable("posts", (t) => {
    t.string("title", 50).alter();
  });
};
