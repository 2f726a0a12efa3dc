exports.up = function (knex) {
  return knex.schema.alterTable("projects", (t) => {
    t.integer("score").notNullable().defaultTo(0);
    t.string("note").nullable();
  });
};

exports.down = function (knex) {
  return knex.schema.alterTable("projects", (t) => t.dropColumns("score", "note"));
};
