"use strict";

module.exports = {
  async up(queryInterface) {
    await queryInterface.addConstraint("orders", { // mg:expect
      fields: ["user_id"],
      type: "foreign key",
      name: "orders_user_id_fkey",
      references: { table: "users", field: "id" },
    });
  },
  async down(queryInterface) {
    await queryInterface.removeConstraint("orders", "orders_user_id_fkey");
  },
};
