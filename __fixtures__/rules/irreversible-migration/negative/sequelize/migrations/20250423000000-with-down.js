"use strict";

module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.addColumn("users", "nickname", Sequelize.STRING);
  },
  async down(queryInterface) {
    await queryInterface.removeColumn("users", "nickname");
  },
};
