"use strict";

module.exports = {
  async up(queryInterface) {
    await queryInterface.renameTable("people", "persons"); // mg:expect
  },
  async down(queryInterface) {
    await queryInterface.renameTable("persons", "people");
  },
};
