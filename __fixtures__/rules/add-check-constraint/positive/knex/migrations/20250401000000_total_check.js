exports.up = function (knex) {
  return knex.schema.alterTable("orders", (t) => {
    t.check("?? >= 0", ["total"], "orders_total_check"); // mg:expect
  });
};

exports.down = function (knex) {
  return knex.schema.alterTable("orders", (t) => t.dropChecks(["orders_total_check"]));
};
