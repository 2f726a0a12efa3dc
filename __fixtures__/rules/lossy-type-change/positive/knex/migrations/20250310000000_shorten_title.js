exports.up = function (knex) {
  return knex.schema.alterTable("posts", (t) => {
    t.string("title", 50).alter(); // mg:expect
  });
};

exports.down = function (knex) {
  return knex.schema.alterTable("posts", (t) => {
    t.text("title").alter();
  });
};
