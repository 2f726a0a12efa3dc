"use strict";

module.exports = {
  async up(queryInterface) {
    await queryInterface.addIndex("users", { fields: ["email"], name: "users_email_idx", concurrently: true });
  },
  async down(queryInterface) {
    await queryInterface.removeIndex("users", "users_email_idx", { concurrently: true });
  },
};
