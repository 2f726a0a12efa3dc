exports.up = function (knex) {
  return knex.schema.alterTable("orders", (t) => {
    t.bigInteger("amount").notNullable().alter(); // mg:expect
  });
};

exports.down = function (knex) {
  return knex.schema.alterTable("orders", (t) => {
    t.integer("amount").notNullable().alter();
  });
};
