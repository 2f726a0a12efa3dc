exports.up = function (knex) {
  return knex.schema.alterTable("users", (t) => {
    t.timestamp("seen_at").defaultTo(knex.fn.now());
    t.string("note").defaultTo("random()");
  });
};

exports.down = function (knex) {
  return knex.schema.alterTable("users", (t) => t.dropColumns("seen_at", "note"));
};
