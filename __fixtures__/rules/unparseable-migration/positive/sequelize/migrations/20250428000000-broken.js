"use strict";

module.exports = {
  async up(queryInterface) {
    await queryInterface.removeColumn("users" "email"); // mg:expect
  },
  async down() {},
};
