"use strict";

module.exports = {
  async up(queryInterface) {
    await queryInterface.renameColumn("users", "name", "full_name"); // mg:expect
  },
  async down(queryInterface) {
    await queryInterface.renameColumn("users", "full_name", "name");
  },
};
