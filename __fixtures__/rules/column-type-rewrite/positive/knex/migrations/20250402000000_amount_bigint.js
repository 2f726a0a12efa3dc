exports.up = function (knex) {
  return knex.schema.alterTable("orders", (t) => {
    t.bigInteger("amount").alter(); // mg:expect
  });
};

exports.down = function (knex) {
  return knex.schema.alterTable("orders", (t) => t.integer("amount").alter());
};
