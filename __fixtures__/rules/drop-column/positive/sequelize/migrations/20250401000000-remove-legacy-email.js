"use strict";

module.exports = {
  async up(queryInterface) {
    await queryInterface.removeColumn("users", "legacy_email"); // mg:expect
  },

  async down(queryInterface, Sequelize) {
    await queryInterface.addColumn("users", "legacy_email", Sequelize.STRING);
  },
};
