"use strict";

module.exports = {
  async up(queryInterface) {
    await queryInterface.addIndex("users", ["email"], { name: "users_email_idx" }); // mg:expect
  },
  async down(queryInterface) {
    await queryInterface.removeIndex("users", "users_email_idx");
  },
};
