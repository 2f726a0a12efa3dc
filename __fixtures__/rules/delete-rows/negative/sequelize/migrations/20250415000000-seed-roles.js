"use strict";

module.exports = {
  async up(queryInterface) {
    await queryInterface.bulkInsert("roles", [{ name: "admin" }]);
  },
  async down(queryInterface) {
    await queryInterface.bulkDelete("roles", { name: "admin" });
  },
};
