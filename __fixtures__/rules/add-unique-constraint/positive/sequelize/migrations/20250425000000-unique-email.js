"use strict";

module.exports = {
  async up(queryInterface) {
    await queryInterface.addConstraint("users", { fields: ["email"], type: "unique", name: "users_email_key" }); // mg:expect
  },
  async down(queryInterface) {
    await queryInterface.removeConstraint("users", "users_email_key");
  },
};
