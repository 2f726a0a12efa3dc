"use strict";

module.exports = {
  async up(queryInterface) {
    await queryInterface.bulkDelete("sessions", null, {}); // mg:expect
    await queryInterface.bulkDelete("tokens", { revoked: true }); // mg:expect
  },
  async down() {
    throw new Error("deleted rows cannot come back");
  },
};
