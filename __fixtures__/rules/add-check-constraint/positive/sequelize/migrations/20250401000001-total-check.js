"use strict";

module.exports = {
  async up(queryInterface) {
    await queryInterface.addConstraint("orders", { // mg:expect
      fields: ["total"],
      type: "check",
      where: { total: { [Symbol.for("gte")]: 0 } },
      name: "orders_total_check",
    });
  },
  async down(queryInterface) {
    await queryInterface.removeConstraint("orders", "orders_total_check");
  },
};
