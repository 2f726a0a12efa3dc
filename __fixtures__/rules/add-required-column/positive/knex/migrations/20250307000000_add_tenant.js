exports.up = function (knex) {
  return knex.schema.alterTable("projects", (t) => {
    t.integer("tenant_id").notNullable(); // mg:expect
  });
};

exports.down = function (knex) {
  return knex.schema.alterTable("projects", (t) => t.dropColumn("tenant_id"));
};
